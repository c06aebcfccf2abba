using EduDpa.Domain.Annexes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Annexes;

/// <summary>A published annex version with the product it belongs to.</summary>
public sealed record PublishedAnnex(AnnexVersion Version, Guid ProductId, string ProductName, Guid SupplierId);

/// <summary>
/// Published annexes across organisations. A published version may be read by its supplier, by every
/// school board that has an agreement (in any state) covering the product: each board reuses the
/// supplier's description, and, while the product has an open offer in the catalogue, by any member, so
/// that a board can judge the offer before adopting it. Drafts are the supplier's alone (see <see cref="AnnexWriter"/>).
/// </summary>
public sealed class AnnexReader(EduDpaDbContext db, TenantContext tenant)
{
    private IQueryable<AnnexVersion> AllPublished => db.AnnexVersions.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking().Where(v => v.Number != null);

    public async Task<bool> CanReadAsync(Guid productId, CancellationToken cancellationToken) =>
        tenant.CurrentOrganisationId is not null
        && (await db.Products.AnyAsync(p => p.Id == productId, cancellationToken)
            || await db.Agreements.AnyAsync(a => a.ProductIds.Contains(productId), cancellationToken)
            || await db.OpenOffers.AnyAsync(o => o.ProductId == productId && o.ClosedAt == null, cancellationToken));

    public async Task<IReadOnlyList<AnnexVersion>?> VersionsAsync(Guid productId, AnnexKind kind, CancellationToken cancellationToken) =>
        await CanReadAsync(productId, cancellationToken)
            ? await AllPublished.Where(v => v.ProductId == productId && v.Kind == kind).OrderByDescending(v => v.Number).ToListAsync(cancellationToken)
            : null;

    public async Task<PublishedAnnex?> FindAsync(Guid productId, AnnexKind kind, int number, CancellationToken cancellationToken)
    {
        if (!await CanReadAsync(productId, cancellationToken))
        {
            return null;
        }
        var version = await AllPublished.FirstOrDefaultAsync(v => v.ProductId == productId && v.Kind == kind && v.Number == number, cancellationToken);
        return version is null ? null : new PublishedAnnex(version, productId, version.ProductName ?? string.Empty, version.SupplierId);
    }

    /// <summary>
    /// The newest published versions of each product, for an agreement the caller has already found (and so
    /// may read): the annexes a draft agreement is rendered and checked with.
    /// </summary>
    public async Task<IReadOnlyDictionary<(Guid ProductId, AnnexKind Kind), AnnexVersion>> NewestAsync(IReadOnlyCollection<Guid> productIds, CancellationToken cancellationToken)
    {
        var ids = productIds.ToList();
        var newest = await AllPublished.Where(v => ids.Contains(v.ProductId))
            .GroupBy(v => new { v.ProductId, v.Kind })
            .Select(g => g.OrderByDescending(v => v.Number).Select(v => v.Id).First())
            .ToListAsync(cancellationToken);
        var versions = await AllPublished.Where(v => newest.Contains(v.Id)).ToListAsync(cancellationToken);
        return versions.ToDictionary(v => (v.ProductId, v.Kind));
    }
}
