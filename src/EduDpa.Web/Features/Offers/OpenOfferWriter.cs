using EduDpa.Domain.Common;
using EduDpa.Domain.Models;
using EduDpa.Domain.Offers;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Offers;

/// <summary>
/// A supplier's open offers: a product's agreement offered to any board, with the same terms as a bulk offer.
/// A product has at most one open offer at a time; publishing again closes the open one and publishes the new
/// terms (agreements already adopted keep theirs). Open offers have no tenant filter: every query here names
/// the acting supplier.
/// </summary>
public sealed class OpenOfferWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock)
{
    public Task<OpenOffer?> CurrentAsync(Guid productId, CancellationToken cancellationToken) =>
        db.OpenOffers.AsNoTracking()
            .Where(o => o.ProductId == productId && o.ProcessorId == tenant.CurrentOrganisationId && o.ClosedAt == null)
            .OrderByDescending(o => o.PublishedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<WriteResult<OpenOffer>> PublishAsync(Guid productId, IOfferTermsInput input, CancellationToken cancellationToken)
    {
        if (!await db.Products.AnyAsync(p => p.Id == productId, cancellationToken) || tenant.CurrentOrganisationId is not { } supplierId)
        {
            return WriteResult<OpenOffer>.NotFound();
        }
        var errors = new ValidationErrors();
        var terms = OfferTermsInput.Parse(input, errors);
        if (terms is null)
        {
            return WriteResult<OpenOffer>.Invalid(errors);
        }
        var now = clock.GetUtcNow();
        foreach (var open in await db.OpenOffers.Where(o => o.ProductId == productId && o.ProcessorId == supplierId && o.ClosedAt == null).ToListAsync(cancellationToken))
        {
            open.Close(now);
        }
        var offer = OpenOffer.Publish(supplierId, productId, ModelCatalog.ModelAgreement40, terms, now);
        db.OpenOffers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult<OpenOffer>.Saved(offer);
    }

    /// <returns>False when the product is not the supplier's or has no open offer.</returns>
    public async Task<bool> CloseAsync(Guid productId, CancellationToken cancellationToken)
    {
        var open = await db.OpenOffers.Where(o => o.ProductId == productId && o.ProcessorId == tenant.CurrentOrganisationId && o.ClosedAt == null).ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        foreach (var offer in open)
        {
            offer.Close(now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
