using System.Text.Json;
using EduDpa.Documents;
using EduDpa.Domain.Analyses;
using EduDpa.Domain.Common;
using EduDpa.Web.Features.Annexes;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Analyses;

/// <summary>
/// /api/analyses: analyses of vendors' own terms. Analysts create (also by importing the JSON of the schema at
/// /api/schemas/analysis.json), edit, review, publish, withdraw and start new versions; every board reads the published ones,
/// records its own decision and downloads the report (PDF or DOCX, with its decision when board=true).
/// </summary>
public static class AnalysesApi
{
    public sealed record DecisionResponse(Guid Id, Guid AnalysisId, int AnalysisNumber, string AnalysisTitle, Guid? VendorOrganisationId, string VendorName,
        DecisionOutcome Outcome, DateOnly DecidedOn, string DecidedByName, string DecidedByFunction, string Rationale, IReadOnlyList<DecisionMeasure> Measures,
        string RecordedByName, DateTimeOffset RecordedAt, int Version);

    public sealed record EarlierDecisionResponse(DecisionResponse Decision, IReadOnlyList<VerdictChange> ChangedVerdicts);

    public sealed record AnalysisResponse(
        Guid Id, Guid SeriesId, int Number, Guid? PreviousId, AnalysisState State, string Title, AnalysisVendor Vendor, IReadOnlyList<VendorDocument> VendorDocuments,
        IReadOnlyList<string> Frameworks, IReadOnlyList<string> Authors, string? Summary, string? Introduction, string? ColourExplanation, string? Disclaimer,
        IReadOnlyList<AnalysisRow> Rows, IReadOnlyList<FrameworkSummary> Summaries, string AuthorName, string? ReviewerName, DateTimeOffset? ReviewedAt,
        DateTimeOffset? PublishedAt, DateTimeOffset? WithdrawnAt, string? WithdrawalReason, Guid? SupersededById, IReadOnlyList<AnalysisEvent> History,
        IReadOnlyList<AnalysisVersionEntry> Versions, DecisionResponse? Decision, EarlierDecisionResponse? DecisionNeedsReview, int Version);

    public sealed record AnalysisListRow(Guid Id, Guid SeriesId, int Number, AnalysisState State, string Title, string VendorName, IReadOnlyList<string> Frameworks,
        DateTimeOffset? PublishedAt, bool Superseded, int Version);

    public sealed record BoardDecisionResponse(BoardDecisionRow Decision, bool NeedsReview);

    public static DecisionResponse Describe(AnalysisDecision d) => new(d.Id, d.AnalysisId, d.AnalysisNumber, d.AnalysisTitle, d.VendorOrganisationId, d.VendorName,
        d.Outcome, d.DecidedOn, d.DecidedByName, d.DecidedByFunction, d.Rationale, d.Measures, d.RecordedByName, d.RecordedAt, d.Version);

    public static AnalysisResponse Describe(AnalysisView view)
    {
        var a = view.Analysis;
        return new AnalysisResponse(a.Id, a.SeriesId, a.Number, a.PreviousId, a.State, a.Title, new AnalysisVendor(a.VendorName, a.VendorOrganisationId), a.VendorDocuments,
            a.Frameworks, a.Authors, a.Summary, a.Introduction, a.ColourExplanation, a.Disclaimer, a.Rows, a.Summaries, a.AuthorName, a.ReviewerName, a.ReviewedAt,
            a.PublishedAt, a.WithdrawnAt, a.WithdrawalReason, a.SupersededById, a.History, view.Versions,
            view.Decision is { } d ? Describe(d) : null,
            view.EarlierDecision is { } e ? new EarlierDecisionResponse(Describe(e), view.ChangedSinceEarlierDecision) : null, a.Version);
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/analyses").WithTags("Analyses");
        api.MapGet("", async (AnalysisReader reader, CancellationToken ct) => TypedResults.Ok((await reader.ListAsync(ct))
                .Select(a => new AnalysisListRow(a.Id, a.SeriesId, a.Number, a.State, a.Title, a.VendorName, a.Frameworks, a.PublishedAt, a.SupersededById is not null, a.Version)).ToList()))
            .RequireAuthorization(Policies.AnalysisReader)
            .WithSummary("The analyses the caller may read: every version for an analyst, the published (and withdrawn) ones for a school board.");
        api.MapPost("", Create).RequireAuthorization(Policies.Analyst).Accepts<AnalysisDocument>("application/json")
            .WithSummary("Starts a draft from analysis JSON (the schema at /api/schemas/analysis.json; also the import of an exported analysis). 400 names every field; an unknown article reference is also listed in unknownReferences.");
        api.MapGet("/{analysisId:guid}", async Task<Results<Ok<AnalysisResponse>, NotFound>> (Guid analysisId, AnalysisReader reader, CancellationToken ct) =>
                await reader.LoadAsync(analysisId, ct) is { } view ? TypedResults.Ok(Describe(view)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.AnalysisReader)
            .WithSummary("One version with its rows, the counts and attention items per framework, its history, every version with the verdicts it changed, and the acting board's decision.");
        api.MapPut("/{analysisId:guid}", Edit).RequireAuthorization(Policies.Analyst).Accepts<AnalysisDocument>("application/json")
            .WithSummary("Replaces a draft's content with analysis JSON (import over a draft); the body's version is the version read (409 when stale).");
        api.MapGet("/{analysisId:guid}/export", async Task<Results<ContentHttpResult, NotFound>> (Guid analysisId, AnalysisReader reader, CancellationToken ct) =>
                await reader.FindAsync(analysisId, ct) is { } a ? TypedResults.Text(AnalysisJson.Serialize(a.Content), "application/json; charset=utf-8") : TypedResults.NotFound())
            .RequireAuthorization(Policies.AnalysisReader).WithSummary("The analysis as JSON of the schema, to import elsewhere or as a new analysis.");
        api.MapPost("/{analysisId:guid}/submit", (Guid analysisId, AnalysisStepRequest r, AnalysisWriter w, AnalysisAnswers a, CancellationToken ct) => a.StepAsync(analysisId, w.SubmitAsync(analysisId, r, ct), ct))
            .RequireAuthorization(Policies.Analyst).WithSummary("Sends a draft to review; every row needs its verdict.");
        api.MapPost("/{analysisId:guid}/review", (Guid analysisId, AnalysisStepRequest r, AnalysisWriter w, AnalysisAnswers a, CancellationToken ct) => a.StepAsync(analysisId, w.ReviewAsync(analysisId, r, ct), ct))
            .RequireAuthorization(Policies.Analyst).WithSummary("A second analyst (not the author of this version) records the review, with an optional comment.");
        api.MapPost("/{analysisId:guid}/return", (Guid analysisId, AnalysisStepRequest r, AnalysisWriter w, AnalysisAnswers a, CancellationToken ct) => a.StepAsync(analysisId, w.ReturnAsync(analysisId, r, ct), ct))
            .RequireAuthorization(Policies.Analyst).WithSummary("Sends a version in review back to draft, with a comment (required).");
        api.MapPost("/{analysisId:guid}/publish", (Guid analysisId, AnalysisStepRequest r, AnalysisWriter w, AnalysisAnswers a, CancellationToken ct) => a.StepAsync(analysisId, w.PublishAsync(analysisId, r, ct), ct))
            .RequireAuthorization(Policies.Analyst).WithSummary("Publishes a reviewed version to every board (400 naming reviewer without a review); the version before it is superseded, and boards that decided on it see their decision needs review.");
        api.MapPost("/{analysisId:guid}/withdraw", (Guid analysisId, AnalysisStepRequest r, AnalysisWriter w, AnalysisAnswers a, CancellationToken ct) => a.StepAsync(analysisId, w.WithdrawAsync(analysisId, r, ct), ct))
            .RequireAuthorization(Policies.Analyst).WithSummary("Withdraws a published version, with the reason (required).");
        api.MapPost("/{analysisId:guid}/new-version", NewVersion).RequireAuthorization(Policies.Analyst)
            .WithSummary("Starts the next version as a draft from a published one (for changed vendor terms); 400 while a version is in draft or review.");
        api.MapGet("/{analysisId:guid}/decision", async Task<Results<Ok<DecisionResponse>, NotFound>> (Guid analysisId, AnalysisReader reader, CancellationToken ct) =>
                await reader.LoadAsync(analysisId, ct) is { Decision: { } d } ? TypedResults.Ok(Describe(d)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.BoardMember).WithSummary("The acting board's decision on this version, 404 when it has none.");
        api.MapPut("/{analysisId:guid}/decision", Decide).RequireAuthorization(Policies.BoardEditorOrAdmin)
            .WithSummary("Records or revises the acting board's decision: outcome (accept, acceptWithMeasures, doNotAccept), decidedOn, decidedByName, decidedByFunction, rationale, measures per attention item ({framework, reference, measure}); a revision sends the decision's version.");
        api.MapGet("/{analysisId:guid}/report", Report).RequireAuthorization(Policies.AnalysisReader)
            .WithSummary("The report as format=pdf (default) or format=docx; board=true adds the acting board's decision and measures.");

        endpoints.MapGet("/api/analysis-decisions", async (AnalysisDecisionReader decisions, TenantContext tenant, CancellationToken ct) =>
                TypedResults.Ok((await decisions.OfBoardAsync(tenant.CurrentOrganisationId!.Value, ct)).Select(d => new BoardDecisionResponse(d, d.NeedsReview)).ToList()))
            .WithTags("Analyses").RequireAuthorization(Policies.BoardMember)
            .WithSummary("The acting board's decisions on vendors' terms, one per analysis (its newest decided version), marked when a newer version needs review.");
        endpoints.MapGet("/api/schemas/analysis.json", (PublicUrl url) =>
            {
                var schema = AnalysisJson.Schema();
                schema["$id"] = url.For("/api/schemas/analysis.json");
                return Results.Text(schema.ToJsonString(AnalysisJson.Indented), "application/schema+json; charset=utf-8");
            })
            .WithTags("Analyses").AllowAnonymous().WithSummary("JSON Schema of an analysis (export and import).");
    }

    private static async Task<IResult> Create(HttpRequest request, AnalysisWriter writer, AnalysisReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var (document, errors) = await ReadAsync(request, ct);
        if (document is null)
        {
            return Invalid(messages, t, errors, []);
        }
        var (result, unknown) = await writer.CreateAsync(document, ct);
        return result.Outcome == WriteOutcome.Saved
            ? TypedResults.Created($"/api/analyses/{result.Value!.Id}", Describe((await reader.LoadAsync(result.Value.Id, ct))!))
            : await new AnalysisAnswers(reader, messages, t).AnswerAsync(Guid.Empty, result, unknown, ct);
    }

    private static async Task<IResult> Edit(Guid analysisId, HttpRequest request, AnalysisWriter writer, AnalysisReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        if (await reader.FindAsync(analysisId, ct) is null)
        {
            return TypedResults.NotFound();
        }
        var (document, errors) = await ReadAsync(request, ct);
        if (document is null)
        {
            return Invalid(messages, t, errors, []);
        }
        var (result, unknown) = await writer.EditAsync(analysisId, document, ct);
        return await new AnalysisAnswers(reader, messages, t).AnswerAsync(analysisId, result, unknown, ct);
    }

    private static async Task<IResult> NewVersion(Guid analysisId, AnalysisWriter writer, AnalysisReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var result = await writer.NewVersionAsync(analysisId, ct);
        return result.Outcome == WriteOutcome.Saved
            ? TypedResults.Created($"/api/analyses/{result.Value!.Id}", Describe((await reader.LoadAsync(result.Value.Id, ct))!))
            : await new AnalysisAnswers(reader, messages, t).AnswerAsync(analysisId, result, [], ct);
    }

    private static async Task<IResult> Decide(Guid analysisId, DecisionRequest request, AnalysisWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var result = await writer.DecideAsync(analysisId, request, ct);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(Describe(result.Value!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Forbidden => TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: t["Analysis.DecisionForbidden"], statusCode: StatusCodes.Status403Forbidden),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = Describe(result.Value!) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, "Decision"), title: t["Api.ValidationFailed"]),
        };
    }

    private static async Task<IResult> Report(Guid analysisId, string? format, bool? board, AnalysisReader reader, AnalysisReports reports, CancellationToken ct)
    {
        var docx = string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !docx && !string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["pdf | docx"] });
        }
        if (await reader.LoadAsync(analysisId, ct) is not { } view || (board == true && !reader.IsBoard))
        {
            return TypedResults.NotFound();
        }
        var file = reports.Render(view, board == true, docx);
        return TypedResults.File(file.Bytes, file.ContentType, file.FileName);
    }

    private static async Task<(AnalysisDocument? Document, ValidationErrors Errors)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        var (json, parseErrors) = await AnnexBody.ParseAsync(request.Body, ct);
        if (json is not { } element)
        {
            return (null, parseErrors);
        }
        return AnalysisJson.TryRead(element, out var document, out var errors) ? (document, errors) : (null, errors);
    }

    private static ValidationProblem Invalid(ValidationMessages messages, IStringLocalizer<SharedResource> t, ValidationErrors errors, IReadOnlyList<string> unknown) =>
        TypedResults.ValidationProblem(messages.ForApi(errors, "Analysis"), title: t["Api.ValidationFailed"],
            extensions: unknown.Count == 0 ? null : new Dictionary<string, object?> { ["unknownReferences"] = unknown });
}

/// <summary>One shape for every step: 200 with the analysis, 404, 403 naming the missing role, 409 for a stale version, 400 naming every failed guard.</summary>
public sealed class AnalysisAnswers(AnalysisReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t)
{
    public async Task<IResult> StepAsync(Guid analysisId, Task<WriteResult<TermsAnalysis>> step, CancellationToken ct) => await AnswerAsync(analysisId, await step, [], ct);

    public async Task<IResult> AnswerAsync(Guid analysisId, WriteResult<TermsAnalysis> result, IReadOnlyList<string> unknown, CancellationToken ct) => result.Outcome switch
    {
        WriteOutcome.Saved => TypedResults.Ok(AnalysesApi.Describe((await reader.LoadAsync(result.Value!.Id, ct))!)),
        WriteOutcome.NotFound => TypedResults.NotFound(),
        WriteOutcome.Forbidden => TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: t["Analysis.Forbidden"], statusCode: StatusCodes.Status403Forbidden),
        WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["current"] = AnalysesApi.Describe((await reader.LoadAsync(analysisId, ct))!) }),
        _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, "Analysis"), title: t["Api.ValidationFailed"],
            extensions: unknown.Count == 0 ? null : new Dictionary<string, object?> { ["unknownReferences"] = unknown }),
    };
}
