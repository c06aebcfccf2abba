using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Annexes;

/// <summary>Each product's privacy annex (Bijlage 1) and security annex (Bijlage 2), versioned, and the conformity check that reads them.</summary>
public sealed class AnnexesFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AnnexWriter>();
        builder.Services.AddScoped<AnnexReader>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        AnnexesApi.Map(endpoints);
        ConformityApi.Map(endpoints);
    }
}
