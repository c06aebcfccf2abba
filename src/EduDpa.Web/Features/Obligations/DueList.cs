namespace EduDpa.Web.Features.Obligations;

/// <summary>Every open duty of the acting organisation, from every capability that has them, soonest first.</summary>
public sealed class DueList(IEnumerable<IDueItemSource> sources)
{
    public async Task<IReadOnlyList<DueItem>> AllAsync(CancellationToken cancellationToken)
    {
        var items = new List<DueItem>();
        foreach (var source in sources)
        {
            items.AddRange(await source.OpenForCurrentOrganisationAsync(cancellationToken));
        }
        return [.. items.OrderBy(i => i.DueAt).ThenBy(i => i.Key, StringComparer.Ordinal)];
    }
}
