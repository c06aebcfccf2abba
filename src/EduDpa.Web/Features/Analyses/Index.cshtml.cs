using EduDpa.Domain.Analyses;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Analyses;

/// <summary>The analyses: every version for analysts (drafts and reviews first), the published ones with the board's own decision for boards.</summary>
[Authorize(Policy = Policies.AnalysisReader)]
public sealed class IndexModel(AnalysisReader reader, AnalysisDecisionReader decisions, TenantContext tenant) : PageModel
{
    public IReadOnlyList<TermsAnalysis> Analyses { get; private set; } = [];

    /// <summary>The board's current decision per analysis (series).</summary>
    public IReadOnlyDictionary<Guid, BoardDecisionRow> Decisions { get; private set; } = new Dictionary<Guid, BoardDecisionRow>();

    public bool IsAnalyst => tenant.IsAnalyst;

    public bool IsBoard => reader.IsBoard;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await reader.ListAsync(ct);
        Analyses = IsAnalyst ? [.. all.OrderBy(a => a.State is AnalysisState.Published or AnalysisState.Withdrawn)] : all;
        if (IsBoard)
        {
            Decisions = (await decisions.OfBoardAsync(tenant.CurrentOrganisationId!.Value, ct)).ToDictionary(d => d.SeriesId);
        }
    }
}
