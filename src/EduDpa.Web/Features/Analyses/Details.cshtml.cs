using EduDpa.Domain.Analyses;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Analyses;

/// <summary>
/// One version of an analysis: its rows per framework with their colours, the counts and attention items, the downloads, the
/// version history with the verdicts each version changed; for analysts the workflow steps, for a board its own decision.
/// </summary>
[Authorize(Policy = Policies.AnalysisReader)]
public sealed class DetailsModel(AnalysisReader reader, AnalysisWriter writer, TenantContext tenant, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid AnalysisId { get; set; }

    [BindProperty]
    public AnalysisStepForm Step { get; set; } = new();

    [BindProperty]
    public DecisionForm Decision { get; set; } = new();

    public AnalysisView View { get; private set; } = null!;

    public bool IsAnalyst => tenant.IsAnalyst;

    public bool IsBoard => reader.IsBoard;

    public bool MayDecide => Policies.Requirements[Policies.BoardEditorOrAdmin].IsMetBy(tenant);

    public Guid? Me => tenant.UserId;

    public string? BoardName => tenant.Current?.Name;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Decision = DecisionFormFor(View);
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => AnalystAsync(() => writer.SubmitAsync(AnalysisId, StepRequest(), ct), "Analysis.Submitted", ct);

    public Task<IActionResult> OnPostReviewAsync(CancellationToken ct) => AnalystAsync(() => writer.ReviewAsync(AnalysisId, StepRequest(), ct), "Analysis.Reviewed", ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) => AnalystAsync(() => writer.ReturnAsync(AnalysisId, StepRequest(), ct), "Analysis.Returned", ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => AnalystAsync(() => writer.PublishAsync(AnalysisId, StepRequest(), ct), "Analysis.Published", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => AnalystAsync(() => writer.WithdrawAsync(AnalysisId, StepRequest(), ct), "Analysis.WithdrawnStatus", ct);

    public Task<IActionResult> OnPostNewVersionAsync(CancellationToken ct) => AnalystAsync(() => writer.NewVersionAsync(AnalysisId, ct), "Analysis.NewVersionStarted", ct);

    public async Task<IActionResult> OnPostDecideAsync(CancellationToken ct)
    {
        if (!MayDecide)
        {
            return Forbid();
        }
        var result = await writer.DecideAsync(AnalysisId, Decision.ToRequest(), ct);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Analysis.DecisionSaved"].Value;
                return Redirect($"/analyses/{AnalysisId}#decision");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Forbidden:
                return Forbid();
            case WriteOutcome.Stale:
                ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
                break;
            default:
                messages.AddTo(ModelState, "Decision", result.Errors!, "Decision");
                break;
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private AnalysisStepRequest StepRequest() => new(Step.Version, Step.Comment, Step.Reason);

    private async Task<IActionResult> AnalystAsync(Func<Task<WriteResult<TermsAnalysis>>> step, string done, CancellationToken ct)
    {
        if (!IsAnalyst)
        {
            return Forbid();
        }
        var result = await step();
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t[done].Value;
                return Redirect($"/analyses/{result.Value!.Id}");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Forbidden:
                return Forbid();
            case WriteOutcome.Stale:
                ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
                break;
            default:
                messages.AddTo(ModelState, "Step", result.Errors!, "Analysis");
                break;
        }
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Decision = DecisionFormFor(View);
        return Page();
    }

    /// <summary>The decision form: the board's decision as recorded, or empty with one measure field per attention item.</summary>
    private static DecisionForm DecisionFormFor(AnalysisView view)
    {
        var d = view.Decision;
        return new DecisionForm
        {
            Version = d?.Version, Outcome = d?.Outcome, DecidedOn = d?.DecidedOn, DecidedByName = d?.DecidedByName, DecidedByFunction = d?.DecidedByFunction, Rationale = d?.Rationale,
            Measures = [.. view.Analysis.Rows.Where(r => r.IsAttention).Select(r => new MeasureForm
            {
                Framework = r.Framework, Reference = r.Reference,
                Measure = d?.Measures.FirstOrDefault(m => m.Framework == r.Framework && m.Reference == r.Reference)?.Measure,
            })],
        };
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await reader.LoadAsync(AnalysisId, ct) is not { } view)
        {
            return false;
        }
        View = view;
        return true;
    }
}
