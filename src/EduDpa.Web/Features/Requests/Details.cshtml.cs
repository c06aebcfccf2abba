using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Requests;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Requests;

/// <summary>A request: its facts, due moment and history, and the steps the acting party may take (editors and admins only).</summary>
[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(RequestReader reader, RequestWriter writer, TenantContext tenant, TimeProvider clock, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid RequestId { get; set; }

    [BindProperty]
    public StepForm Step { get; set; } = new();

    public RequestView View { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    public bool IsBoard => View.Role == PartyRole.Controller;
    public bool CanAct => tenant.HasRole(RequestWriter.Actors);

    public IEnumerable<SelectListItem> Outcomes => Enum.GetValues<RequestOutcome>().Select(v => new SelectListItem(t[$"RequestOutcome.{v}"], v.ToString()));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostExtendAsync(CancellationToken ct) =>
        AnswerAsync(() => writer.ExtendAsync(RequestId, new ExtendInput(Step.Version, Step.Reason), ct), "Requests.Extend", ct);

    public Task<IActionResult> OnPostOutcomeAsync(CancellationToken ct) =>
        AnswerAsync(() => writer.RecordOutcomeAsync(RequestId, new OutcomeInput(Step.Version, Step.Outcome, Step.Explanation, RequestText.FromDate(Step.AnsweredAt, clock)), ct), "Requests.RecordOutcome", ct);

    public Task<IActionResult> OnPostAssistanceAsync(CancellationToken ct) =>
        AnswerAsync(() => writer.AskAssistanceAsync(RequestId, new AssistanceInput(Step.Version, Step.Question), ct), "Requests.AskAssistance", ct);

    public Task<IActionResult> OnPostAnswerAsync(CancellationToken ct) =>
        AnswerAsync(() => writer.AnswerAssistanceAsync(RequestId, new AssistanceAnswerInput(Step.Version, Step.Answer), ct), "Requests.AnswerAssistance", ct);

    /// <summary>Only editors and admins take steps; saved: back to the request; refused: the reasons beside their fields.</summary>
    private async Task<IActionResult> AnswerAsync(Func<Task<WriteResult<DataSubjectRequest>>> step, string action, CancellationToken ct)
    {
        if (!CanAct)
        {
            return Forbid();
        }
        var result = await step();
        if (result.Outcome == WriteOutcome.Saved)
        {
            TempData["Status"] = t["Lifecycle.Done", t[action]].Value;
            return Redirect($"/requests/{RequestId}");
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
            messages.AddTo(ModelState, "Step", result.Errors!, "Request");
        }
        Step.Version = View.Request.Version;
        ModelState.Remove("Step.Version");
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await reader.LoadAsync(RequestId, ct) is not { } view)
        {
            return false;
        }
        View = view;
        Now = clock.GetUtcNow();
        Step.Version = view.Request.Version;
        return true;
    }

    public sealed class StepForm
    {
        public int? Version { get; set; }
        public string? Reason { get; set; }
        public string? Outcome { get; set; }
        public string? Explanation { get; set; }
        public DateOnly? AnsweredAt { get; set; }
        public string? Question { get; set; }
        public string? Answer { get; set; }
    }
}
