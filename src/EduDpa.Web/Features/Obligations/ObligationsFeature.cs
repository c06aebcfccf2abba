using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Obligations;

/// <summary>What is due: one list of every duty with a deadline, as a page, the API and a calendar feed.</summary>
public sealed class ObligationsFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DueList>();
        builder.Services.AddScoped<CalendarFeeds>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => ObligationsApi.Map(endpoints);
}
