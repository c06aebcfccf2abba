using EduDpa.Domain.Common;

namespace EduDpa.Domain.Accounts;

/// <summary>
/// A personal access token for the API: created by a person, bound to one organisation in which
/// it acts with that person's roles. Only a hash of the secret is kept; <see cref="Prefix"/>
/// lets the owner recognise it.
/// </summary>
public sealed class AccessToken
{
    public const int NameMaxLength = 100;

    /// <summary>How often <see cref="LastUsedAt"/> is refreshed, so that API calls do not each write a row.</summary>
    public static readonly TimeSpan UsageResolution = TimeSpan.FromHours(1);

    private AccessToken() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string Prefix { get; private set; } = string.Empty;
    public string TokenHash { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ExpiresAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }

    public static AccessToken Create(Guid userId, Guid organisationId, string? name, string prefix, string tokenHash, DateTimeOffset now, DateTimeOffset? expiresAt)
    {
        var errors = new ValidationErrors();
        var cleanName = Text.Required(name, nameof(Name), NameMaxLength, errors);
        if (expiresAt is { } expiry && expiry <= now)
        {
            errors.Add(nameof(ExpiresAt), ValidationCodes.UnknownValue);
        }
        if (!errors.IsEmpty)
        {
            var (field, codes) = errors.ByField.First();
            throw new DomainRuleViolation(field, codes[0]);
        }
        return new AccessToken
        {
            Id = Guid.CreateVersion7(), UserId = userId, OrganisationId = organisationId, Name = cleanName,
            Prefix = prefix, TokenHash = tokenHash, CreatedAt = now, ExpiresAt = expiresAt,
        };
    }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    /// <summary>Records use, at most once per <see cref="UsageResolution"/>.</summary>
    public bool RecordUse(DateTimeOffset now)
    {
        if (LastUsedAt is { } last && now - last < UsageResolution)
        {
            return false;
        }
        LastUsedAt = now;
        return true;
    }
}
