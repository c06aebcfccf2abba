using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Common;
using EduDpa.Domain.Obligations;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Notifications;

/// <summary>
/// Once per Amsterdam day, from 07:00, one e-mail per person per organisation they belong to with that organisation's open
/// due items as <see cref="DueList"/> gives them to that person there: soonest first, overdue and due-within-a-week marked,
/// each with its link, in the person's language, without the kinds they left out. Nothing due, nothing sent.
/// </summary>
public sealed class DailyDigest(EduDpaDbContext db, IServiceScopeFactory scopes, DigestMemo memo, PublicUrl publicUrl, IStringLocalizer<SharedResource> t) : IScheduledMail
{
    public static readonly TimeOnly SendFrom = new(7, 0);

    public const string PreferencesPath = "/account/manage/notifications";

    public static string KeyFor(Guid userId, Guid organisationId, DateOnly day) =>
        $"digest:{userId}:{organisationId}:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private sealed record Reader(Guid UserId, string Email, string Name, string Culture, Guid OrganisationId, string OrganisationName, OrganisationKind Kind, OrganisationRoles Roles);

    public async Task<int> EnqueueDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(now, AmsterdamTime.Zone).DateTime;
        if (TimeOnly.FromDateTime(local) < SendFrom)
        {
            return 0;
        }
        var day = DateOnly.FromDateTime(local);
        var everyone = await (from m in db.Memberships.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
                              join u in db.Users on m.UserId equals u.Id
                              join o in db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]) on m.OrganisationId equals o.Id
                              where u.Email != null
                              select new Reader(u.Id, u.Email!, u.DisplayName, u.PreferredCulture, o.Id, o.Name, o.Kind, m.Roles))
            .ToListAsync(cancellationToken);
        var preferences = await db.NotificationPreferences.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .ToDictionaryAsync(p => p.UserId, cancellationToken);
        var readers = everyone
            .Where(r => preferences.GetValueOrDefault(r.UserId)?.DigestEnabled != false && !memo.IsDone(r.UserId, r.OrganisationId, day))
            .ToList();
        var sent = await MailOutbox.EnqueuedKeysAsync(db, [.. readers.Select(r => KeyFor(r.UserId, r.OrganisationId, day))], cancellationToken);

        var mails = new List<(string Key, MailMessage Message)>();
        var looked = new List<Reader>();
        foreach (var reader in readers.Where(r => !sent.Contains(KeyFor(r.UserId, r.OrganisationId, day))))
        {
            var preference = preferences.GetValueOrDefault(reader.UserId) ?? NotificationPreference.Default(reader.UserId);
            using var language = new CultureScope(reader.Culture);
            var items = (await DueForAsync(reader, cancellationToken)).Where(i => preference.Includes(i.Kind)).ToList();
            looked.Add(reader);
            if (items.Count > 0)
            {
                mails.Add((KeyFor(reader.UserId, reader.OrganisationId, day), Compose(reader, items, day, now)));
            }
        }
        var enqueued = await MailOutbox.SaveOnceAsync(db, mails, now, cancellationToken);
        foreach (var reader in looked)
        {
            memo.Done(reader.UserId, reader.OrganisationId, day);
        }
        return enqueued;
    }

    /// <summary>The due list exactly as the person sees it signed in to that organisation: a scope of its own acting as them.</summary>
    private async Task<IReadOnlyList<DueItem>> DueForAsync(Reader reader, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Set(reader.UserId, reader.Email, PlatformRoles.None,
            [new MemberOrganisation(reader.OrganisationId, reader.OrganisationName, reader.Kind, reader.Roles)], reader.OrganisationId);
        return await scope.ServiceProvider.GetRequiredService<DueList>().AllAsync(cancellationToken);
    }

    private MailMessage Compose(Reader reader, List<DueItem> items, DateOnly day, DateTimeOffset now)
    {
        var list = new StringBuilder();
        foreach (var item in items)
        {
            var status = item.StatusAt(now);
            var mark = status == DueStatus.Open ? string.Empty : $"[{t[$"Due.Status.{status}"]}] ";
            var when = TimeZoneInfo.ConvertTime(item.DueAt, AmsterdamTime.Zone).ToString("g", CultureInfo.CurrentCulture);
            var counterparty = string.IsNullOrEmpty(item.Counterparty) ? string.Empty : $" – {item.Counterparty}";
            list.Append(CultureInfo.InvariantCulture, $"- {mark}{when}: {item.Title}{counterparty}\n  {publicUrl.For(item.Link)}\n");
        }
        var date = day.ToString("d", CultureInfo.CurrentCulture);
        return new MailMessage(reader.Email,
            t["Mail.Digest.Subject", reader.OrganisationName, date, items.Count],
            t["Mail.Digest.Body", reader.Name, reader.OrganisationName, date, list.ToString(), publicUrl.For("/due"), publicUrl.For(PreferencesPath)]);
    }
}

/// <summary>
/// Which person-organisations this instance has already looked at today, sent or not, so that the ticks after the first
/// of the day do not build everyone's due list again. Another instance, or this one after a restart, looks once more;
/// the outbox key keeps that to one mail.
/// </summary>
public sealed class DigestMemo
{
    private readonly ConcurrentDictionary<(Guid UserId, Guid OrganisationId), DateOnly> _lookedAt = new();

    public bool IsDone(Guid userId, Guid organisationId, DateOnly day) => _lookedAt.TryGetValue((userId, organisationId), out var done) && done == day;

    public void Done(Guid userId, Guid organisationId, DateOnly day) => _lookedAt[(userId, organisationId)] = day;
}
