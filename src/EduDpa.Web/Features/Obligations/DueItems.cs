using EduDpa.Domain.Obligations;

namespace EduDpa.Web.Features.Obligations;

/// <summary>
/// One duty with a due moment, as the "what is due" dashboard and the calendar feed show it: what it is, for
/// which agreement or product, when it is due, and where it is handled.
/// </summary>
/// <param name="Key">Stable and unique per duty (e.g. "breach:{id}:decision"): the calendar's UID.</param>
/// <param name="Kind">The kind of duty, for filtering and the resource key "Due.Kind.{Kind}".</param>
/// <param name="Title">What to do, in the reader's language.</param>
/// <param name="Counterparty">The other organisation, for the reader to recognise it.</param>
/// <param name="Link">The page where the duty is handled.</param>
public sealed record DueItem(string Key, string Kind, string Title, string Counterparty, DateTimeOffset DueAt, string Link)
{
    public DueStatus StatusAt(DateTimeOffset now) => Deadlines.StatusAt(DueAt, now);
}

/// <summary>
/// A capability with duties that have deadlines (agreements' return and destruction, breaches, requests,
/// certificates, …) lists the open ones of the acting organisation. Register an implementation as a scoped
/// <see cref="IDueItemSource"/>; the dashboard, the calendar feed and the daily digest ask every registered source.
/// </summary>
public interface IDueItemSource
{
    /// <summary>
    /// Every <see cref="DueItem.Kind"/> this source can give, each with its text "Due.Kind.{Kind}" in both resource files:
    /// people choose among them which kinds their daily digest leaves out (/account/manage/notifications). A kind not
    /// listed here still shows on the dashboard and in the digest, but nobody can leave it out.
    /// </summary>
    IReadOnlyList<string> Kinds => [];

    Task<IReadOnlyList<DueItem>> OpenForCurrentOrganisationAsync(CancellationToken cancellationToken);
}
