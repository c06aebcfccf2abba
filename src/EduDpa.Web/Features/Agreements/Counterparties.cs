using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Agreements;

public sealed record CounterpartyRow(Guid Id, string Name, OrganisationKind Kind, string KvkNumber, string City);

public sealed record ProductRow(Guid Id, string Name);

public sealed record SchoolRow(Guid Id, string Name, string Brin);

/// <summary>
/// The public directory an agreement is drawn up from: organisations of the other kind (a board sees
/// suppliers and distributors, they see boards) with what the Handelsregister shows anyway, and a
/// processor's product names. Deliberately across organisations, and only these fields.
/// </summary>
public sealed class Counterparties(EduDpaDbContext db, TenantContext tenant)
{
    private IQueryable<Organisation> AllOrganisations => db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]);

    public async Task<IReadOnlyList<CounterpartyRow>> ListAsync(CancellationToken cancellationToken)
    {
        if (tenant.Current is not { } current)
        {
            return [];
        }
        var query = current.Kind == OrganisationKind.SchoolBoard
            ? AllOrganisations.Where(o => o.Kind != OrganisationKind.SchoolBoard)
            : AllOrganisations.Where(o => o.Kind == OrganisationKind.SchoolBoard);
        var rows = await query.OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name, o.Kind, o.KvkNumber, o.Address.City })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(o => new CounterpartyRow(o.Id, o.Name, o.Kind, o.KvkNumber.Value, o.City))];
    }

    public async Task<Organisation?> FindAsync(Guid organisationId, CancellationToken cancellationToken) =>
        await AllOrganisations.Include(o => o.Schools).AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, cancellationToken);

    public async Task<IReadOnlyList<ProductRow>> ProductsOfAsync(Guid processorId, CancellationToken cancellationToken) =>
        await db.Products.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
            .Where(p => p.SupplierId == processorId)
            .OrderBy(p => p.Name)
            .Select(p => new ProductRow(p.Id, p.Name))
            .ToListAsync(cancellationToken);
}
