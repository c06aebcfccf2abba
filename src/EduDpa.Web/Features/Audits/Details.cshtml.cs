using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Audits;
using EduDpa.Web.Features.Certificates;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Audits;

/// <summary>An audit: the proposal, the supplier's answer, the costs, the report and the history, with a form for each step the acting party may take (editors only).</summary>
[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(AuditReader reader, AuditWriter writer, Uploads uploads, TenantContext tenant, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid AuditId { get; set; }

    [BindProperty]
    public AuditStepForm Step { get; set; } = new();

    [BindProperty]
    public ProposalForm Proposal { get; set; } = new();

    public AuditView View { get; private set; } = null!;
    public bool IsBoard => View.Role == PartyRole.Controller;
    public bool CanAct => tenant.HasRole(OrganisationRoles.Editor);
    public int MaxMegabytes => uploads.MaxMegabytes;

    public IEnumerable<SelectListItem> Bearers => Enum.GetValues<CostBearer>().Select(b => new SelectListItem(t[$"CostBearer.{b}"], b.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Proposal = new ProposalForm { Scope = View.Audit.Scope, Auditor = View.Audit.Auditor, PlannedFrom = View.Audit.PlannedFrom, PlannedTo = View.Audit.PlannedTo, Reason = View.Audit.Reason };
        return Page();
    }

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        AnswerAsync(() => writer.ApproveAsync(AuditId, new ApproveAuditInput(Step.Version, Step.Note), ct), "Audits.Approve", ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        AnswerAsync(() => writer.RejectAsync(AuditId, new RejectAuditInput(Step.Version, Step.Reason), ct), "Audits.Reject", ct);

    public Task<IActionResult> OnPostReviseAsync(CancellationToken ct) =>
        AnswerAsync(() => writer.ReviseAsync(AuditId, new ReviseAuditInput(Step.Version, Proposal.Scope, Proposal.Auditor, Proposal.PlannedFrom, Proposal.PlannedTo, Proposal.Reason), ct),
            "Audits.Revise", ct, "Proposal");

    public Task<IActionResult> OnPostCostsAsync(CancellationToken ct) =>
        AnswerAsync(() => writer.ProposeCostsAsync(AuditId, new CostsInput(Step.Version, Step.Bearer, Step.Arrangement), ct), "Audits.ProposeCosts", ct);

    public Task<IActionResult> OnPostAgreeCostsAsync(CancellationToken ct) =>
        AnswerAsync(() => writer.AgreeCostsAsync(AuditId, new AgreeCostsInput(Step.Version), ct), "Audits.AgreeCosts", ct);

    public Task<IActionResult> OnPostReportAsync(CancellationToken ct) =>
        AnswerAsync(async () => await writer.UploadReportAsync(AuditId, Step.Version, Step.Summary, Step.MajorFindings, await uploads.ReadAsync(Step.Document, ct), ct), "Audits.UploadReport", ct);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) =>
        AnswerAsync(() => writer.CloseAsync(AuditId, new CloseAuditInput(Step.Version, Step.ClosingNote), ct), "Audits.Close", ct);

    /// <summary>Only editors take steps; saved: back to the audit; refused: the reasons beside their fields, what was typed kept.</summary>
    private async Task<IActionResult> AnswerAsync(Func<Task<WriteResult<AuditRequest>>> step, string action, CancellationToken ct, string prefix = "Step")
    {
        if (!CanAct)
        {
            return Forbid();
        }
        var result = await step();
        if (result.Outcome == WriteOutcome.Saved)
        {
            TempData["Status"] = t["Lifecycle.Done", t[action]].Value;
            return Redirect($"/audits/{AuditId}");
        }
        if (result.Outcome == WriteOutcome.NotFound || !await LoadAsync(ct))
        {
            return NotFound();
        }
        ModelState.Clear();
        if (result.Outcome == WriteOutcome.Stale)
        {
            ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
        }
        else if (result.Outcome == WriteOutcome.Forbidden)
        {
            return Forbid();
        }
        else
        {
            uploads.AddTo(ModelState, prefix, result.Errors!, "Audit");
        }
        Step.Version = View.Audit.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await reader.LoadAsync(AuditId, ct) is not { } view)
        {
            return false;
        }
        View = view;
        return true;
    }
}
