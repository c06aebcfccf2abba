using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure;

namespace EduDpa.Web.Features.Analyses;

/// <summary>Analyses of vendors' own terms against the convenant and the models, published to every board, with the board's decision and the report.</summary>
public sealed class AnalysesFeature : IFeature
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AnalysisReader>();
        builder.Services.AddScoped<AnalysisDecisionReader>();
        builder.Services.AddScoped<AnalysisWriter>();
        builder.Services.AddScoped<AnalysisAnswers>();
        builder.Services.AddScoped<AnalysisReports>();
        builder.Services.AddScoped<IDueItemSource, AnalysisDueItems>();
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints) => AnalysesApi.Map(endpoints);
}
