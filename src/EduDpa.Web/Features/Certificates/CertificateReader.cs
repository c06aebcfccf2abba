using EduDpa.Domain.Agreements;
using EduDpa.Domain.Certificates;
using EduDpa.Domain.Common;
using EduDpa.Domain.Files;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Certificates;

/// <summary>A stored document as lists show it: never its bytes.</summary>
public sealed record DocumentInfo(Guid Id, string FileName, long Size, string Sha256, DateTimeOffset UploadedAt);

/// <summary>A product whose certificates the acting organisation may read, and whether it is the product's supplier.</summary>
public sealed record CertifiedProduct(Guid Id, string Name, Guid SupplierId, string SupplierName, bool IsSupplier);

/// <summary>A certificate as its readers see it, on a day.</summary>
public sealed record CertificateView(Certificate Certificate, string ProductName, string SupplierName, DocumentInfo Document, DateOnly Today)
{
    public CertificateStatus Status => Certificate.StatusOn(Today);
}

/// <summary>
/// Reads certificates. Who reads them is the certificates' query filter: the product's supplier (all of them, withdrawn
/// ones too), and the members of every school board with a live agreement covering the product — an agreement in any
/// state but declined, withdrawn, closed or superseded, so also while it is offered and being reviewed, when the
/// board weighs the supplier's security — except withdrawn certificates. Everyone else finds nothing (404).
/// </summary>
public sealed class CertificateReader(EduDpaDbContext db, TenantContext tenant, TimeProvider clock)
{
    public async Task<CertifiedProduct?> ProductAsync(Guid productId, CancellationToken ct)
    {
        if (tenant.CurrentOrganisationId is not { } me)
        {
            return null;
        }
        var product = await db.Products.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .Where(p => p.Id == productId).Select(p => new { p.Id, p.Name, p.SupplierId }).FirstOrDefaultAsync(ct);
        if (product is null)
        {
            return null;
        }
        var ended = AgreementStates.Ended;
        var readable = product.SupplierId == me
            || await db.Agreements.AnyAsync(a => a.BoardId == me && a.ProcessorId == product.SupplierId && a.ProductIds.Contains(productId) && !ended.Contains(a.State), ct);
        if (!readable)
        {
            return null;
        }
        var supplier = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => o.Id == product.SupplierId).Select(o => o.Name).FirstAsync(ct);
        return new CertifiedProduct(product.Id, product.Name, product.SupplierId, supplier, product.SupplierId == me);
    }

    /// <summary>The certificates of one product, current ones first, newest first.</summary>
    public async Task<IReadOnlyList<CertificateView>> ForProductAsync(Guid productId, CancellationToken ct) =>
        await ViewsAsync(db.Certificates.Where(c => c.ProductId == productId), ct);

    /// <summary>The current certificates of the products an agreement covers, for its page.</summary>
    public async Task<IReadOnlyList<CertificateView>> CurrentForAsync(IReadOnlyCollection<Guid> productIds, CancellationToken ct)
    {
        var ids = productIds.ToList();
        return await ViewsAsync(db.Certificates.Where(c => ids.Contains(c.ProductId) && c.WithdrawnAt == null && c.SupersededById == null), ct);
    }

    /// <summary>The current certificates of the supplier's own products.</summary>
    public async Task<IReadOnlyList<CertificateView>> OwnCurrentAsync(Guid supplierId, CancellationToken ct) =>
        await ViewsAsync(db.Certificates.Where(c => c.SupplierId == supplierId && c.WithdrawnAt == null && c.SupersededById == null), ct);

    public async Task<CertificateView?> LoadAsync(Guid certificateId, CancellationToken ct) =>
        await ViewsAsync(db.Certificates.Where(c => c.Id == certificateId), ct) is [var view] ? view : null;

    /// <summary>The PDF of a certificate the acting organisation may read; null otherwise.</summary>
    public async Task<StoredDocument?> DocumentAsync(Guid certificateId, CancellationToken ct)
    {
        var documentId = await db.Certificates.Where(c => c.Id == certificateId).Select(c => (Guid?)c.DocumentId).FirstOrDefaultAsync(ct);
        return documentId is null ? null : await db.StoredDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, ct);
    }

    private async Task<IReadOnlyList<CertificateView>> ViewsAsync(IQueryable<Certificate> query, CancellationToken ct)
    {
        var certificates = await query.AsNoTracking().ToListAsync(ct);
        if (certificates.Count == 0)
        {
            return [];
        }
        var documentIds = certificates.Select(c => c.DocumentId).ToList();
        var documents = await db.StoredDocuments.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .Select(d => new DocumentInfo(d.Id, d.FileName, d.Size, d.Sha256, d.UploadedAt)).ToDictionaryAsync(d => d.Id, ct);
        var productIds = certificates.Select(c => c.ProductId).Distinct().ToList();
        var products = await db.Products.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var supplierIds = certificates.Select(c => c.SupplierId).Distinct().ToList();
        var suppliers = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => supplierIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var today = AmsterdamTime.Today(clock);
        return [.. certificates
            .Select(c => new CertificateView(c, products.GetValueOrDefault(c.ProductId, ""), suppliers.GetValueOrDefault(c.SupplierId, ""), documents[c.DocumentId], today))
            .OrderBy(v => v.Certificate.IsCurrent ? 0 : 1).ThenBy(v => v.ProductName).ThenByDescending(v => v.Certificate.AddedAt)];
    }
}
