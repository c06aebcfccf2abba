using EduDpa.Domain.Breaches;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Breaches;

/// <summary>A breach: its facts, the board's decisions with the 72-hour clock, the timeline, and the forms for each step.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(BreachReader reader, BreachWriter writer, TenantContext tenant, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid BreachId { get; set; }

    [BindProperty]
    public BreachStepForm Step { get; set; } = new();

    public BreachView View { get; private set; } = null!;

    public bool MayHandle => tenant.HasRole(BreachWriter.Handlers);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostUpdateAsync(CancellationToken ct) =>
        AfterAsync(writer.AddUpdateAsync(BreachId, new BreachUpdateRequest(Step.Version, Step.Text), ct), ct);

    public Task<IActionResult> OnPostAuthorityAsync(CancellationToken ct) =>
        AfterAsync(writer.DecideAuthorityAsync(BreachId, new AuthorityDecisionRequest(Step.Version, Step.Notified, BreachForm.At(Step.NotifiedAt), Step.Reference, Step.Reason), ct), ct);

    public Task<IActionResult> OnPostDataSubjectsAsync(CancellationToken ct) =>
        AfterAsync(writer.DecideDataSubjectsAsync(BreachId, new DataSubjectsDecisionRequest(Step.Version, Step.Informed, BreachForm.At(Step.InformedAt), Step.Reason), ct), ct);

    public Task<IActionResult> OnPostCloseAsync(CancellationToken ct) =>
        AfterAsync(writer.CloseAsync(BreachId, new CloseBreachRequest(Step.Version, Step.CorrectiveMeasures), ct), ct);

    private async Task<IActionResult> AfterAsync(Task<WriteResult<DataBreach>> step, CancellationToken ct)
    {
        var result = await step;
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Breach.Saved"].Value;
                return Redirect($"/breaches/{BreachId}");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Forbidden:
                return Forbid();
            case WriteOutcome.Stale:
                ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
                break;
            default:
                messages.AddTo(ModelState, "Step", result.Errors!, "Breach");
                break;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await reader.LoadAsync(BreachId, ct) is not { } view)
        {
            return false;
        }
        View = view;
        return true;
    }
}
