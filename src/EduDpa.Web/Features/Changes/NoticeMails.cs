using EduDpa.Domain.Accounts;
using EduDpa.Domain.Changes;
using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Features.Requests;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Changes;

/// <summary>
/// E-mails about changes. A new notice goes to the board's editors and reviewers: the announcing request queues the
/// first batch itself, the notification worker the rest (a change can reach 20,000 agreements), each notice once
/// (it is marked, and <see cref="MailOutbox.SaveOnceAsync"/> saves every key once, so a second instance queues nothing new). A reaction,
/// a withdrawal or an outcome goes at once to the other party.
/// </summary>
public sealed class NoticeMails(EduDpaDbContext db, PublicUrl publicUrl, IStringLocalizer<SharedResource> t, TimeProvider clock) : IScheduledMail
{
    public const int Batch = 500;
    public const OrganisationRoles BoardRecipients = OrganisationRoles.Editor | OrganisationRoles.Reviewer;

    public async Task<int> EnqueueDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var total = 0;
        int queued;
        do
        {
            queued = await EnqueueBatchAsync(null, cancellationToken);
            total += queued;
        }
        while (queued > 0);
        return total;
    }

    /// <summary>Queues the mails of one change's first notices at once, so that a small change needs no worker.</summary>
    public Task<int> EnqueueNewNoticesAsync(Guid changeId, CancellationToken cancellationToken) => EnqueueBatchAsync(changeId, cancellationToken);

    private async Task<int> EnqueueBatchAsync(Guid? changeId, CancellationToken ct)
    {
        var notices = db.ChangeNotices.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(n => n.MailedAt == null);
        if (changeId is { } id)
        {
            notices = notices.Where(n => n.ChangeId == id);
        }
        var batch = await notices.OrderBy(n => n.NoticeGivenAt).Take(Batch).Select(n => new { n.ChangeId, n.AgreementId, n.BoardId }).ToListAsync(ct);
        if (batch.Count == 0)
        {
            return 0;
        }
        var changeIds = batch.Select(n => n.ChangeId).Distinct().ToList();
        var changes = await db.AnnexChanges.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking().Where(c => changeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var supplierIds = changes.Values.Select(c => c.SupplierId).Distinct().ToList();
        var suppliers = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => supplierIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var recipients = (await Recipients.WithRolesAsync(db, [.. batch.Select(n => n.BoardId).Distinct()], BoardRecipients, ct)).ToLookup(r => r.OrganisationId);
        var mails = batch.SelectMany(n => recipients[n.BoardId].Select(r =>
        {
            var change = changes[n.ChangeId];
            return ($"notice:{n.ChangeId}:{n.AgreementId}:{r.UserId}", NewNotice(change, suppliers.GetValueOrDefault(change.SupplierId, ""), n.AgreementId, r));
        })).ToList();

        // Saved first, marked after: if marking is lost, the next run composes the same keys again and saves none of them twice.
        await MailOutbox.SaveOnceAsync(db, mails, clock.GetUtcNow(), ct);
        var now = clock.GetUtcNow();
        foreach (var group in batch.GroupBy(n => n.ChangeId))
        {
            var agreements = group.Select(n => n.AgreementId).ToList();
            await db.ChangeNotices.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
                .Where(n => n.ChangeId == group.Key && agreements.Contains(n.AgreementId) && n.MailedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, now), ct);
        }
        return batch.Count;
    }

    private MailMessage NewNotice(AnnexChange change, string supplier, Guid agreementId, Recipient r)
    {
        using var language = new CultureScope(r.Culture);
        var annex = t[$"AnnexKind.{change.AnnexKind}"].Value;
        var due = change.RespondBy is { } by ? RequestText.Due(by) : string.Empty;
        var link = publicUrl.For(NoticeLink(change.Id, agreementId));
        return new MailMessage(r.Email,
            t[$"Mail.Notice.{change.Kind}.Subject", supplier, change.ProductName, due].Value,
            t[$"Mail.Notice.{change.Kind}.Body", supplier, change.ProductName, annex, change.ToNumber, change.Explanation ?? "", due, link].Value);
    }

    public static string NoticeLink(Guid changeId, Guid agreementId) => $"/changes/{changeId}/agreements/{agreementId}";

    /// <summary>A step on a notice, told at once to the other party (the supplier's editors, or the board's editors and reviewers).</summary>
    public async Task StepAsync(ChangeNotice notice, AnnexChange change, string step, bool toSupplier, string actorOrganisation, CancellationToken ct)
    {
        var recipients = await Recipients.WithRolesAsync(db, [toSupplier ? notice.ProcessorId : notice.BoardId], toSupplier ? OrganisationRoles.Editor : BoardRecipients, ct);
        var link = publicUrl.For(NoticeLink(notice.ChangeId, notice.AgreementId));
        var mails = recipients.Select(r =>
        {
            using var language = new CultureScope(r.Culture);
            var reason = notice.Reaction?.Reason ?? notice.Withdrawal?.Reason ?? notice.Outcome?.Note ?? string.Empty;
            var message = new MailMessage(r.Email, t[$"Mail.Notice.{step}.Subject", actorOrganisation, change.ProductName].Value,
                t[$"Mail.Notice.{step}.Body", actorOrganisation, change.ProductName, reason, link].Value);
            return ($"notice:{notice.ChangeId}:{notice.AgreementId}:v{notice.Version}:{r.UserId}", message);
        }).ToList();
        await MailOutbox.EnqueueAsync(db, mails, clock.GetUtcNow(), ct);
    }
}
