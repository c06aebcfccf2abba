using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Changes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Changes;

/// <summary>
/// One agreement's notice of a change: what changes, section by section against the version that applies to it,
/// the deadline, and the forms for each party's step (accept or object; withdraw; the outcome of the consultation).
/// </summary>
[Authorize(Policy = Policies.Member)]
public sealed class NoticeModel(NoticeReader reader, NoticeWriter writer, TenantContext tenant, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid ChangeId { get; set; }

    [FromRoute]
    public Guid AgreementId { get; set; }

    [BindProperty]
    public NoticeStepForm Step { get; set; } = new();

    public NoticeDetails Details { get; private set; } = null!;

    public bool MayHandle => tenant.HasRole(NoticeWriter.Handlers);

    public IEnumerable<SelectListItem> Outcomes => Enum.GetValues<ConsultationOutcomeKind>().Select(o => new SelectListItem(t[$"ConsultationOutcome.{o}"], o.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        AfterAsync(writer.ReactAsync(ChangeId, AgreementId, new NoticeReactionRequest(Step.Version, true, null), ct), ct);

    public Task<IActionResult> OnPostObjectAsync(CancellationToken ct) =>
        AfterAsync(writer.ReactAsync(ChangeId, AgreementId, new NoticeReactionRequest(Step.Version, false, Step.Reason), ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) =>
        AfterAsync(writer.WithdrawAsync(ChangeId, AgreementId, new NoticeWithdrawalRequest(Step.Version, Step.Reason), ct), ct);

    public Task<IActionResult> OnPostOutcomeAsync(CancellationToken ct) =>
        AfterAsync(writer.RecordOutcomeAsync(ChangeId, AgreementId, new ConsultationOutcomeRequest(Step.Version, Step.Outcome, Step.Note, Step.EndDate), ct), ct);

    private async Task<IActionResult> AfterAsync(Task<WriteResult<ChangeNotice>> step, CancellationToken ct)
    {
        var result = await step;
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Change.Saved"].Value;
                return Redirect(NoticeMails.NoticeLink(ChangeId, AgreementId));
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Forbidden:
                return Forbid();
            case WriteOutcome.Stale:
                ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
                break;
            default:
                messages.AddTo(ModelState, "Step", result.Errors!, "Change");
                break;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await reader.LoadAsync(ChangeId, AgreementId, ct) is not { } details)
        {
            return false;
        }
        Details = details;
        return true;
    }

    public sealed class NoticeStepForm
    {
        public int? Version { get; set; }
        [Display(Name = "Field.Change.ObjectionReason")] public string? Reason { get; set; }
        [Display(Name = "Field.Change.Outcome")] public ConsultationOutcomeKind? Outcome { get; set; }
        [Display(Name = "Field.Change.Note")] public string? Note { get; set; }
        [Display(Name = "Field.Change.EndDate")] public DateOnly? EndDate { get; set; }
    }
}
