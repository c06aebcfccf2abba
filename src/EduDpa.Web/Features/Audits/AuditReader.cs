using EduDpa.Domain.Agreements;
using EduDpa.Domain.Audits;
using EduDpa.Domain.Files;
using EduDpa.Domain.Obligations;
using EduDpa.Web.Features.Certificates;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Audits;

/// <summary>An audit as one of its two parties sees it, with both names, the products of the agreement and the report's document.</summary>
public sealed record AuditView(AuditRequest Audit, string BoardName, string ProcessorName, PartyRole Role, IReadOnlyList<string> Products, DocumentInfo? Report, DateTimeOffset Now)
{
    public string Counterparty => Role == PartyRole.Controller ? ProcessorName : BoardName;

    /// <summary>Where the supplier's answer stands while it is awaited.</summary>
    public DueStatus? ResponseStatus => Audit.State == AuditState.Requested ? Deadlines.StatusAt(Audit.ResponseDue, Now) : null;

    /// <summary>Where the report stands while it is awaited after approval.</summary>
    public DueStatus? ReportStatus => Audit.State == AuditState.Approved ? Deadlines.StatusAt(Audit.ReportDue, Now) : null;
}

/// <summary>Reads the acting organisation's audits: the query filter leaves only those where it is the board or the supplier.</summary>
public sealed class AuditReader(EduDpaDbContext db, TenantContext tenant, TimeProvider clock)
{
    public async Task<IReadOnlyList<AuditView>> ListAsync(Guid? agreementId, CancellationToken ct)
    {
        var query = db.AuditRequests.AsNoTracking();
        if (agreementId is { } id)
        {
            query = query.Where(a => a.AgreementId == id);
        }
        var audits = await query.ToListAsync(ct);
        return [.. (await ViewsAsync(audits, ct)).OrderBy(v => v.Audit.IsOpen ? 0 : 1).ThenByDescending(v => v.Audit.RequestedAt)];
    }

    public async Task<AuditView?> LoadAsync(Guid auditId, CancellationToken ct)
    {
        var audit = await db.AuditRequests.AsNoTracking().FirstOrDefaultAsync(a => a.Id == auditId, ct);
        return audit is null ? null : (await ViewsAsync([audit], ct))[0];
    }

    /// <summary>The report of an audit of the acting organisation; null otherwise or while there is none.</summary>
    public async Task<StoredDocument?> ReportAsync(Guid auditId, CancellationToken ct)
    {
        var documentId = await db.AuditRequests.Where(a => a.Id == auditId).Select(a => a.ReportDocumentId).FirstOrDefaultAsync(ct);
        return documentId is null ? null : await db.StoredDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
    }

    private async Task<IReadOnlyList<AuditView>> ViewsAsync(List<AuditRequest> audits, CancellationToken ct)
    {
        if (audits.Count == 0)
        {
            return [];
        }
        var organisationIds = audits.SelectMany(a => new[] { a.BoardId, a.ProcessorId }).Distinct().ToList();
        // The other party's name is part of the agreement both share.
        var names = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var agreementIds = audits.Select(a => a.AgreementId).Distinct().ToList();
        var covered = await db.Agreements.AsNoTracking().Where(a => agreementIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.ProductIds, ct);
        var productIds = covered.Values.SelectMany(p => p).Distinct().ToList();
        var products = await db.Products.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var documentIds = audits.Where(a => a.ReportDocumentId is not null).Select(a => a.ReportDocumentId!.Value).ToList();
        var documents = await db.StoredDocuments.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .Select(d => new DocumentInfo(d.Id, d.FileName, d.Size, d.Sha256, d.UploadedAt)).ToDictionaryAsync(d => d.Id, ct);
        var me = tenant.CurrentOrganisationId;
        var now = clock.GetUtcNow();
        return [.. audits.Select(a => new AuditView(a, names.GetValueOrDefault(a.BoardId, ""), names.GetValueOrDefault(a.ProcessorId, ""),
            a.BoardId == me ? PartyRole.Controller : PartyRole.Processor,
            [.. covered.GetValueOrDefault(a.AgreementId, []).Select(id => products.GetValueOrDefault(id, "")).Order()],
            a.ReportDocumentId is { } d ? documents.GetValueOrDefault(d) : null, now))];
    }
}
