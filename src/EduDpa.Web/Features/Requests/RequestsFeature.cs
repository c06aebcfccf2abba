using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Requests;

/// <summary>Data subject requests (model art. 9, AVG art. 12): the supplier forwards, the school board answers in time, with the supplier's help.</summary>
public sealed class RequestsFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RequestReader>();
        builder.Services.AddScoped<RequestWriter>();
        builder.Services.AddScoped<RequestMail>();
        builder.Services.AddScoped<RequestsApi.Answers>();
        builder.Services.AddScoped<IDueItemSource, RequestDueItems>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => RequestsApi.Map(endpoints);
}
