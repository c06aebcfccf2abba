using EduDpa.Domain.Models;
using EduDpa.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EduDpa.Web.Features.Models;

/// <summary>
/// /api/models: the published standards EduDpa reproduces (the Model Verwerkersovereenkomst 4.0, later the
/// models and frameworks of vendor analyses). Public: they are published standards.
/// </summary>
public sealed class ModelsFeature : IFeature
{
    public sealed record ModelSummary(string Id, string Kind, string Title, string Version, int Year, string Language, ModelSource Source, int Articles);

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/models").WithTags("Models").AllowAnonymous();
        api.MapGet("", List).WithSummary("The published models and frameworks, with their version and source.");
        api.MapGet("/{modelId}", Get).WithSummary("One model as its content file: articles with paragraphs and lettered items, fields, annex templates, quirks of the published text.");
    }

    private static Ok<List<ModelSummary>> List() =>
        TypedResults.Ok(ModelCatalog.All.Select(m => new ModelSummary(m.Id, m.Kind, m.Title, m.Version, m.Year, m.Language, m.Source, m.Articles.Count)).ToList());

    private static Results<ContentHttpResult, NotFound> Get(string modelId) =>
        ModelCatalog.Json(modelId) is { } json ? TypedResults.Text(json, "application/json; charset=utf-8") : TypedResults.NotFound();
}
