namespace EduDpa.Web.Features.Notifications;

/// <summary>
/// What one person wants in their daily digest: whether they get it at all, and which kinds of due items
/// (<see cref="Obligations.DueItem.Kind"/>) it leaves out. Without a row they get everything. Immediate mails
/// (a breach, a new notice) do not look at it.
/// </summary>
public sealed class NotificationPreference
{
    private NotificationPreference() { }

    public Guid UserId { get; private set; }
    public bool DigestEnabled { get; private set; } = true;
    public List<string> ExcludedKinds { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public static NotificationPreference Default(Guid userId) => new() { UserId = userId };

    public void Change(bool digestEnabled, IEnumerable<string> excludedKinds, DateTimeOffset now)
    {
        DigestEnabled = digestEnabled;
        ExcludedKinds = [.. excludedKinds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        UpdatedAt = now;
    }

    public bool Includes(string kind) => DigestEnabled && !ExcludedKinds.Contains(kind);
}
