using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace EduDpa.Web.Features.Health;

/// <summary>/health/live: the process answers. /health/ready: and its database is reachable.</summary>
public sealed class HealthFeature : IFeature
{
    private const string Ready = "ready";

    public static void AddServices(WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks().AddDbContextCheck<EduDpaDbContext>("database", tags: [Ready]);

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) }).AllowAnonymous();
    }
}
