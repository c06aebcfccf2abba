using EduDpa.Domain.Agreements;
using EduDpa.Domain.Breaches;
using EduDpa.Domain.Obligations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using BreachResults = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<EduDpa.Web.Features.Breaches.BreachesApi.BreachResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace EduDpa.Web.Features.Breaches;

/// <summary>/api/breaches: data breaches and security incidents of the acting organisation's agreements (model art. 8).</summary>
public static class BreachesApi
{
    public sealed record BreachResponse(
        Guid Id, Guid AgreementId, Guid BoardId, string BoardName, Guid ProcessorId, string ProcessorName, Guid? IncidentId, Guid? ProductId, PartyRole RecordedBy, string RecordedByName, DateTimeOffset RecordedAt,
        BreachKind Kind, DateTimeOffset DiscoveredAt, DateTimeOffset BecameAwareAt, DateTimeOffset? PeriodFrom, DateTimeOffset? PeriodTo, string Summary,
        IReadOnlyList<BreachNature> Nature, string? Cause, string? HowDiscovered, string? MeasuresTaken, Protection Encrypted, int? Pupils, int? Parents, int? Staff,
        string? Consequences, string? PersonalData, bool SpecialCategories, bool? HighRisk,
        DateTimeOffset DecisionDue, DueStatus? DecisionStatus, AuthorityDecision? Authority, bool AuthorityDecisionLate,
        DataSubjectsDecision? DataSubjects, bool DataSubjectsDecisionLate, IReadOnlyList<BreachUpdate> Updates, BreachClosure? Closure, bool IsOpen, int Version);

    public static BreachResponse Describe(BreachView view)
    {
        var b = view.Breach;
        return new BreachResponse(b.Id, b.AgreementId, b.BoardId, view.BoardName, b.ProcessorId, view.ProcessorName, b.IncidentId, b.ProductId, b.RecordedBy, b.RecordedByName, b.RecordedAt,
            b.Kind, b.DiscoveredAt, b.BecameAwareAt, b.PeriodFrom, b.PeriodTo, b.Summary, Natures(b.Nature), b.Cause, b.HowDiscovered, b.MeasuresTaken, b.Encrypted,
            b.Pupils, b.Parents, b.Staff, b.Consequences, b.PersonalData, b.SpecialCategories, b.HighRisk,
            b.DecisionDue, view.DecisionStatus, b.Authority, b.AuthorityDecisionLate, b.DataSubjects, b.DataSubjectsDecisionLate, b.Updates, b.Closure, b.IsOpen, b.Version);
    }

    /// <summary>The breaches one product breach became: one per board, all of one incident.</summary>
    public sealed record ProductBreachResponse(Guid IncidentId, Guid ProductId, IReadOnlyList<Guid> BreachIds);

    public static IReadOnlyList<BreachNature> Natures(BreachNature nature) =>
        [.. Enum.GetValues<BreachNature>().Where(n => n != BreachNature.None && nature.HasFlag(n))];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/breaches").WithTags("Breaches").RequireAuthorization(Policies.Member);
        api.MapGet("", async (BreachReader reader, CancellationToken ct) => TypedResults.Ok((await reader.ListAsync(null, ct)).Select(Describe).ToList()))
            .WithSummary("The breaches and incidents of the acting organisation's agreements, newest first.");
        api.MapPost("", Record)
            .WithSummary("Records a breach or security incident under a signed agreement (Bijlage 2 C); the other party's incident contacts are e-mailed at once.");
        api.MapGet("/register", BreachRegister.Export)
            .WithSummary("The register of breaches (art. 8.7) as CSV (format=csv) or XLSX (format=xlsx).");
        api.MapGet("/{breachId:guid}", async Task<Results<Ok<BreachResponse>, NotFound>> (Guid breachId, BreachReader reader, CancellationToken ct) =>
            await reader.LoadAsync(breachId, ct) is { } view ? TypedResults.Ok(Describe(view)) : TypedResults.NotFound())
            .WithSummary("One breach with its decisions and timeline.");
        api.MapPost("/{breachId:guid}/updates", (Guid breachId, BreachUpdateRequest r, BreachWriter w, BreachAnswers a, CancellationToken ct) => a.StepAsync(breachId, w.AddUpdateAsync(breachId, r, ct), ct))
            .WithSummary("Adds an update to the timeline (either party).");
        api.MapPost("/{breachId:guid}/authority-decision", (Guid breachId, AuthorityDecisionRequest r, BreachWriter w, BreachAnswers a, CancellationToken ct) => a.StepAsync(breachId, w.DecideAuthorityAsync(breachId, r, ct), ct))
            .WithSummary("The board's decision on notifying the Autoriteit Persoonsgegevens: notified at + reference, or a reason not to. After 72 hours it is recorded as late.");
        api.MapPost("/{breachId:guid}/data-subjects-decision", (Guid breachId, DataSubjectsDecisionRequest r, BreachWriter w, BreachAnswers a, CancellationToken ct) => a.StepAsync(breachId, w.DecideDataSubjectsAsync(breachId, r, ct), ct))
            .WithSummary("The board's decision on informing the data subjects (AVG art. 34): informed at, or a reason not to.");
        api.MapPost("/{breachId:guid}/close", (Guid breachId, CloseBreachRequest r, BreachWriter w, BreachAnswers a, CancellationToken ct) => a.StepAsync(breachId, w.CloseAsync(breachId, r, ct), ct))
            .WithSummary("Closes the breach with the corrective measures taken.");

        endpoints.MapPost("/api/products/{productId:guid}/breaches", RecordForProduct)
            .WithTags("Breaches").RequireAuthorization(Policies.ProcessorMember)
            .WithSummary("The supplier records one breach for one of its products (the body as for POST /api/breaches; agreementId is not used): it becomes one breach per "
                + "agreement signed by both or terminating that covers the product, sharing an incident id; each board's incident contacts are e-mailed at once and each board "
                + "decides on its own within 72 hours. 201 with the breach ids; 400 naming productId when no signed agreement covers the product.");

        endpoints.MapGet("/api/agreements/{agreementId:guid}/breaches", async Task<Results<Ok<List<BreachResponse>>, NotFound>> (Guid agreementId, EduDpaDbContext db, BreachReader reader, CancellationToken ct) =>
                await db.Agreements.AnyAsync(a => a.Id == agreementId, ct)
                    ? TypedResults.Ok((await reader.ListAsync(agreementId, ct)).Select(Describe).ToList())
                    : TypedResults.NotFound())
            .WithTags("Breaches").RequireAuthorization(Policies.Member)
            .WithSummary("The breaches recorded under one agreement.");
    }

    private static async Task<Results<Created<ProductBreachResponse>, NotFound, ValidationProblem, ProblemHttpResult>> RecordForProduct(
        Guid productId, RecordBreachRequest request, BreachWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var result = await writer.RecordForProductAsync(productId, request, ct);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Created((string?)null, new ProductBreachResponse(result.Value![0].IncidentId!.Value, productId, [.. result.Value.Select(b => b.Id)])),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Forbidden => TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: t["Breach.Forbidden"], statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, "Breach"), title: t["Api.ValidationFailed"]),
        };
    }

    private static async Task<Results<Created<BreachResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Record(
        RecordBreachRequest request, BreachWriter writer, BreachReader reader, BreachAnswers answers, CancellationToken ct)
    {
        var result = await writer.RecordAsync(request, ct);
        if (result.Outcome == WriteOutcome.Saved)
        {
            return TypedResults.Created($"/api/breaches/{result.Value!.Id}", Describe((await reader.LoadAsync(result.Value.Id, ct))!));
        }
        return (await answers.StepAsync(Guid.Empty, Task.FromResult(result), ct)).Result switch
        {
            NotFound n => n,
            ValidationProblem v => v,
            ProblemHttpResult p => p,
            _ => TypedResults.NotFound(),
        };
    }
}

/// <summary>One shape for every step: 200 with the breach, 404 outside its parties, 403 naming the missing role, 409 for a stale version, 400 naming every failed guard.</summary>
public sealed class BreachAnswers(BreachReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t)
{
    public async Task<BreachResults> StepAsync(Guid breachId, Task<WriteResult<DataBreach>> step, CancellationToken ct)
    {
        var result = await step;
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(BreachesApi.Describe((await reader.LoadAsync(breachId, ct))!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Forbidden => TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: t["Breach.Forbidden"], statusCode: StatusCodes.Status403Forbidden),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = BreachesApi.Describe((await reader.LoadAsync(breachId, ct))!) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, "Breach"), title: t["Api.ValidationFailed"]),
        };
    }
}
