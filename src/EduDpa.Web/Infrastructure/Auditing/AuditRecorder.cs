using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Auditing;
using EduDpa.Domain.Breaches;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Offers;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using EduDpa.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace EduDpa.Web.Infrastructure.Auditing;

/// <summary>One change to record: which entity, which action, which fields changed (old → new) as JSON.</summary>
public sealed record AuditedChange(string Entity, string EntityId, Guid? OrganisationId, AuditAction Action, string ChangesJson);

/// <summary>
/// Turns the change tracker's pending inserts, updates and deletes of domain data into audit lines.
/// Secrets are never written: for them the trail says only that they changed.
/// </summary>
public static class AuditRecorder
{
    private const string Redacted = "[secret]";

    /// <summary>Fields whose value is secret: recorded as changed, never by value.</summary>
    private static readonly HashSet<string> SecretFields =
        [nameof(User.PasswordHash), nameof(Invitation.TokenHash), nameof(AccessToken.TokenHash)];

    /// <summary>Bookkeeping fields that change without anyone changing anything of substance.</summary>
    private static readonly HashSet<string> IgnoredFields =
        [nameof(User.SecurityStamp), nameof(User.ConcurrencyStamp), nameof(User.AccessFailedCount), nameof(AccessToken.LastUsedAt)];

    /// <summary>Content too large for the trail; its hash beside it is recorded, and says the same.</summary>
    private static readonly HashSet<string> HashedFields =
        [nameof(SignedSnapshot.ContentJson), nameof(SignedSnapshot.Pdf), nameof(SignedSnapshot.Docx), nameof(SignedSnapshot.ExecutedPdf), nameof(EduDpa.Domain.Files.StoredDocument.Bytes)];

    public static IReadOnlyList<AuditedChange> Collect(ChangeTracker tracker)
    {
        var changes = new List<AuditedChange>();
        foreach (var entry in tracker.Entries())
        {
            if (OrganisationOf(entry.Entity) is not { } owner)
            {
                continue;
            }
            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is null)
            {
                continue;
            }
            var fields = ChangedFields(entry, action.Value);
            if (action == AuditAction.Update && fields.Count == 0)
            {
                continue;
            }
            // A composite key (a change's notice to one agreement) is written as its parts joined by '/'.
            var id = string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue)));
            changes.Add(new AuditedChange(entry.Metadata.ClrType.Name, id, owner.OrganisationId, action.Value, JsonSerializer.Serialize(fields)));
        }
        return changes;
    }

    /// <summary>
    /// Which entities are domain data, and the organisation each belongs to. Anything not listed
    /// here (the audit trail itself, data-protection keys, Identity's token rows) is not audited.
    /// </summary>
    private static Owner? OrganisationOf(object entity) => entity switch
    {
        Organisation o => new Owner(o.Id),
        School s => new Owner(s.OrganisationId),
        Product p => new Owner(p.SupplierId),
        Membership m => new Owner(m.OrganisationId),
        Invitation i => new Owner(i.OrganisationId),
        AccessToken t => new Owner(t.OrganisationId),
        // An agreement has two parties; its lines are kept under the school board's and found by the agreement's id.
        ProcessingAgreement a => new Owner(a.BoardId),
        Amendment a => new Owner(a.BoardId),
        AnnexVersion v => new Owner(v.SupplierId),
        // Like an agreement's: a breach's lines are kept under the school board's.
        DataBreach b => new Owner(b.BoardId),
        SignedSnapshot => new Owner(null),
        OpenOffer o => new Owner(o.ProcessorId),
        Features.Obligations.CalendarFeed f => new Owner(f.OrganisationId),
        // Like an agreement's: kept under the school board, the controller who answers the request.
        EduDpa.Domain.Requests.DataSubjectRequest r => new Owner(r.BoardId),
        AnnexChange c => new Owner(c.SupplierId),
        // Like an agreement's: a notice's lines are kept under the school board that answers it.
        ChangeNotice n => new Owner(n.BoardId),
        EduDpa.Domain.Certificates.Certificate c => new Owner(c.SupplierId),
        // Like an agreement's: kept under the school board that asked for the audit.
        EduDpa.Domain.Audits.AuditRequest a => new Owner(a.BoardId),
        // A document's line records its name, size and SHA-256 (never the bytes); its owner's line says what it belongs to.
        EduDpa.Domain.Files.StoredDocument => new Owner(null),
        // An analysis is the platform's; a board's decision on it is the board's.
        EduDpa.Domain.Analyses.TermsAnalysis => new Owner(null),
        EduDpa.Domain.Analyses.AnalysisDecision d => new Owner(d.BoardId),
        User => new Owner(null),
        Microsoft.AspNetCore.Identity.IdentityUserPasskey<Guid> => new Owner(null),
        _ => null,
    };

    private sealed record Owner(Guid? OrganisationId);

    private static SortedDictionary<string, FieldChange> ChangedFields(EntityEntry entry, AuditAction action)
    {
        var fields = new SortedDictionary<string, FieldChange>(StringComparer.Ordinal);
        foreach (var (name, property) in Properties(entry))
        {
            if (IgnoredFields.Contains(property.Metadata.Name) || HashedFields.Contains(property.Metadata.Name) || property.Metadata.IsPrimaryKey())
            {
                continue;
            }
            var secret = SecretFields.Contains(property.Metadata.Name);
            switch (action)
            {
                case AuditAction.Insert:
                    fields[name] = new FieldChange(null, secret ? Redacted : Stored(property, property.CurrentValue));
                    break;
                case AuditAction.Delete:
                    fields[name] = new FieldChange(secret ? Redacted : Stored(property, property.OriginalValue), null);
                    break;
                default:
                    var before = Stored(property, property.OriginalValue);
                    var after = Stored(property, property.CurrentValue);
                    if (property.IsModified && before != after)
                    {
                        fields[name] = secret ? new FieldChange(Redacted, Redacted) : new FieldChange(before, after);
                    }
                    break;
            }
        }
        return fields;
    }

    private static IEnumerable<(string Name, PropertyEntry Property)> Properties(EntityEntry entry)
    {
        foreach (var property in entry.Properties)
        {
            yield return (property.Metadata.Name, property);
        }
        foreach (var complex in entry.ComplexProperties)
        {
            foreach (var property in complex.Properties)
            {
                yield return ($"{complex.Metadata.Name}.{property.Metadata.Name}", property);
            }
        }
    }

    /// <summary>A value as <see cref="Format"/> writes it; a record or list stored as a JSON column as that JSON, not its type name.</summary>
    private static string? Stored(PropertyEntry property, object? value) =>
        value is null or string or IFormattable or byte[] or IEnumerable<Guid> || property.Metadata.GetValueConverter() is not { } converter
            ? Format(value)
            : Format(converter.ConvertToProvider(value));

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset d => d.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        byte[] bytes => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(bytes),
        IEnumerable<Guid> ids => string.Join(',', ids),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private sealed record FieldChange(string? Old, string? New);
}
