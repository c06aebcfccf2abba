using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.AccessTokens;

/// <summary>Personal access tokens for the API: created and revoked by their owner, stored hashed, bound to one organisation.</summary>
public sealed class AccessTokensFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<AccessTokenWriter>();

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => AccessTokensApi.Map(endpoints);
}
