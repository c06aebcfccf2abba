namespace EduDpa.Web.Features.Obligations;

/// <summary>
/// A person's calendar subscription to the due moments of one organisation, at a secret address. Only the
/// hash of the secret is kept; revoking it ends the subscription.
/// </summary>
public sealed class CalendarFeed
{
    private CalendarFeed() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string TokenHash { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public static CalendarFeed Create(Guid userId, Guid organisationId, string tokenHash, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), UserId = userId, OrganisationId = organisationId, TokenHash = tokenHash, CreatedAt = now };

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
