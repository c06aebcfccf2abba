using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Conformity;
using EduDpa.Web.Features.Agreements;
using EduDpa.Web.Features.Annexes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Changes;

/// <summary>
/// Changes to a product's annexes after signing: a supplier announces a sub-processor change (art. 11.2) or publishes
/// a new version (art. 14.3); each signed agreement covering the product gets a notice its board answers.
/// </summary>
public static class ChangesApi
{
    public sealed record ChangeResponse(
        Guid Id, Guid ProductId, string ProductName, AnnexKind AnnexKind, AnnexChangeKind Kind, int? FromNumber, int ToNumber, SubProcessorEdit? Edit,
        AnnexDifference Difference, string? Explanation, DateOnly? IntendedDate, DateTimeOffset AnnouncedAt, string AnnouncedByName, DateTimeOffset? RespondBy, int NoticeCount);

    public sealed record NoticeResponse(
        Guid ChangeId, Guid AgreementId, Guid BoardId, string BoardName, Guid ProcessorId, string ProcessorName, Guid ProductId, string ProductName,
        AnnexChangeKind Kind, AnnexKind AnnexKind, int ToNumber, DateTimeOffset NoticeGivenAt, DateTimeOffset? RespondBy, NoticeState State, NoticeStatus Status,
        DateTimeOffset? AppliesFrom, NoticeReaction? Reaction, NoticeWithdrawal? Withdrawal, ConsultationOutcome? Outcome, string? Explanation, DateOnly? IntendedDate, int Version, string Link);

    public sealed record SectionResponse(string Heading, bool Changed, IReadOnlyList<LineResponse> Lines);

    public sealed record LineResponse(DiffPart Part, string Text);

    public sealed record NoticeDetailsResponse(NoticeResponse Notice, AnnexDifference Difference, SubProcessorEdit? Edit, int? FromNumber, IReadOnlyList<SectionResponse> Sections);

    public sealed record OverviewResponse(ChangeResponse Change, IReadOnlyDictionary<NoticeStatus, int> Counts, int Total, int Page, int PageSize, IReadOnlyList<NoticeResponse> Notices);

    public sealed record AgreementChangesResponse(IReadOnlyList<AnnexInForce> InForce, IReadOnlyList<NoticeResponse> Notices);

    public static ChangeResponse Describe(AnnexChange c) => new(c.Id, c.ProductId, c.ProductName, c.AnnexKind, c.Kind, c.FromNumber, c.ToNumber, c.Edit,
        c.Difference, c.Explanation, c.IntendedDate, c.AnnouncedAt, c.AnnouncedByName, c.RespondBy, c.NoticeCount);

    public static NoticeResponse Describe(NoticeView v)
    {
        var n = v.Notice;
        return new NoticeResponse(n.ChangeId, n.AgreementId, n.BoardId, v.BoardName, n.ProcessorId, v.SupplierName, n.ProductId, v.Change.ProductName, n.Kind, n.AnnexKind,
            n.ToNumber, n.NoticeGivenAt, n.RespondBy, n.State, v.Status, v.AppliesFrom, n.Reaction, n.Withdrawal, n.Outcome, v.Change.Explanation, v.Change.IntendedDate, n.Version, v.Link);
    }

    public static NoticeDetailsResponse Describe(NoticeDetails d) => new(Describe(d.View), d.View.Change.Difference, d.View.Change.Edit, d.FromNumber,
        [.. d.Sections.Select(s => new SectionResponse(s.Heading, s.Changed, [.. s.Lines.Select(l => new LineResponse(l.Part, l.Text))]))]);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/products/{productId:guid}/sub-processor-changes", Announce).WithTags("Changes").RequireAuthorization(Policies.ProcessorEditor)
            .WithSummary("Announces an intended change to the product's sub-processors (art. 11.2): add, replace or remove, with the reason and the intended date (not before the six-week objection period ends). Publishes the privacy annex with the change and gives every signed agreement covering the product a notice; 400 names each invalid field, 422 lists what the conformity check finds in the changed annex.");

        var changes = endpoints.MapGroup("/api/changes").WithTags("Changes");
        changes.MapGet("", async (NoticeReader reader, CancellationToken ct) => TypedResults.Ok((await reader.ChangesAsync(ct)).Select(Describe).ToList()))
            .RequireAuthorization(Policies.ProcessorMember).WithSummary("The supplier's changes to its products' annexes after signing, newest first.");
        changes.MapGet("/{changeId:guid}", Overview).RequireAuthorization(Policies.ProcessorMember)
            .WithSummary("One change with the boards' reactions counted per status and one page (50) of notices, objections first; ?status= filters, ?page= pages.");
        changes.MapGet("/{changeId:guid}/agreements/{agreementId:guid}", async Task<Results<Ok<NoticeDetailsResponse>, NotFound>> (Guid changeId, Guid agreementId, NoticeReader reader, CancellationToken ct) =>
                await reader.LoadAsync(changeId, agreementId, ct) is { } details ? TypedResults.Ok(Describe(details)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Member).WithSummary("One agreement's notice with the section-by-section difference against the version that applies to it.");
        changes.MapPost("/{changeId:guid}/agreements/{agreementId:guid}/reaction", (Guid changeId, Guid agreementId, NoticeReactionRequest r, NoticeWriter w, NoticeAnswers a, CancellationToken ct) =>
                a.StepAsync(changeId, agreementId, w.ReactAsync(changeId, agreementId, r, ct), ct))
            .RequireAuthorization(Policies.Member).WithSummary("The board accepts (accepted: true) or objects / does not accept (accepted: false, reason required). After the period it is recorded as late.");
        changes.MapPost("/{changeId:guid}/agreements/{agreementId:guid}/withdraw", (Guid changeId, Guid agreementId, NoticeWithdrawalRequest r, NoticeWriter w, NoticeAnswers a, CancellationToken ct) =>
                a.StepAsync(changeId, agreementId, w.WithdrawAsync(changeId, agreementId, r, ct), ct))
            .RequireAuthorization(Policies.Member).WithSummary("The supplier withdraws the change for this board: the agreement keeps its version.");
        changes.MapPost("/{changeId:guid}/agreements/{agreementId:guid}/outcome", (Guid changeId, Guid agreementId, ConsultationOutcomeRequest r, NoticeWriter w, NoticeAnswers a, CancellationToken ct) =>
                a.StepAsync(changeId, agreementId, w.RecordOutcomeAsync(changeId, agreementId, r, ct), ct))
            .RequireAuthorization(Policies.Member).WithSummary("Either party records how the consultation after an objection ended: Applied, NotApplied or Terminated (with endDate, which also records the end of the agreement).");

        endpoints.MapGet("/api/notices", async (NoticeReader reader, CancellationToken ct) => TypedResults.Ok((await reader.NoticesAsync(null, ct)).Select(Describe).ToList()))
            .WithTags("Changes").RequireAuthorization(Policies.Member).WithSummary("The school board's notices of changes, those waiting for an answer first.");
        endpoints.MapGet("/api/agreements/{agreementId:guid}/annex-changes", async Task<Results<Ok<AgreementChangesResponse>, NotFound>> (Guid agreementId, EduDpaDbContext db, NoticeReader reader, CancellationToken ct) =>
            {
                if (!await db.Agreements.AnyAsync(a => a.Id == agreementId, ct))
                {
                    return TypedResults.NotFound();
                }
                var changes = await reader.ForAgreementAsync(agreementId, ct);
                return TypedResults.Ok(changes is null ? new AgreementChangesResponse([], []) : new AgreementChangesResponse(changes.InForce, [.. changes.Notices.Select(Describe)]));
            })
            .WithTags("Changes").RequireAuthorization(Policies.Member).WithSummary("For a signed agreement: the annex version of each product that applies now, and every notice of a change it received.");
    }

    private static async Task<Results<Ok<OverviewResponse>, NotFound>> Overview(Guid changeId, NoticeStatus? status, int? page, NoticeReader reader, CancellationToken ct) =>
        await reader.OverviewAsync(changeId, status, page ?? 1, ct) is { } o
            ? TypedResults.Ok(new OverviewResponse(Describe(o.Change), o.Counts, o.Total, o.PageNumber, o.PageSize, [.. o.Page.Select(Describe)]))
            : TypedResults.NotFound();

    private static async Task<Results<Created<ChangeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Announce(
        Guid productId, AnnounceSubProcessorChangeRequest request, SubProcessorChangeWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var (result, findings) = await writer.AnnounceAsync(productId, request, ct);
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Created($"/api/changes/{result.Value!.Id}", Describe(result.Value)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            _ when findings.HasErrors() => TypedResults.Problem(title: t["Annex.PublishRefused"], detail: t["Change.FindingsBlock"], statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["findings"] = FindingResponse.From(findings) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, "Change"), title: t["Api.ValidationFailed"]),
        };
    }
}

/// <summary>One shape for every step on a notice: 200 with the notice, 404 outside its parties, 403 naming the missing role, 409 for a stale version, 400 naming every failed guard.</summary>
public sealed class NoticeAnswers(NoticeReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t)
{
    public async Task<Results<Ok<ChangesApi.NoticeResponse>, NotFound, ValidationProblem, ProblemHttpResult>> StepAsync(Guid changeId, Guid agreementId, Task<WriteResult<ChangeNotice>> step, CancellationToken ct)
    {
        var result = await step;
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(ChangesApi.Describe((await reader.LoadAsync(changeId, agreementId, ct, withSections: false))!.View)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Forbidden => TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: t["Change.Forbidden"], statusCode: StatusCodes.Status403Forbidden),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = ChangesApi.Describe((await reader.LoadAsync(changeId, agreementId, ct, withSections: false))!.View) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!, "Change"), title: t["Api.ValidationFailed"]),
        };
    }
}
