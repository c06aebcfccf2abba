using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Breaches;

/// <summary>Data breaches and security incidents (model art. 8, Bijlage 2 C): recording, the board's 72-hour decisions, the timeline and the register.</summary>
public sealed class BreachesFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<BreachReader>();
        builder.Services.AddScoped<BreachWriter>();
        builder.Services.AddScoped<BreachMail>();
        builder.Services.AddScoped<BreachAnswers>();
        builder.Services.AddScoped<IDueItemSource, BreachDueItems>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => BreachesApi.Map(endpoints);
}
