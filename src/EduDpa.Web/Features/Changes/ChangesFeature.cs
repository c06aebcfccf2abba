using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Changes;

/// <summary>Living with annex changes after signing: sub-processor notices with the objection period (art. 11.2) and significant changes accepted before they apply (art. 14.3).</summary>
public sealed class ChangesFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SubProcessorChangeWriter>();
        builder.Services.AddScoped<NoticeWriter>();
        builder.Services.AddScoped<NoticeReader>();
        builder.Services.AddScoped<NoticeAnswers>();
        builder.Services.AddScoped<NoticeMails>();
        builder.Services.AddScoped<IScheduledMail>(services => services.GetRequiredService<NoticeMails>());
        builder.Services.AddScoped<IDueItemSource, ChangeDueItems>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => ChangesApi.Map(endpoints);
}
