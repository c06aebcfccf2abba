using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Audits;

/// <summary>Audits under model art. 7.7: the board's request, the supplier's approval, the cost agreement, the report for the two parties only, closing.</summary>
public sealed class AuditsFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditReader>();
        builder.Services.AddScoped<AuditWriter>();
        builder.Services.AddScoped<AuditMail>();
        builder.Services.AddScoped<AuditsApi.Answers>();
        builder.Services.AddScoped<IDueItemSource, AuditDueItems>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => AuditsApi.Map(endpoints);
}
