using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Changes;

/// <summary>A notice as its two parties see it: the change, both names, where it stands now.</summary>
public sealed record NoticeView(ChangeNotice Notice, AnnexChange Change, string BoardName, string SupplierName, PartyRole Role, DateTimeOffset Now, bool Superseded)
{
    public NoticeStatus Status => NoticeStatuses.Of(Notice, Now, Superseded);

    public DateTimeOffset? AppliesFrom => Notice.AppliesFrom(Now);

    public string Counterparty => Role == PartyRole.Controller ? SupplierName : BoardName;

    public string Link => NoticeMails.NoticeLink(Notice.ChangeId, Notice.AgreementId);
}

/// <summary>A notice with what the board needs to judge it: the section-by-section difference against the version that applies to it.</summary>
public sealed record NoticeDetails(NoticeView View, int? FromNumber, IReadOnlyList<SectionDifference> Sections);

/// <summary>A supplier's change with the reactions of the boards, counted per status.</summary>
public sealed record ChangeOverview(AnnexChange Change, IReadOnlyDictionary<NoticeStatus, int> Counts, IReadOnlyList<NoticeView> Page, int Total, int PageNumber, int PageSize);

/// <summary>The annex changes of one signed agreement: what applies now and every notice.</summary>
public sealed record AgreementChanges(IReadOnlyList<AnnexInForce> InForce, IReadOnlyList<NoticeView> Notices);

/// <summary>
/// Reads changes and notices of the acting organisation. The query filters leave a supplier its own changes and
/// both parties their agreements' notices; the other party's name and the change behind a notice are read across.
/// </summary>
public sealed class NoticeReader(EduDpaDbContext db, TenantContext tenant, TimeProvider clock)
{
    public const int PageSize = 50;

    private IQueryable<AnnexChange> AllChanges => db.AnnexChanges.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking();

    /// <summary>The organisation's notices, open ones first, then newest first.</summary>
    public async Task<IReadOnlyList<NoticeView>> NoticesAsync(Guid? agreementId, CancellationToken ct)
    {
        var query = db.ChangeNotices.AsNoTracking();
        if (agreementId is { } id)
        {
            query = query.Where(n => n.AgreementId == id);
        }
        // A supplier's own notices are many (one per agreement); its list is per change (ChangesAsync), so it reads the boards' side here only per agreement.
        if (agreementId is null)
        {
            query = query.Where(n => n.BoardId == tenant.CurrentOrganisationId);
        }
        var notices = await query.OrderByDescending(n => n.NoticeGivenAt).Take(500).ToListAsync(ct);
        var views = await ViewsAsync(notices, ct);
        return [.. views.OrderBy(v => v.Status is NoticeStatus.AwaitingBoard or NoticeStatus.InConsultation ? 0 : 1).ThenByDescending(v => v.Notice.NoticeGivenAt)];
    }

    /// <summary>The supplier's changes, newest first.</summary>
    public async Task<IReadOnlyList<AnnexChange>> ChangesAsync(CancellationToken ct) =>
        await db.AnnexChanges.AsNoTracking().OrderByDescending(c => c.AnnouncedAt).Take(500).ToListAsync(ct);

    public async Task<ChangeOverview?> OverviewAsync(Guid changeId, NoticeStatus? status, int page, CancellationToken ct)
    {
        var change = await db.AnnexChanges.AsNoTracking().FirstOrDefaultAsync(c => c.Id == changeId, ct);
        if (change is null)
        {
            return null;
        }
        var now = clock.GetUtcNow();
        var notices = db.ChangeNotices.AsNoTracking().Where(n => n.ChangeId == changeId);
        var byState = await notices.GroupBy(n => n.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var silent = change.Kind == AnnexChangeKind.SubProcessors && now >= change.RespondBy
            ? await notices.CountAsync(n => n.State == NoticeState.Open, ct) : 0;
        var outcomes = await notices.Where(n => n.State == NoticeState.Resolved).Select(n => n.Outcome).ToListAsync(ct);
        var counts = new Dictionary<NoticeStatus, int>();
        foreach (var row in byState)
        {
            var key = row.Key switch
            {
                NoticeState.Open => silent > 0 ? NoticeStatus.AppliedBySilence : NoticeStatus.AwaitingBoard,
                NoticeState.Accepted => NoticeStatus.Accepted,
                NoticeState.InConsultation => NoticeStatus.InConsultation,
                NoticeState.Withdrawn => NoticeStatus.Withdrawn,
                NoticeState.Informed => NoticeStatus.Informed,
                _ => (NoticeStatus?)null,
            };
            if (key is { } k)
            {
                counts[k] = row.Count;
            }
        }
        foreach (var outcome in outcomes.GroupBy(o => o!.Kind))
        {
            counts[outcome.Key switch { ConsultationOutcomeKind.Applied => NoticeStatus.Applied, ConsultationOutcomeKind.NotApplied => NoticeStatus.NotApplied, _ => NoticeStatus.Terminated }] = outcome.Count();
        }

        var filtered = status switch
        {
            NoticeStatus.AwaitingBoard or NoticeStatus.AppliedBySilence => notices.Where(n => n.State == NoticeState.Open),
            NoticeStatus.Accepted => notices.Where(n => n.State == NoticeState.Accepted),
            NoticeStatus.InConsultation => notices.Where(n => n.State == NoticeState.InConsultation),
            NoticeStatus.Withdrawn => notices.Where(n => n.State == NoticeState.Withdrawn),
            NoticeStatus.Informed => notices.Where(n => n.State == NoticeState.Informed),
            // The outcomes share one stored state: the filter shows every settled consultation.
            NoticeStatus.Applied or NoticeStatus.NotApplied or NoticeStatus.Terminated => notices.Where(n => n.State == NoticeState.Resolved),
            _ => notices,
        };
        var total = await filtered.CountAsync(ct);
        var number = Math.Max(1, page);
        // Boards that objected come first: they wait for the supplier.
        var rows = await (from n in filtered
                          join o in db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]) on n.BoardId equals o.Id
                          orderby n.State == NoticeState.InConsultation ? 0 : 1, o.Name
                          select n).Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var views = await ViewsAsync(rows, ct, change);
        return new ChangeOverview(change, counts, views, total, number, PageSize);
    }

    /// <param name="withSections">False where only the notice's standing is needed (the answer to a step): the difference is not rendered.</param>
    public async Task<NoticeDetails?> LoadAsync(Guid changeId, Guid agreementId, CancellationToken ct, bool withSections = true)
    {
        var notice = await db.ChangeNotices.AsNoTracking().FirstOrDefaultAsync(n => n.ChangeId == changeId && n.AgreementId == agreementId, ct);
        if (notice is null)
        {
            return null;
        }
        var change = await AllChanges.FirstAsync(c => c.Id == changeId, ct);
        var others = await db.ChangeNotices.AsNoTracking().Where(n => n.AgreementId == agreementId && n.ProductId == notice.ProductId && n.AnnexKind == notice.AnnexKind).ToListAsync(ct);
        var snapshot = await SnapshotAsync(agreementId, ct);
        var now = clock.GetUtcNow();
        int? from = change.FromNumber;
        var superseded = false;
        if (snapshot is not null)
        {
            // Against what applies to this agreement without this change: the board may be on an older version than the supplier.
            from = AnnexesInForce.Of(snapshot, others.Where(n => n.ChangeId != changeId), now).First(f => f.ProductId == notice.ProductId && f.Kind == notice.AnnexKind).Number;
            superseded = AnnexesInForce.IsSuperseded(notice, AnnexesInForce.Of(snapshot, others, now));
        }
        var view = (await ViewsAsync([notice], ct, change, superseded))[0];
        if (!withSections)
        {
            return new NoticeDetails(view, from, []);
        }
        var contents = await db.AnnexVersions.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .Where(v => v.ProductId == notice.ProductId && v.Kind == notice.AnnexKind && (v.Number == notice.ToNumber || v.Number == from))
            .ToDictionaryAsync(v => v.Number!.Value, v => v.Content, ct);
        var sections = AnnexSectionDiff.Compare(notice.AnnexKind, from is { } f2 ? contents.GetValueOrDefault(f2) : null, contents[notice.ToNumber], change.ProductName);
        return new NoticeDetails(view, from, sections);
    }

    /// <summary>For a signed agreement: the annex versions that apply now and every notice it received.</summary>
    public async Task<AgreementChanges?> ForAgreementAsync(Guid agreementId, CancellationToken ct)
    {
        var snapshot = await SnapshotAsync(agreementId, ct);
        if (snapshot is null)
        {
            return null;
        }
        var notices = await db.ChangeNotices.AsNoTracking().Where(n => n.AgreementId == agreementId).OrderByDescending(n => n.NoticeGivenAt).ToListAsync(ct);
        var inForce = AnnexesInForce.Of(snapshot, notices, clock.GetUtcNow());
        var views = await ViewsAsync(notices, ct);
        return new AgreementChanges(inForce, [.. views.Select(v => v with { Superseded = AnnexesInForce.IsSuperseded(v.Notice, inForce) })]);
    }

    private async Task<SnapshotContent?> SnapshotAsync(Guid agreementId, CancellationToken ct)
    {
        var json = await db.SignedSnapshots.AsNoTracking().Where(s => s.AgreementId == agreementId).Select(s => s.ContentJson).FirstOrDefaultAsync(ct);
        return json is null ? null : AgreementSnapshot.Read(json);
    }

    private async Task<List<NoticeView>> ViewsAsync(IReadOnlyList<ChangeNotice> notices, CancellationToken ct, AnnexChange? known = null, bool superseded = false)
    {
        var changeIds = notices.Select(n => n.ChangeId).Distinct().ToList();
        var changes = known is not null && changeIds.All(id => id == known.Id)
            ? new Dictionary<Guid, AnnexChange> { [known.Id] = known }
            : await AllChanges.Where(c => changeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var organisationIds = notices.SelectMany(n => new[] { n.BoardId, n.ProcessorId }).Distinct().ToList();
        var names = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var now = clock.GetUtcNow();
        return [.. notices.Select(n => new NoticeView(n, changes[n.ChangeId], names.GetValueOrDefault(n.BoardId, ""), names.GetValueOrDefault(n.ProcessorId, ""),
            n.BoardId == tenant.CurrentOrganisationId ? PartyRole.Controller : PartyRole.Processor, now, superseded))];
    }
}
