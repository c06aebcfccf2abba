using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Audit;

/// <summary>The audit trail: who changed what and when, hash-chained, for the platform administrator.</summary>
public sealed class AuditFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<AuditTrail>();

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => AuditApi.Map(endpoints);
}
