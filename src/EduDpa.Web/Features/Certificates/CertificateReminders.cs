using System.Globalization;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Obligations;
using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Certificates;

/// <summary>
/// Reminds the supplier's editors and admins that a current certificate ends: 90, 30 and 0 days before its last valid day
/// (Amsterdam days). Each call enqueues only the most specific reminder reached (a first call 20 days before sends the
/// 30-day one, never the 90-day one too), under the key certificate:{id}:expires-in-{days}:{userId}; the outbox's unique
/// key makes a second call, or a second instance, enqueue nothing. Superseded and withdrawn certificates get none.
/// </summary>
public sealed class CertificateReminders(EduDpaDbContext db, PublicUrl publicUrl, IStringLocalizer<SharedResource> t) : IScheduledMail
{
    public const OrganisationRoles Recipients = OrganisationRoles.Editor | OrganisationRoles.Admin;

    public static string Key(Guid certificateId, int days, Guid userId) => $"certificate:{certificateId}:expires-in-{days}:{userId}";

    public async Task<int> EnqueueDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = Deadlines.DateIn(now);
        var horizon = today.AddDays(Domain.Certificates.Certificate.ReminderDays.Max());
        // The worker acts for no organisation: across all suppliers, current certificates only.
        var candidates = await db.Certificates.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .Where(c => c.WithdrawnAt == null && c.SupersededById == null && c.ValidTo <= horizon).ToListAsync(cancellationToken);
        var due = candidates.Select(c => (Certificate: c, Days: c.ReminderDue(today))).Where(d => d.Days is not null).ToList();
        if (due.Count == 0)
        {
            return 0;
        }
        var productIds = due.Select(d => d.Certificate.ProductId).Distinct().ToList();
        var products = await db.Products.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(p => productIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        var people = await Infrastructure.Email.Recipients.WithRolesAsync(db, [.. due.Select(d => d.Certificate.SupplierId).Distinct()], Recipients, cancellationToken);
        var mails = new List<(string, MailMessage)>();
        foreach (var (certificate, days) in due)
        {
            var link = publicUrl.For($"/products/{certificate.ProductId}/certificates");
            foreach (var person in people.Where(p => p.OrganisationId == certificate.SupplierId))
            {
                using var language = new CultureScope(person.Culture);
                var name = CertificateText.Name(t, certificate);
                var product = products.GetValueOrDefault(certificate.ProductId, string.Empty);
                var lastDay = certificate.ValidTo.ToString("d", CultureInfo.CurrentCulture);
                var left = certificate.DaysLeft(today);
                var step = left > 0 ? "Expiring" : left == 0 ? "ExpiresToday" : "Expired";
                mails.Add((Key(certificate.Id, days!.Value, person.UserId), new MailMessage(person.Email,
                    t[$"Mail.Certificate.{step}.Subject", name, product, left], t[$"Mail.Certificate.{step}.Body", name, product, lastDay, left, link])));
            }
        }
        var sent = await MailOutbox.EnqueuedKeysAsync(db, [.. mails.Select(m => m.Item1)], cancellationToken);
        return await MailOutbox.SaveOnceAsync(db, mails.Where(m => !sent.Contains(m.Item1)), now, cancellationToken);
    }
}

/// <summary>How a certificate is named in the reader's language: its kind, or the name given for another kind.</summary>
public static class CertificateText
{
    public static string Name(IStringLocalizer t, Domain.Certificates.Certificate certificate) =>
        certificate.OtherName ?? t[$"CertificateKind.{certificate.Kind}"].Value;
}
