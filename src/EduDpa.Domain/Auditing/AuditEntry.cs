using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EduDpa.Domain.Auditing;

/// <summary>
/// One append-only line of the audit trail: who changed what, when, with the changed fields
/// (old → new) as JSON. Each entry's <see cref="Hash"/> covers its own content and the previous
/// entry's hash, so altering or removing any entry breaks the chain from there on.
/// </summary>
public sealed class AuditEntry
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEntry() { }

    /// <summary>Position in the chain, starting at 1 with no gaps.</summary>
    public long Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public Guid? OrganisationId { get; private set; }
    public string Entity { get; private set; } = string.Empty;
    public string EntityId { get; private set; } = string.Empty;
    public AuditAction Action { get; private set; }
    public string Changes { get; private set; } = "{}";
    public string PreviousHash { get; private set; } = GenesisHash;
    public string Hash { get; private set; } = string.Empty;

    /// <summary>Creates the entry that follows <paramref name="previous"/> (null for the first entry).</summary>
    public static AuditEntry Append(
        (long Sequence, string Hash)? previous,
        DateTimeOffset at,
        Guid? userId,
        string? userName,
        Guid? organisationId,
        string entity,
        string entityId,
        AuditAction action,
        string changes)
    {
        var entry = new AuditEntry
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            // Databases keep microseconds at best; hash what will be read back.
            At = new DateTimeOffset(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero),
            UserId = userId,
            UserName = userName,
            OrganisationId = organisationId,
            Entity = entity,
            EntityId = entityId,
            Action = action,
            Changes = changes,
            PreviousHash = previous?.Hash ?? GenesisHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>SHA-256 (lower-case hex) over the previous hash and every field, each length-prefixed so no two contents collide.</summary>
    public string ComputeHash()
    {
        var builder = new StringBuilder();
        foreach (var field in Fields())
        {
            builder.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private IEnumerable<string> Fields()
    {
        yield return PreviousHash;
        yield return Sequence.ToString(CultureInfo.InvariantCulture);
        yield return At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        yield return UserId?.ToString() ?? string.Empty;
        yield return UserName ?? string.Empty;
        yield return OrganisationId?.ToString() ?? string.Empty;
        yield return Entity;
        yield return EntityId;
        yield return Action.ToString();
        yield return Changes;
    }
}
