using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Features.Annexes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Offers;

/// <summary>An open offer in the catalogue, with what a board needs to judge it.</summary>
public sealed record CatalogueRow(
    Guid OpenOfferId, Guid ProductId, string ProductName, Guid SupplierId, string SupplierName, IReadOnlyList<Audience> Audience,
    DateTimeOffset PublishedAt, ConformitySummary Conformity, Guid? YourAgreementId);

/// <summary>Adopting an open offer: the board's agreement, new or the live one it already had for the product.</summary>
public sealed record Adoption(Guid AgreementId, bool Created);

/// <summary>
/// The catalogue of open offers for every member, and a board's adoption of one. Open offers are public to
/// members by design, and with them their product's name, audience, supplier and published annexes.
/// </summary>
public sealed class Catalogue(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, AnnexReader annexes, OfferMails mails)
{
    /// <summary>Open offers whose product or supplier name contains <paramref name="query"/> and, when given, for <paramref name="audience"/>.</summary>
    public async Task<IReadOnlyList<CatalogueRow>> SearchAsync(string? query, Audience? audience, CancellationToken cancellationToken)
    {
        var offers = await db.OpenOffers.AsNoTracking().Where(o => o.ClosedAt == null).ToListAsync(cancellationToken);
        var productIds = offers.Select(o => o.ProductId).Distinct().ToList();
        var supplierIds = offers.Select(o => o.ProcessorId).Distinct().ToList();
        // Deliberately across organisations: the products and suppliers of open offers are public to members.
        var products = await db.Products.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var suppliers = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .Where(o => supplierIds.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var text = query?.Trim();
        var matching = offers
            .Where(o => products.ContainsKey(o.ProductId) && suppliers.ContainsKey(o.ProcessorId))
            .Where(o => string.IsNullOrEmpty(text)
                || products[o.ProductId].Name.Contains(text, StringComparison.CurrentCultureIgnoreCase)
                || suppliers[o.ProcessorId].Contains(text, StringComparison.CurrentCultureIgnoreCase))
            .Where(o => audience is null || products[o.ProductId].Audience.Contains(audience.Value))
            .ToList();
        var newest = await annexes.NewestAsync([.. matching.Select(o => o.ProductId)], cancellationToken);
        var yours = await LiveAgreementsAsync([.. matching.Select(o => o.ProductId)], cancellationToken);
        return [.. matching
            .Select(o => new CatalogueRow(o.Id, o.ProductId, products[o.ProductId].Name, o.ProcessorId, suppliers[o.ProcessorId], products[o.ProductId].Audience,
                o.PublishedAt, ConformitySummary.For(o.ProductId, newest), yours.TryGetValue((o.ProcessorId, o.ProductId), out var agreementId) ? agreementId : null))
            .OrderBy(r => r.ProductName, StringComparer.CurrentCulture).ThenBy(r => r.SupplierName, StringComparer.CurrentCulture)];
    }

    public async Task<CatalogueRow?> FindAsync(Guid openOfferId, CancellationToken cancellationToken) =>
        (await SearchAsync(null, null, cancellationToken)).FirstOrDefault(r => r.OpenOfferId == openOfferId);

    /// <summary>
    /// The acting board adopts an open offer: its own offer with the supplier's side filled in, and an e-mail to the
    /// supplier's editors, in one save. A board that already has a live agreement with the supplier for the product
    /// gets that one back instead. Null when the offer is not open (or the acting organisation is no school board).
    /// </summary>
    public async Task<Adoption?> AdoptAsync(Guid openOfferId, CancellationToken cancellationToken)
    {
        var offer = await db.OpenOffers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == openOfferId && o.ClosedAt == null, cancellationToken);
        if (offer is null || tenant.Current is not { Kind: OrganisationKind.SchoolBoard } board)
        {
            return null;
        }
        var existing = await LiveAgreementsAsync([offer.ProductId], cancellationToken);
        if (existing.TryGetValue((offer.ProcessorId, offer.ProductId), out var agreementId))
        {
            return new Adoption(agreementId, Created: false);
        }
        // Deliberately across organisations: the name of the open offer's product, for the supplier's e-mail.
        var productName = await db.Products.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(p => p.Id == offer.ProductId).Select(p => p.Name).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var agreement = offer.Adopt(board.Id, now);
        db.Agreements.Add(agreement);
        await mails.EnqueueAdoptionAsync(db, agreement.Id, offer.ProcessorId, offer.ProductId, board.Name, productName, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new Adoption(agreement.Id, Created: true);
    }

    /// <summary>The acting board's live agreements (not declined, withdrawn, closed or superseded) covering these products, by supplier and product.</summary>
    private async Task<Dictionary<(Guid SupplierId, Guid ProductId), Guid>> LiveAgreementsAsync(IReadOnlyList<Guid> productIds, CancellationToken cancellationToken)
    {
        if (tenant.Current is not { Kind: OrganisationKind.SchoolBoard } board || productIds.Count == 0)
        {
            return [];
        }
        var ended = AgreementStates.Ended;
        // The tenant filter limits this to the acting organisation's agreements; the board id makes it the board's side.
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.BoardId == board.Id && !ended.Contains(a.State))
            .OrderBy(a => a.CreatedAt)
            .Select(a => new { a.Id, a.ProcessorId, a.ProductIds })
            .ToListAsync(cancellationToken);
        var live = new Dictionary<(Guid, Guid), Guid>();
        foreach (var agreement in agreements)
        {
            foreach (var productId in agreement.ProductIds.Where(productIds.Contains))
            {
                live.TryAdd((agreement.ProcessorId, productId), agreement.Id);
            }
        }
        return live;
    }
}
