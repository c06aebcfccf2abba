using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Web.Features.Agreements.Signing;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Agreements;

/// <summary>An agreement: its summary, the next step for the acting organisation, the findings before signing, Bijlage 3 and the text.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(AgreementReader reader, LifecycleWriter lifecycle, Offers.OfferOpenings openings, TenantContext tenant, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid AgreementId { get; set; }

    [BindProperty]
    public StepForm Step { get; set; } = new();

    public AgreementView View { get; private set; } = null!;
    public bool CanEdit => tenant.HasRole(OrganisationRoles.Editor) && View.Agreement.State == AgreementState.Draft;

    /// <summary>One's own part: while drafting, and for the board also after an offer until approval.</summary>
    public bool CanEditOwnPart => CanEdit || CanEditBoardPart;

    /// <summary>The board completes its own part while drafting and after an offer until its reviewer approves.</summary>
    public bool CanEditBoardPart => tenant.HasRole(OrganisationRoles.Editor) && View.Role == PartyRole.Controller && View.Agreement.BoardPartEditable;

    /// <summary>The ECK iD deviation (model art. 7.4) is offered while nobody proposed it yet.</summary>
    public bool CanProposeEckId => CanEdit && !View.Amendments.Any(a => a.ClauseId == Amendment.EckIdClause && a.State != AmendmentState.Withdrawn);

    public bool Has(OrganisationRoles roles) => tenant.HasRole(roles);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        // The supplier's progress view shows when the board first opened an offer.
        await openings.MarkOpenedAsync(View.Agreement, cancellationToken);
        Step.Name ??= (View.Role == PartyRole.Controller ? View.Agreement.BoardRepresentative : View.Agreement.ProcessorRepresentative)?.Name;
        Step.Function ??= (View.Role == PartyRole.Controller ? View.Agreement.BoardRepresentative : View.Agreement.ProcessorRepresentative)?.Function;
        return Page();
    }

    public Task<IActionResult> OnPostOfferAsync(CancellationToken ct) => AnswerAsync(lifecycle.OfferAsync(AgreementId, Step.ToStep(), ct), "Lifecycle.Offer", ct);

    public Task<IActionResult> OnPostReviewAsync(CancellationToken ct) => AnswerAsync(lifecycle.StartReviewAsync(AgreementId, Step.ToStep(), ct), "Lifecycle.StartReview", ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => AnswerAsync(lifecycle.ApproveAsync(AgreementId, Step.ToStep(), ct), "Lifecycle.Approve", ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) => AnswerAsync(lifecycle.ReturnToDraftAsync(AgreementId, Step.ToStep(), ct), "Lifecycle.ReturnToDraft", ct);

    public Task<IActionResult> OnPostDeclineAsync(CancellationToken ct) => AnswerAsync(lifecycle.DeclineAsync(AgreementId, Step.ToStep(), ct), "Lifecycle.Decline", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => AnswerAsync(lifecycle.WithdrawAsync(AgreementId, Step.ToStep(), ct), "Lifecycle.Withdraw", ct);

    public Task<IActionResult> OnPostSignAsync(CancellationToken ct) =>
        AnswerAsync(lifecycle.SignAsync(AgreementId, new SignRequest(Step.Version, Step.Name, Step.Function), ct), "Lifecycle.Sign", ct);

    public Task<IActionResult> OnPostEndAsync(CancellationToken ct) =>
        AnswerAsync(lifecycle.RecordEndAsync(AgreementId, new EndRequest(Step.Version, Step.EndDate, Step.Reason), ct), "Lifecycle.RecordEnd", ct);

    public Task<IActionResult> OnPostDestructionAsync(CancellationToken ct) =>
        AnswerAsync(lifecycle.ConfirmDestructionAsync(AgreementId,
            new DestructionRequest(Step.Version, Step.Returned, Step.Destroyed, Step.Date, Step.PerformedBy, Step.SubProcessorsConfirmed, Step.Remarks), ct), "Lifecycle.ConfirmDestruction", ct);

    public Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken ct) => AnswerAsync(lifecycle.AcknowledgeAsync(AgreementId, Step.ToStep(), ct), "Lifecycle.Acknowledge", ct);

    public async Task<IActionResult> OnPostSuccessorAsync(CancellationToken ct)
    {
        var result = await lifecycle.StartSuccessorAsync(AgreementId, Step.ToStep(), ct);
        return result.Outcome == WriteOutcome.Saved
            ? Redirect($"/agreements/{result.Value!.Id}")
            : await AnswerAsync(Task.FromResult(result), "Lifecycle.Successor", ct);
    }

    /// <summary>Saved: back to the agreement. Stale (a double click, a second tab): the agreement as it now is, with a note. Refused: the reasons, naming each guard.</summary>
    private async Task<IActionResult> AnswerAsync(Task<WriteResult<ProcessingAgreement>> step, string action, CancellationToken ct)
    {
        var result = await step;
        if (result.Outcome == WriteOutcome.Saved)
        {
            TempData["Status"] = t["Lifecycle.Done", t[action]].Value;
            return Redirect($"/agreements/{AgreementId}");
        }
        if (result.Outcome == WriteOutcome.NotFound || !await LoadAsync(ct))
        {
            return NotFound();
        }
        if (result.Outcome == WriteOutcome.Stale)
        {
            ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
        }
        else
        {
            messages.AddTo(ModelState, "Step.", result.Errors!);
        }
        Step.Version = View.Agreement.Version;
        ModelState.Remove("Step.Version");
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await reader.LoadAsync(AgreementId, cancellationToken) is not { } view)
        {
            return false;
        }
        View = view;
        Step.Version = view.Agreement.Version;
        return true;
    }

    /// <summary>One form for every step; each step reads the fields it needs.</summary>
    public sealed class StepForm
    {
        public int? Version { get; set; }
        public string? Reason { get; set; }
        public string? Name { get; set; }
        public string? Function { get; set; }
        public DateOnly? EndDate { get; set; }
        public bool Returned { get; set; }
        public bool Destroyed { get; set; }
        public DateOnly? Date { get; set; }
        public string? PerformedBy { get; set; }
        public bool SubProcessorsConfirmed { get; set; }
        public string? Remarks { get; set; }

        public StepRequest ToStep() => new(Version, Reason);
    }
}
