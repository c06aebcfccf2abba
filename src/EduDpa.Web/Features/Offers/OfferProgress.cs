using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Offers;
using EduDpa.Web.Features.Annexes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Offers;

/// <summary>Where the offer to one board stands.</summary>
public sealed record ProgressRow(
    Guid AgreementId, Guid BoardId, string BoardName, string KvkNumber, AgreementState State,
    DateTimeOffset? OfferedAt, DateTimeOffset? OpenedAt, DateTimeOffset? SignedAt, DateTimeOffset? DeclinedAt, bool FromOpenOffer);

/// <summary>How many offers there are, how many a board opened, how many both parties signed, how many the board declined.</summary>
public sealed record ProgressCounts(int Offered, int Opened, int SignedByBoth, int Declined);

/// <summary>The open offer of a product as its supplier sees it.</summary>
public sealed record OpenOfferInfo(Guid Id, string RepresentativeName, string RepresentativeFunction, string? ContractDescription, int? ReturnTermDays, DateTimeOffset PublishedAt)
{
    public static OpenOfferInfo From(OpenOffer offer) => new(offer.Id, offer.ProcessorRepresentative.Name, offer.ProcessorRepresentative.Function,
        offer.Contract.Description, offer.Contract.ReturnTermDays, offer.PublishedAt);
}

public sealed record OfferProgressView(Guid ProductId, string ProductName, ProgressCounts Counts, OpenOfferInfo? OpenOffer, ConformitySummary Conformity, IReadOnlyList<ProgressRow> Boards);

/// <summary>A supplier's product as its offer pages show it: its name, its open offer and how its annexes stand.</summary>
public sealed record OfferedProduct(Guid Id, string Name, OpenOfferInfo? OpenOffer, ConformitySummary Conformity);

/// <summary>
/// The supplier's view of a product's offers: every board it was offered to (in bulk, one by one, or adopted from
/// the open offer) and where each stands today. Only the product's supplier finds it.
/// </summary>
public sealed class OfferProgress(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, OpenOfferWriter openOffers, AnnexReader annexes)
{
    /// <summary>The acting supplier's product; null for another's (the tenant filter does not find it).</summary>
    public async Task<OfferedProduct?> ProductAsync(Guid productId, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(cancellationToken);
        if (product is null || tenant.CurrentOrganisationId is null)
        {
            return null;
        }
        var open = await openOffers.CurrentAsync(productId, cancellationToken);
        var conformity = ConformitySummary.For(productId, await annexes.NewestAsync([productId], cancellationToken));
        return new OfferedProduct(product.Id, product.Name, open is null ? null : OpenOfferInfo.From(open), conformity);
    }

    public async Task<OfferProgressView?> LoadAsync(Guid productId, CancellationToken cancellationToken)
    {
        if (await ProductAsync(productId, cancellationToken) is not { } product || tenant.CurrentOrganisationId is not { } supplierId)
        {
            return null;
        }
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.ProcessorId == supplierId && a.ProductIds.Contains(productId) && a.OfferedAt != null)
            .ToListAsync(cancellationToken);
        var boardIds = agreements.Select(a => a.BoardId).Distinct().ToList();
        // Deliberately across organisations: the names and KvK numbers of the boards this supplier made offers to
        // (the public directory shows them too).
        var boards = (await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
                .Where(o => boardIds.Contains(o.Id)).Select(o => new { o.Id, o.Name, o.KvkNumber }).ToListAsync(cancellationToken))
            .ToDictionary(o => o.Id);
        var today = AmsterdamTime.Today(clock);
        var rows = agreements.Select(a =>
        {
            var board = boards[a.BoardId];
            var state = a.StateOn(today);
            return new ProgressRow(a.Id, a.BoardId, board.Name, board.KvkNumber.Value, state, a.OfferedAt, a.OpenedAt,
                state.IsSigned() ? a.Signatures.Max(s => (DateTimeOffset?)s.SignedAt) : null,
                a.State == AgreementState.Declined ? a.StateChangedAt : null,
                a.OpenOfferId is not null);
        }).OrderBy(r => r.BoardName, StringComparer.CurrentCulture).ToList();
        var counts = new ProgressCounts(rows.Count, rows.Count(r => r.OpenedAt is not null), rows.Count(r => r.State.IsSigned()), rows.Count(r => r.State == AgreementState.Declined));
        return new OfferProgressView(productId, product.Name, counts, product.OpenOffer, product.Conformity, rows);
    }
}
