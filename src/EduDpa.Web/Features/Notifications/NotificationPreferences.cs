using EduDpa.Domain.Common;
using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Notifications;

/// <summary>A kind of due item a person may leave out of the digest, with its name in their language.</summary>
public sealed record DueKind(string Kind, string Name);

/// <summary>The signed-in person's digest preferences: reading them, and saving them with only known kinds.</summary>
public sealed class NotificationPreferences(EduDpaDbContext db, TenantContext tenant, IEnumerable<IDueItemSource> sources, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public const string ExcludedKindsField = "ExcludedKinds";
    public const string DigestField = "Digest";

    /// <summary>Every kind the registered due-item sources declare, in their order: a new capability's kinds appear here by themselves.</summary>
    public IReadOnlyList<DueKind> Kinds =>
        [.. sources.SelectMany(s => s.Kinds).Distinct(StringComparer.Ordinal).Select(k => new DueKind(k, t[$"Due.Kind.{k}"].Value))];

    public async Task<NotificationPreference> MineAsync(CancellationToken ct) =>
        await db.NotificationPreferences.AsNoTracking().FirstOrDefaultAsync(p => p.UserId == tenant.UserId, ct)
        ?? NotificationPreference.Default(tenant.UserId!.Value);

    /// <summary>Saves the choice; refuses a missing digest choice or a kind nobody declares, naming the field.</summary>
    public async Task<WriteResult<NotificationPreference>> SaveAsync(bool? digest, IReadOnlyList<string>? excludedKinds, CancellationToken ct)
    {
        var known = Kinds.Select(k => k.Kind).ToList();
        var errors = new ValidationErrors();
        if (digest is null)
        {
            errors.Add(DigestField, ValidationCodes.Required);
        }
        var excluded = new List<string>();
        foreach (var kind in excludedKinds ?? [])
        {
            // A kind as its source names it, whatever the caller's capitals.
            if (known.FirstOrDefault(k => string.Equals(k, kind?.Trim(), StringComparison.OrdinalIgnoreCase)) is { } match)
            {
                excluded.Add(match);
            }
            else
            {
                errors.Add(ExcludedKindsField, ValidationCodes.UnknownValue);
                break;
            }
        }
        if (!errors.IsEmpty)
        {
            return WriteResult<NotificationPreference>.Invalid(errors);
        }
        for (var attempt = 0; ; attempt++)
        {
            var preference = await db.NotificationPreferences.FirstOrDefaultAsync(p => p.UserId == tenant.UserId, ct);
            if (preference is null)
            {
                preference = NotificationPreference.Default(tenant.UserId!.Value);
                db.NotificationPreferences.Add(preference);
            }
            preference.Change(digest!.Value, excluded, clock.GetUtcNow());
            try
            {
                await db.SaveChangesAsync(ct);
                return WriteResult<NotificationPreference>.Saved(preference);
            }
            catch (DbUpdateException first) when (attempt == 0 && UniqueViolation.Is(first))
            {
                db.ChangeTracker.Clear(); // the same person saved from another tab at the same moment: this choice wins
            }
        }
    }
}
