using EduDpa.Domain.Agreements;
using EduDpa.Domain.Audits;
using EduDpa.Domain.Obligations;
using EduDpa.Web.Features.Certificates;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using AuditResults = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Ok<EduDpa.Web.Features.Audits.AuditsApi.AuditResponse>,
    Microsoft.AspNetCore.Http.HttpResults.NotFound,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

namespace EduDpa.Web.Features.Audits;

/// <summary>/api/audits: audits a school board requests under a signed agreement (model art. 7.7), read and handled by its two parties only.</summary>
public static class AuditsApi
{
    public sealed record AuditResponse(
        Guid Id, Guid AgreementId, Guid BoardId, string BoardName, Guid ProcessorId, string ProcessorName, IReadOnlyList<string> Products, AuditState State,
        string Scope, string Auditor, DateOnly PlannedFrom, DateOnly? PlannedTo, string? Reason, DateTimeOffset RequestedAt, string RequestedByName, DateTimeOffset ProposedAt,
        DateTimeOffset ResponseDue, DueStatus? ResponseStatus, DateTimeOffset? RespondedAt, string? RespondedByName, string? Response, bool ResponseLate,
        CostAgreement? Costs, DateTimeOffset ReportDue, DueStatus? ReportStatus, AuditReport? Report, CertificatesApi.DocumentResponse? ReportDocument, bool ReportLate,
        DateTimeOffset? ClosedAt, string? ClosingNote, IReadOnlyList<AuditEvent> History, int Version);


    public static AuditResponse Describe(AuditView view)
    {
        var a = view.Audit;
        var document = view.Report is { } d ? new CertificatesApi.DocumentResponse(d.FileName, d.Size, d.Sha256, $"/api/audits/{a.Id}/report") : null;
        return new AuditResponse(a.Id, a.AgreementId, a.BoardId, view.BoardName, a.ProcessorId, view.ProcessorName, view.Products, a.State,
            a.Scope, a.Auditor, a.PlannedFrom, a.PlannedTo, a.Reason, a.RequestedAt, a.RequestedByName, a.ProposedAt,
            a.ResponseDue, view.ResponseStatus, a.RespondedAt, a.RespondedByName, a.Response, a.ResponseLate,
            a.Costs, a.ReportDue, view.ReportStatus, a.Report, document, a.ReportLate, a.ClosedAt, a.ClosingNote, a.History, a.Version);
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/audits").WithTags("Audits");
        api.MapGet("", async (AuditReader reader, CancellationToken ct) => TypedResults.Ok((await reader.ListAsync(null, ct)).Select(Describe).ToList()))
            .RequireAuthorization(Policies.Member)
            .WithSummary("The audits of the acting organisation's agreements, open ones first.");
        api.MapGet("/{auditId:guid}", async Task<Results<Ok<AuditResponse>, NotFound>> (Guid auditId, AuditReader reader, CancellationToken ct) =>
                await reader.LoadAsync(auditId, ct) is { } view ? TypedResults.Ok(Describe(view)) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Member)
            .WithSummary("One audit with its proposal, answer, cost agreement, report and history.");
        api.MapPost("/{auditId:guid}/revise", (Guid auditId, ReviseAuditInput r, AuditWriter w, Answers a, CancellationToken ct) => a.StepAsync(auditId, w.ReviseAsync(auditId, r, ct), ct))
            .RequireAuthorization(Policies.BoardEditor)
            .WithSummary("The board revises its proposal (while waiting or after a rejection); the supplier's 14 days start again.");
        api.MapPost("/{auditId:guid}/approve", (Guid auditId, ApproveAuditInput r, AuditWriter w, Answers a, CancellationToken ct) => a.StepAsync(auditId, w.ApproveAsync(auditId, r, ct), ct))
            .RequireAuthorization(Policies.ProcessorEditor)
            .WithSummary("The supplier approves the proposed auditor and period (art. 7.7 a); after its 14 days it is recorded as late.");
        api.MapPost("/{auditId:guid}/reject", (Guid auditId, RejectAuditInput r, AuditWriter w, Answers a, CancellationToken ct) => a.StepAsync(auditId, w.RejectAsync(auditId, r, ct), ct))
            .RequireAuthorization(Policies.ProcessorEditor)
            .WithSummary("The supplier rejects the proposal with a reason; the board may revise it.");
        api.MapPost("/{auditId:guid}/costs", (Guid auditId, CostsInput r, AuditWriter w, Answers a, CancellationToken ct) => a.StepAsync(auditId, w.ProposeCostsAsync(auditId, r, ct), ct))
            .RequireAuthorization(Policies.Editor)
            .WithSummary("Either party proposes who bears the costs (bearer Board, Processor or Shared, with an arrangement); art. 7.7 e: the board's, unless major defects attributable to the supplier appear.");
        api.MapPost("/{auditId:guid}/costs/agree", (Guid auditId, AgreeCostsInput r, AuditWriter w, Answers a, CancellationToken ct) => a.StepAsync(auditId, w.AgreeCostsAsync(auditId, r, ct), ct))
            .RequireAuthorization(Policies.Editor)
            .WithSummary("The other party agrees to the cost proposal.");
        api.MapPost("/{auditId:guid}/report", UploadReport)
            .RequireAuthorization(Policies.Editor)
            // The handler checks the anti-forgery token itself for cookie sign-ins and skips it for access tokens (see Uploads.IsForgedAsync).
            .DisableAntiforgery()
            .WithSummary("Either party uploads the report once the audit is approved (multipart/form-data: version, summary, majorFindings, document as PDF within the size limit); after the planned period it is recorded as late.");
        api.MapGet("/{auditId:guid}/report", async Task<IResult> (Guid auditId, HttpContext context, AuditReader reader, CancellationToken ct) =>
                await reader.ReportAsync(auditId, ct) is { } document ? Uploads.Download(context, document) : TypedResults.NotFound())
            .RequireAuthorization(Policies.Member)
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithSummary("The audit report as an attachment (application/pdf); only the two parties read it (art. 7.7 b).");
        api.MapPost("/{auditId:guid}/close", (Guid auditId, CloseAuditInput r, AuditWriter w, Answers a, CancellationToken ct) => a.StepAsync(auditId, w.CloseAsync(auditId, r, ct), ct))
            .RequireAuthorization(Policies.Editor)
            .WithSummary("Closes the audit with what the parties agreed on its outcomes (art. 7.7 c): the board at any time, the supplier once the report is in.");

        var underAgreement = endpoints.MapGroup("/api/agreements/{agreementId:guid}/audits").WithTags("Audits");
        underAgreement.MapGet("", async Task<Results<Ok<List<AuditResponse>>, NotFound>> (Guid agreementId, EduDpaDbContext db, AuditReader reader, CancellationToken ct) =>
                await db.Agreements.AnyAsync(a => a.Id == agreementId, ct)
                    ? TypedResults.Ok((await reader.ListAsync(agreementId, ct)).Select(Describe).ToList())
                    : TypedResults.NotFound())
            .RequireAuthorization(Policies.Member)
            .WithSummary("The audits under one agreement.");
        underAgreement.MapPost("", Request)
            .RequireAuthorization(Policies.BoardEditor)
            .WithSummary("The board requests an audit under an agreement signed by both: scope, the independent auditor, the planned period (from, optionally to) and a reason. The supplier's editors are e-mailed.");
    }

    private static async Task<Results<Created<AuditResponse>, NotFound, ValidationProblem, ProblemHttpResult>> Request(
        Guid agreementId, RequestAuditInput input, AuditWriter writer, AuditReader reader, Answers answers, CancellationToken ct)
    {
        var result = await writer.RequestAsync(agreementId, input, ct);
        if (result.Outcome == WriteOutcome.Saved)
        {
            return TypedResults.Created($"/api/audits/{result.Value!.Id}", Describe((await reader.LoadAsync(result.Value.Id, ct))!));
        }
        return (await answers.StepAsync(Guid.Empty, Task.FromResult(result), ct)).Result switch
        {
            ValidationProblem v => v,
            ProblemHttpResult p => p,
            _ => TypedResults.NotFound(),
        };
    }

    private static async Task<AuditResults> UploadReport(Guid auditId, HttpContext context, AuditWriter writer, Uploads uploads, Answers answers, IStringLocalizer<SharedResource> t, CancellationToken ct)
    {
        // Who may upload comes first, so that another organisation's audit is a 404 whatever was sent.
        switch (await writer.RefusalAsync(auditId, ct))
        {
            case WriteOutcome.NotFound:
                return TypedResults.NotFound();
            case WriteOutcome.Forbidden:
                return TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: t["Audits.Forbidden"], statusCode: StatusCodes.Status403Forbidden);
        }
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.Problem(title: t["Api.ValidationFailed"], detail: t["Upload.MultipartRequired"], statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        if (await uploads.IsForgedAsync(context))
        {
            return TypedResults.Problem(title: t["Api.ValidationFailed"], detail: t["Upload.Antiforgery"], statusCode: StatusCodes.Status400BadRequest);
        }
        var form = await context.Request.ReadFormAsync(ct);
        int? version = int.TryParse(form["version"], System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
        var major = form["majorFindings"].Any(value => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "on");
        var file = await uploads.ReadAsync(form.Files.GetFile("document"), ct);
        return await answers.StepAsync(auditId, writer.UploadReportAsync(auditId, version, form["summary"], major, file, ct), ct);
    }

    /// <summary>One shape for every step: 200 with the audit, 404 outside its parties, 403 naming the missing role, 409 for a stale version, 400 naming every failed guard.</summary>
    public sealed class Answers(AuditReader reader, Uploads uploads, IStringLocalizer<SharedResource> t)
    {
        public async Task<AuditResults> StepAsync(Guid auditId, Task<WriteResult<AuditRequest>> step, CancellationToken ct)
        {
            var result = await step;
            return result.Outcome switch
            {
                WriteOutcome.Saved => TypedResults.Ok(Describe((await reader.LoadAsync(auditId, ct))!)),
                WriteOutcome.NotFound => TypedResults.NotFound(),
                WriteOutcome.Forbidden => TypedResults.Problem(title: t["Lifecycle.Forbidden"], detail: t["Audits.Forbidden"], statusCode: StatusCodes.Status403Forbidden),
                WriteOutcome.Stale => TypedResults.Problem(title: t["Concurrency.Title"], detail: t["Concurrency.Api"], statusCode: StatusCodes.Status409Conflict,
                    extensions: new Dictionary<string, object?> { ["current"] = Describe((await reader.LoadAsync(auditId, ct))!) }),
                _ => TypedResults.ValidationProblem(uploads.ForApi(result.Errors!, "Audit"), title: t["Api.ValidationFailed"]),
            };
        }
    }
}
