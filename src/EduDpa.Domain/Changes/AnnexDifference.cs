using EduDpa.Domain.Annexes;

namespace EduDpa.Domain.Changes;

/// <summary>A sub-processor whose details (processing, data, countries) changed between two versions.</summary>
public sealed record SubProcessorChange(SubProcessor Before, SubProcessor After);

/// <summary>
/// What a newly published annex version changes compared with the version before it, item by item, as far as
/// art. 11.2 and 14.3 care: what it adds to the processing, how the sub-processors change, and for Bijlage 2
/// which measures it no longer meets.
/// </summary>
public sealed record AnnexDifference(
    IReadOnlyList<string> AddedPurposes,
    IReadOnlyList<string> AddedThirdParties,
    bool OtherPurposeChanged,
    IReadOnlyList<string> AddedDataCategories,
    IReadOnlyList<Service> AddedServices,
    IReadOnlyList<SubProcessor> AddedSubProcessors,
    IReadOnlyList<SubProcessor> RemovedSubProcessors,
    IReadOnlyList<SubProcessorChange> ChangedSubProcessors,
    IReadOnlyList<Transfer> AddedTransfers,
    IReadOnlyList<string> WeakenedMeasures,
    bool ClassificationChanged)
{
    public static readonly AnnexDifference None = new([], [], false, [], [], [], [], [], [], [], false);

    public bool SubProcessorsChanged => AddedSubProcessors.Count + RemovedSubProcessors.Count + ChangedSubProcessors.Count > 0;

    /// <summary>
    /// Art. 14.3: a change that may extend the processing (new purposes, data, functionality, transfers), a change
    /// in the sub-processors that was not announced under art. 11.2, or a weaker security position.
    /// </summary>
    public bool IsSignificant =>
        AddedPurposes.Count > 0 || AddedThirdParties.Count > 0 || OtherPurposeChanged || AddedDataCategories.Count > 0 || AddedServices.Count > 0
        || SubProcessorsChanged || AddedTransfers.Count > 0 || WeakenedMeasures.Count > 0 || ClassificationChanged;
}

/// <summary>Compares two versions of an annex. A missing earlier version counts as empty: everything is new.</summary>
public static class AnnexComparison
{
    public static AnnexDifference Privacy(PrivacyAnnex? before, PrivacyAnnex after)
    {
        before ??= PrivacyAnnex.Empty(after.Model);
        var oldServices = before.AllServices.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var oldSubs = before.SubProcessors.Where(s => s.Name is not null).ToDictionary(s => Key(s.Name!), StringComparer.Ordinal);
        var newSubs = after.SubProcessors.Where(s => s.Name is not null).ToDictionary(s => Key(s.Name!), StringComparer.Ordinal);
        // A consent holds for a transfer as it was given: a changed transfer needs it again, like a new one.
        var oldTransfers = before.Transfers.Select(AnnexJson.Fingerprint).ToHashSet(StringComparer.Ordinal);
        return new AnnexDifference(
            Added(before.Purposes, after.Purposes),
            Added(before.ThirdParties, after.ThirdParties),
            after.OtherPurpose is not null && !string.Equals(before.OtherPurpose, after.OtherPurpose, StringComparison.Ordinal),
            Added(before.DataCategories.Select(c => c.Id), after.DataCategories.Select(c => c.Id)),
            [.. after.AllServices.Where(s => !oldServices.Contains(s.Id))],
            [.. newSubs.Where(s => !oldSubs.ContainsKey(s.Key)).Select(s => s.Value)],
            [.. oldSubs.Where(s => !newSubs.ContainsKey(s.Key)).Select(s => s.Value)],
            [.. newSubs.Where(s => oldSubs.TryGetValue(s.Key, out var old) && !Same(old, s.Value)).Select(s => new SubProcessorChange(oldSubs[s.Key], s.Value))],
            [.. after.Transfers.Where(t => !oldTransfers.Contains(AnnexJson.Fingerprint(t)))],
            [],
            false);
    }

    public static AnnexDifference Security(SecurityAnnex? before, SecurityAnnex after)
    {
        before ??= SecurityAnnex.Empty(after.Model);
        var affirmed = after.Measures.Where(m => m.Affirmed).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var met = after.Rosa.Where(r => r.Compliance == Compliance.Met).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var weakened = before.Measures.Where(m => m.Affirmed && !affirmed.Contains(m.Id)).Select(m => m.Id)
            .Concat(before.Rosa.Where(r => r.Compliance == Compliance.Met && !met.Contains(r.Id)).Select(r => r.Id))
            .ToList();
        return AnnexDifference.None with
        {
            WeakenedMeasures = weakened,
            ClassificationChanged = before.Assessment.Classification != after.Assessment.Classification,
        };
    }

    private static string Key(string name) => name.Trim().ToUpperInvariant();

    private static bool Same(SubProcessor a, SubProcessor b) =>
        a.Processing == b.Processing && a.ProcessingCountryCode == b.ProcessingCountryCode && a.EstablishmentCountryCode == b.EstablishmentCountryCode
        && a.DataCategories.Order(StringComparer.Ordinal).SequenceEqual(b.DataCategories.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static List<string> Added(IEnumerable<string> before, IEnumerable<string> after)
    {
        var old = before.ToHashSet(StringComparer.Ordinal);
        return [.. after.Where(id => !old.Contains(id)).Distinct(StringComparer.Ordinal)];
    }
}
