using EduDpa.Domain.Models;

namespace EduDpa.Domain.Analyses;

/// <summary>Per framework: how many rows have each verdict, and the attention items with what a board should do.</summary>
public sealed record FrameworkSummary(string FrameworkId, string Title, int Conform, int Attention, int NotApplicable, int Unassessed, IReadOnlyList<AnalysisRow> AttentionItems)
{
    public int Total => Conform + Attention + NotApplicable + Unassessed;
}

public static class AnalysisSummary
{
    public static IReadOnlyList<FrameworkSummary> Of(IEnumerable<string> frameworks, IReadOnlyList<AnalysisRow> rows) =>
        [.. frameworks.Select(id =>
        {
            var mine = rows.Where(r => r.Framework == id).ToList();
            return new FrameworkSummary(id, ModelCatalog.Find(id)?.Title ?? id,
                mine.Count(r => r.Verdict == Verdict.Conform), mine.Count(r => r.Verdict == Verdict.Attention),
                mine.Count(r => r.Verdict == Verdict.NotApplicable), mine.Count(r => r.Verdict is null),
                [.. mine.Where(r => r.IsAttention)]);
        })];
}

/// <summary>A row whose verdict differs between two versions; a row only in one of them has null on the other side.</summary>
public sealed record VerdictChange(string Framework, string Reference, Verdict? Before, Verdict? After);

public static class AnalysisDifference
{
    /// <summary>What changed in the verdicts from <paramref name="before"/> to <paramref name="after"/>, in the order of the newer version.</summary>
    public static IReadOnlyList<VerdictChange> Between(IReadOnlyList<AnalysisRow> before, IReadOnlyList<AnalysisRow> after)
    {
        var old = before.ToDictionary(r => r.Key);
        var changes = new List<VerdictChange>();
        foreach (var row in after)
        {
            var had = old.GetValueOrDefault(row.Key);
            if (had is null || had.Verdict != row.Verdict)
            {
                changes.Add(new VerdictChange(row.Framework, row.Reference, had?.Verdict, row.Verdict));
            }
        }
        var kept = after.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(before.Where(r => !kept.Contains(r.Key)).Select(r => new VerdictChange(r.Framework, r.Reference, r.Verdict, null)));
        return changes;
    }
}
