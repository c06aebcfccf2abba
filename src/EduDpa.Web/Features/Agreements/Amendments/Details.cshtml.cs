using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Agreements.Amendments;

/// <summary>
/// One amendment: the word diff against the model's text, the reason, the full history, and what the
/// acting party may do now (the other party accepts or rejects; the proposer revises or withdraws).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(AgreementReader reader, AmendmentWriter writer, TenantContext tenant, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid AgreementId { get; set; }

    [FromRoute]
    public Guid AmendmentId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AgreementView View { get; private set; } = null!;
    public Amendment Amendment { get; private set; } = null!;

    public sealed class InputModel
    {
        [Display(Name = "Field.Amendment.NewText")]
        public string? NewText { get; set; }

        [Display(Name = "Field.Amendment.Reason")]
        public string? Reason { get; set; }

        [Display(Name = "Field.Amendment.Comment")]
        public string? Comment { get; set; }

        public int Version { get; set; }
    }

    private bool IsEditor => tenant.HasRole(OrganisationRoles.Editor) && View.Agreement.State == AgreementState.Draft;
    public bool IsProposer => Amendment.ProposedBy == View.Role;
    public bool CanDecide => IsEditor && !IsProposer && Amendment.State == AmendmentState.Proposed;
    public bool CanRevise => IsEditor && IsProposer && Amendment.IsOpen;

    public string PartyName(PartyRole role) => role == PartyRole.Controller ? View.Board.Name : View.Processor.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        Input = new InputModel { NewText = Amendment.NewText, Reason = Amendment.Reason, Version = Amendment.Version };
        return Page();
    }

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken) =>
        ActAsync(() => writer.AcceptAsync(AgreementId, AmendmentId, new DecisionRequest(Input.Comment, Input.Version), cancellationToken), "Amendment.Accepted", cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken) =>
        ActAsync(() => writer.RejectAsync(AgreementId, AmendmentId, new DecisionRequest(Input.Comment, Input.Version), cancellationToken), "Amendment.Rejected", cancellationToken);

    public Task<IActionResult> OnPostReviseAsync(CancellationToken cancellationToken) =>
        ActAsync(() => writer.ReviseAsync(AgreementId, AmendmentId, new RevisionRequest(Input.NewText, Input.Reason, Input.Version), cancellationToken), "Amendment.Revised", cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken) =>
        ActAsync(() => writer.WithdrawAsync(AgreementId, AmendmentId, new DecisionRequest(null, Input.Version), cancellationToken), "Amendment.Withdrawn", cancellationToken);

    private async Task<IActionResult> ActAsync(Func<Task<WriteResult<Amendment>>> act, string doneKey, CancellationToken cancellationToken)
    {
        // Reading is for every member; negotiating is for editors.
        if (!tenant.HasRole(OrganisationRoles.Editor))
        {
            return Forbid();
        }
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        var result = await act();
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t[doneKey].Value;
                return Redirect($"/agreements/{AgreementId}/amendments/{AmendmentId}");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Stale:
                await LoadAsync(cancellationToken);
                Input.Version = Amendment.Version;
                ModelState.Remove("Input.Version");
                ModelState.AddModelError(string.Empty, t["Concurrency.Amendment"]);
                return Page();
            default:
                await LoadAsync(cancellationToken);
                messages.AddTo(ModelState, "Input", result.Errors!, "Amendment");
                return Page();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await reader.LoadAsync(AgreementId, cancellationToken) is not { } view || view.Amendments.FirstOrDefault(a => a.Id == AmendmentId) is not { } amendment)
        {
            return false;
        }
        View = view;
        Amendment = amendment;
        return true;
    }
}
