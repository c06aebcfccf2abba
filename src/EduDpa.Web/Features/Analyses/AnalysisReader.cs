using EduDpa.Domain.Analyses;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Analyses;

/// <summary>One version in an analysis's history, with what its verdicts changed against the version before it.</summary>
public sealed record AnalysisVersionEntry(Guid Id, int Number, AnalysisState State, DateTimeOffset? PublishedAt, bool Superseded, IReadOnlyList<VerdictChange> Changes);

/// <summary>
/// An analysis as the reader sees it: the version itself, every version of it the reader may see, and for a board its own
/// decision on this version, or on an older one that needs review now that this one is published (with the verdicts changed since).
/// </summary>
public sealed record AnalysisView(
    TermsAnalysis Analysis,
    IReadOnlyList<AnalysisVersionEntry> Versions,
    AnalysisDecision? Decision,
    AnalysisDecision? EarlierDecision,
    IReadOnlyList<VerdictChange> ChangedSinceEarlierDecision,
    Guid? CurrentVersionId);

/// <summary>
/// Reads analyses: an analyst reads every version in every state; a member of a school board reads the published (and withdrawn)
/// ones, with its own decisions; anyone else none. Analyses have no tenant: this is where that is decided.
/// </summary>
public sealed class AnalysisReader(EduDpaDbContext db, TenantContext tenant)
{
    public bool IsAnalyst => tenant.IsAnalyst;

    public bool IsBoard => tenant.Current?.Kind == OrganisationKind.SchoolBoard;

    private IQueryable<TermsAnalysis> Visible()
    {
        var query = db.Analyses.AsNoTracking();
        if (IsAnalyst)
        {
            return query;
        }
        return IsBoard
            ? query.Where(a => a.State == AnalysisState.Published || a.State == AnalysisState.Withdrawn)
            : query.Where(a => false);
    }

    /// <summary>Every analysis the reader may see, newest version of each first, then by title.</summary>
    public async Task<IReadOnlyList<TermsAnalysis>> ListAsync(CancellationToken ct)
    {
        var all = await Visible().ToListAsync(ct);
        return [.. all.OrderBy(a => a.Title, StringComparer.CurrentCulture).ThenBy(a => a.SeriesId).ThenByDescending(a => a.Number)];
    }

    public async Task<TermsAnalysis?> FindAsync(Guid id, CancellationToken ct) => await Visible().FirstOrDefaultAsync(a => a.Id == id, ct);

    public async Task<AnalysisView?> LoadAsync(Guid id, CancellationToken ct)
    {
        var analysis = await FindAsync(id, ct);
        if (analysis is null)
        {
            return null;
        }
        var series = await Visible().Where(a => a.SeriesId == analysis.SeriesId).OrderBy(a => a.Number).ToListAsync(ct);
        var versions = series.Select((v, i) => new AnalysisVersionEntry(v.Id, v.Number, v.State, v.PublishedAt, v.SupersededById is not null,
            i == 0 ? [] : AnalysisDifference.Between(series[i - 1].Rows, v.Rows))).ToList();
        var current = series.LastOrDefault(v => v.IsCurrent)?.Id;
        AnalysisDecision? decision = null, earlier = null;
        IReadOnlyList<VerdictChange> changed = [];
        if (IsBoard)
        {
            var mine = await db.AnalysisDecisions.AsNoTracking().Where(d => d.SeriesId == analysis.SeriesId).ToListAsync(ct);
            decision = mine.FirstOrDefault(d => d.AnalysisId == analysis.Id);
            if (decision is null && analysis.IsCurrent)
            {
                earlier = mine.Where(d => d.AnalysisNumber < analysis.Number).MaxBy(d => d.AnalysisNumber);
                if (earlier is not null && series.FirstOrDefault(v => v.Id == earlier.AnalysisId) is { } decidedOn)
                {
                    changed = AnalysisDifference.Between(decidedOn.Rows, analysis.Rows);
                }
            }
        }
        return new AnalysisView(analysis, versions, decision, earlier, changed, current);
    }
}

/// <summary>A board's decision as registers and dashboards list it: the vendor as the board's supplier, the analysis it rests on, and whether a newer version of that analysis waits for a new decision.</summary>
public sealed record BoardDecisionRow(
    Guid DecisionId, Guid BoardId, Guid AnalysisId, Guid SeriesId, int AnalysisNumber, string AnalysisTitle,
    Guid? VendorOrganisationId, string VendorName, DecisionOutcome Outcome, DateOnly DecidedOn, string DecidedByName, string DecidedByFunction,
    bool AcceptsTerms, Guid? NewerVersionId, int? NewerVersionNumber, DateTimeOffset? NewerVersionPublishedAt)
{
    public bool NeedsReview => NewerVersionId is not null;
}

/// <summary>
/// Boards' decisions on vendors' own terms, for the board's dashboard and, across tenants, for the registers and public
/// pages (which read one board's decisions by its id): per analysis the decision on the newest version the board decided on.
/// </summary>
public sealed class AnalysisDecisionReader(EduDpaDbContext db)
{
    /// <summary>The decisions of <paramref name="boardId"/> that accept the vendor's terms (with or without measures), with the vendor and the analysis title.</summary>
    public async Task<IReadOnlyList<BoardDecisionRow>> AcceptingTermsAsync(Guid boardId, CancellationToken ct) =>
        [.. (await OfBoardAsync(boardId, ct)).Where(d => d.AcceptsTerms)];

    /// <summary>Every current decision of <paramref name="boardId"/>: one per analysis, marked when a newer published version needs a new decision.</summary>
    public async Task<IReadOnlyList<BoardDecisionRow>> OfBoardAsync(Guid boardId, CancellationToken ct)
    {
        var decisions = await db.AnalysisDecisions.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .Where(d => d.BoardId == boardId).ToListAsync(ct);
        var latest = decisions.GroupBy(d => d.SeriesId).Select(g => g.MaxBy(d => d.AnalysisNumber)!).ToList();
        var series = latest.Select(d => d.SeriesId).ToList();
        var current = await db.Analyses.AsNoTracking()
            .Where(a => series.Contains(a.SeriesId) && a.State == AnalysisState.Published && a.SupersededById == null)
            .Select(a => new { a.SeriesId, a.Id, a.Number, a.PublishedAt }).ToListAsync(ct);
        return [.. latest.OrderBy(d => d.VendorName, StringComparer.CurrentCulture).Select(d =>
        {
            var newer = current.FirstOrDefault(c => c.SeriesId == d.SeriesId && c.Number > d.AnalysisNumber);
            return new BoardDecisionRow(d.Id, d.BoardId, d.AnalysisId, d.SeriesId, d.AnalysisNumber, d.AnalysisTitle, d.VendorOrganisationId, d.VendorName,
                d.Outcome, d.DecidedOn, d.DecidedByName, d.DecidedByFunction, d.AcceptsTerms, newer?.Id, newer?.Number, newer?.PublishedAt);
        })];
    }
}
