using EduDpa.Domain.Agreements;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Offers;

/// <summary>Records when someone of the board first opened an offer, for the supplier's progress view.</summary>
public sealed class OfferOpenings(EduDpaDbContext db, TenantContext tenant, TimeProvider clock)
{
    /// <summary>Marks the offer opened when the acting organisation is its board and nobody of the board opened it before.</summary>
    public async Task MarkOpenedAsync(ProcessingAgreement seen, CancellationToken cancellationToken)
    {
        if (seen.OfferedAt is null || seen.OpenedAt is not null || seen.BoardId != tenant.CurrentOrganisationId)
        {
            return;
        }
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == seen.Id && a.OpenedAt == null, cancellationToken);
        if (agreement is null)
        {
            return;
        }
        agreement.MarkOpened(clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone changed the agreement meanwhile; the next visit records the opening.
            db.ChangeTracker.Clear();
        }
    }
}
