using EduDpa.Domain.Agreements;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using StepResults = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<EduDpa.Web.Features.Agreements.AgreementsApi.AgreementResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace EduDpa.Web.Features.Agreements.Signing;

/// <summary>
/// /api/agreements/{id}/…: the steps from offer to signature to the end, the check that what was signed is
/// unchanged, and the agreement as PDF or DOCX.
/// </summary>
public static class LifecycleApi
{
    public sealed record SignatureRow(PartyRole Party, string Name, string Function, DateTimeOffset SignedAt, string ContentHash, string PdfHash, bool Matches);

    /// <summary>
    /// The recomputed and the stored hashes: of the content and the PDF both parties signed, of the DOCX, and of the
    /// executed PDF (both signatures on its signature page) that is downloaded once both signed.
    /// </summary>
    public sealed record Verification(bool IsSigned, bool? Unchanged, string? ContentHash, string? StoredContentHash, string? PdfHash, string? StoredPdfHash,
        string? DocxHash, string? StoredDocxHash, string? ExecutedPdfHash, string? StoredExecutedPdfHash, IReadOnlyList<SignatureRow> Signatures);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/agreements/{agreementId:guid}").WithTags("Agreement lifecycle").RequireAuthorization(Policies.Member);
        api.MapPost("/offer", (Guid agreementId, StepRequest r, LifecycleWriter w, Answers a, CancellationToken ct) => a.StepAsync(agreementId, w.OfferAsync(agreementId, r, ct), ct))
            .WithSummary("The processor offers the draft to the school board (editor).");
        api.MapPost("/review", (Guid agreementId, StepRequest r, LifecycleWriter w, Answers a, CancellationToken ct) => a.StepAsync(agreementId, w.StartReviewAsync(agreementId, r, ct), ct))
            .WithSummary("The board's reviewer starts reviewing an offer.");
        api.MapPost("/approve", (Guid agreementId, StepRequest r, LifecycleWriter w, Answers a, CancellationToken ct) => a.StepAsync(agreementId, w.ApproveAsync(agreementId, r, ct), ct))
            .WithSummary("The board's reviewer approves it for signing.");
        api.MapPost("/return-to-draft", (Guid agreementId, StepRequest r, LifecycleWriter w, Answers a, CancellationToken ct) => a.StepAsync(agreementId, w.ReturnToDraftAsync(agreementId, r, ct), ct))
            .WithSummary("Back to drafting, to change the shared part or negotiate Bijlage 3; the processor offers again.");
        api.MapPost("/decline", (Guid agreementId, StepRequest r, LifecycleWriter w, Answers a, CancellationToken ct) => a.StepAsync(agreementId, w.DeclineAsync(agreementId, r, ct), ct))
            .WithSummary("The board declines the offer; a reason is required.");
        api.MapPost("/withdraw", (Guid agreementId, StepRequest r, LifecycleWriter w, Answers a, CancellationToken ct) => a.StepAsync(agreementId, w.WithdrawAsync(agreementId, r, ct), ct))
            .WithSummary("The processor withdraws what nobody signed yet; either party drops a draft.");
        api.MapPost("/sign", (Guid agreementId, SignRequest r, LifecycleWriter w, Answers a, CancellationToken ct) => a.StepAsync(agreementId, w.SignAsync(agreementId, r, ct), ct))
            .WithSummary("Signs for your organisation (signatory role). The first signature freezes the snapshot; 403 says why without the role, 400 lists every other guard that failed.");
        api.MapPost("/end", (Guid agreementId, EndRequest r, LifecycleWriter w, Answers a, CancellationToken ct) => a.StepAsync(agreementId, w.RecordEndAsync(agreementId, r, ct), ct))
            .WithSummary("Records the end of the underlying contract (date, reason); the return/destruction deadline follows from the agreed term (art. 12.2).");
        api.MapPost("/destruction", (Guid agreementId, DestructionRequest r, LifecycleWriter w, Answers a, CancellationToken ct) => a.StepAsync(agreementId, w.ConfirmDestructionAsync(agreementId, r, ct), ct))
            .WithSummary("The processor confirms in writing that the data was returned and/or destroyed, sub-processors included (art. 12.3, 12.4).");
        api.MapPost("/acknowledge", (Guid agreementId, StepRequest r, LifecycleWriter w, Answers a, CancellationToken ct) => a.StepAsync(agreementId, w.AcknowledgeAsync(agreementId, r, ct), ct))
            .WithSummary("The board acknowledges the confirmation; the agreement closes.");
        api.MapPost("/successor", Successor)
            .WithSummary("Starts a new draft prefilled from this signed agreement, on the newest model; it supersedes this one once both sign.");
        api.MapGet("/verify", Verify)
            .WithSummary("Recomputes the hashes of the stored snapshot and says whether anything changed since signing.");
        api.MapGet("/document", Document)
            .WithSummary("The agreement as PDF (format=pdf) or DOCX (format=docx). A signed agreement always serves its snapshot: the signed PDF, once both signed the executed copy listing both signatures.");
    }

    private static async Task<Results<Created<AgreementsApi.AgreementResponse>, StepResults>> Successor(
        Guid agreementId, StepRequest request, LifecycleWriter writer, AgreementReader reader, Answers answers, CancellationToken ct)
    {
        var result = await writer.StartSuccessorAsync(agreementId, request, ct);
        return result.Outcome == WriteOutcome.Saved
            ? TypedResults.Created($"/api/agreements/{result.Value!.Id}", AgreementsApi.Describe((await reader.LoadAsync(result.Value.Id, ct))!))
            : await answers.StepAsync(agreementId, Task.FromResult(result), ct);
    }

    private static async Task<Results<Ok<Verification>, NotFound>> Verify(Guid agreementId, EduDpaDbContext db, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null)
        {
            return TypedResults.NotFound();
        }
        var snapshot = await db.SignedSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.AgreementId == agreementId, ct);
        if (snapshot is null)
        {
            return TypedResults.Ok(new Verification(false, null, null, null, null, null, null, null, null, null, []));
        }
        var check = snapshot.Verify(agreement.Signatures);
        return TypedResults.Ok(new Verification(true, check.Unchanged, check.ContentHash, check.StoredContentHash, check.PdfHash, check.StoredPdfHash, check.DocxHash, check.StoredDocxHash,
            check.ExecutedPdfHash, check.StoredExecutedPdfHash,
            [.. agreement.Signatures.Select(s => new SignatureRow(s.Party, s.Name, s.Function, s.SignedAt, s.ContentHash, s.PdfHash,
                check.Signatures.First(c => c.Party == s.Party).Matches))]));
    }

    private static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem>> Document(
        Guid agreementId, string? format, EduDpaDbContext db, AgreementReader reader, TimeProvider clock, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        var pdf = format is null || format.Equals("pdf", StringComparison.OrdinalIgnoreCase);
        if (!pdf && !string.Equals(format, "docx", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [t["Document.Format"]] }, title: t["Api.ValidationFailed"]);
        }
        if (await reader.LoadAsync(agreementId, ct) is not { } view)
        {
            return TypedResults.NotFound();
        }
        var extension = pdf ? "pdf" : "docx";
        var type = pdf ? AgreementFiles.PdfType : AgreementFiles.DocxType;
        var stored = await db.SignedSnapshots.AsNoTracking().Where(s => s.AgreementId == agreementId)
            .Select(s => pdf ? s.ExecutedPdf ?? s.Pdf : s.Docx).FirstOrDefaultAsync(ct);
        if (stored is not null)
        {
            return TypedResults.File(stored, type, AgreementFiles.FileName(view, extension));
        }
        var input = AgreementFiles.Input(view, null, [], clock.GetUtcNow());
        return TypedResults.File(pdf ? AgreementFiles.Pdf(input) : AgreementFiles.Docx(input), type, AgreementFiles.FileName(view, extension));
    }
}

/// <summary>One shape for every step: 200 with the agreement, 404 outside its parties, 403 naming the missing role, 409 for a stale version, 400 naming every failed guard.</summary>
public sealed class Answers(AgreementReader reader, ValidationMessages messages, IStringLocalizer<SharedResource> t)
{
    public async Task<StepResults> StepAsync(Guid agreementId, Task<WriteResult<ProcessingAgreement>> step, CancellationToken ct)
    {
        var result = await step;
        return result.Outcome switch
        {
            WriteOutcome.Saved => TypedResults.Ok(AgreementsApi.Describe((await reader.LoadAsync(agreementId, ct))!)),
            WriteOutcome.NotFound => TypedResults.NotFound(),
            WriteOutcome.Forbidden => TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: string.Join(" ", messages.ForApi(result.Errors!).SelectMany(e => e.Value)),
                statusCode: StatusCodes.Status403Forbidden),
            WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["current"] = AgreementsApi.Describe((await reader.LoadAsync(agreementId, ct))!) }),
            _ => TypedResults.ValidationProblem(messages.ForApi(result.Errors!), title: t["Api.ValidationFailed"]),
        };
    }
}
