using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EduDpa.Web.Infrastructure.Http;

/// <summary>Describes the API and how to authenticate: a personal access token as bearer token, or the login cookie.</summary>
public sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "EduDpa API",
            Version = "v1",
            Description = "Data processing agreements between Dutch school boards and suppliers of digital educational resources " +
                "(Model Verwerkersovereenkomst 4.0). Authenticate with a personal access token (Authorization: Bearer …), created " +
                "under Account → API tokens; it acts in the one organisation it is bound to. Errors are application/problem+json " +
                "with an `errors` object naming each invalid field.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["AccessToken"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Personal access token (edudpa_…).",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("AccessToken", document)] = [] });
        return Task.CompletedTask;
    }
}
