using EduDpa.Domain.Changes;
using EduDpa.Domain.Obligations;
using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Changes;

/// <summary>
/// A board's notices it still has to answer (art. 11.2: before the objection period ends; art. 14.3: by the
/// intended date), and for either party the consultations after an objection, due by the intended date.
/// </summary>
public sealed class ChangeDueItems(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, IStringLocalizer<SharedResource> t) : IDueItemSource
{
    public const string ObjectionKind = "SubProcessorObjection";
    public const string AcceptanceKind = "SignificantChange";
    public const string ConsultationKind = "ChangeConsultation";

    public IReadOnlyList<string> Kinds => [ObjectionKind, AcceptanceKind, ConsultationKind];

    public async Task<IReadOnlyList<DueItem>> OpenForCurrentOrganisationAsync(CancellationToken cancellationToken)
    {
        if (tenant.CurrentOrganisationId is not { } me)
        {
            return [];
        }
        var now = clock.GetUtcNow();
        var open = await db.ChangeNotices.AsNoTracking()
            .Where(n => (n.BoardId == me && n.State == NoticeState.Open) || n.State == NoticeState.InConsultation)
            .ToListAsync(cancellationToken);
        open = [.. open.Where(n => n.State == NoticeState.InConsultation || n.AwaitsBoard(now))];
        if (open.Count == 0)
        {
            return [];
        }
        var changeIds = open.Select(n => n.ChangeId).Distinct().ToList();
        var changes = await db.AnnexChanges.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking().Where(c => changeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var organisationIds = open.Select(n => n.BoardId == me ? n.ProcessorId : n.BoardId).Distinct().ToList();
        var names = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return [.. open.Select(n =>
        {
            var change = changes[n.ChangeId];
            var other = names.GetValueOrDefault(n.BoardId == me ? n.ProcessorId : n.BoardId, "");
            var link = NoticeMails.NoticeLink(n.ChangeId, n.AgreementId);
            if (n.State == NoticeState.InConsultation)
            {
                var due = change.IntendedDate is { } date ? Deadlines.EndOf(date) : n.RespondBy ?? n.NoticeGivenAt;
                return new DueItem($"notice:{n.ChangeId}:{n.AgreementId}:consultation", ConsultationKind, t["Change.Due.Consultation", change.ProductName].Value, other, due, link);
            }
            var kind = n.Kind == AnnexChangeKind.SubProcessors ? ObjectionKind : AcceptanceKind;
            return new DueItem($"notice:{n.ChangeId}:{n.AgreementId}:answer", kind, t[$"Change.Due.{kind}", change.ProductName].Value, other, n.RespondBy!.Value, link);
        })];
    }
}
