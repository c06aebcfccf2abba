using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Organisations;

/// <summary>
/// Creates and edits organisations for the platform administrator, from a page or the API alike:
/// checks the input, refuses a KvK number or BRIN code that another organisation already has, and
/// refuses a save made from a stale copy.
/// </summary>
public sealed class OrganisationWriter(EduDpaDbContext db, TimeProvider clock)
{
    /// <summary>Organisations regardless of membership: the platform administrator manages them all.</summary>
    public IQueryable<Organisation> All => db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Include(o => o.Schools);

    public async Task<WriteResult<Organisation>> CreateAsync(OrganisationInput input, CancellationToken cancellationToken)
    {
        if (!OrganisationDetails.TryCreate(input, AmsterdamTime.Today(clock), out var details, out var errors))
        {
            return WriteResult<Organisation>.Invalid(errors);
        }
        var duplicates = await FindDuplicatesAsync(details, null, cancellationToken);
        if (!duplicates.IsEmpty)
        {
            return WriteResult<Organisation>.Duplicate(duplicates);
        }
        var organisation = Organisation.Create(details);
        db.Organisations.Add(organisation);
        return await SaveAsync(organisation, details, cancellationToken);
    }

    public async Task<WriteResult<Organisation>> UpdateAsync(Guid id, OrganisationInput input, int version, CancellationToken cancellationToken)
    {
        var organisation = await All.FirstOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null)
        {
            return WriteResult<Organisation>.NotFound();
        }
        if (organisation.Version != version)
        {
            return WriteResult<Organisation>.Stale(organisation);
        }
        if (!OrganisationDetails.TryCreate(input, AmsterdamTime.Today(clock), out var details, out var errors))
        {
            return WriteResult<Organisation>.Invalid(errors);
        }
        var duplicates = await FindDuplicatesAsync(details, id, cancellationToken);
        if (!duplicates.IsEmpty)
        {
            return WriteResult<Organisation>.Duplicate(duplicates);
        }
        try
        {
            organisation.Update(details);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<Organisation>.Invalid(rule.ToErrors());
        }
        return await SaveAsync(organisation, details, cancellationToken);
    }

    private async Task<WriteResult<Organisation>> SaveAsync(Organisation organisation, OrganisationDetails details, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult<Organisation>.Saved(organisation);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await All.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisation.Id, cancellationToken);
            return current is null ? WriteResult<Organisation>.NotFound() : WriteResult<Organisation>.Stale(current);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            db.ChangeTracker.Clear();
            var duplicates = await FindDuplicatesAsync(details, organisation.Id, cancellationToken);
            return WriteResult<Organisation>.Duplicate(duplicates.IsEmpty ? ValidationErrors.For(nameof(OrganisationInput.KvkNumber), ValidationCodes.Duplicate) : duplicates);
        }
    }

    private async Task<ValidationErrors> FindDuplicatesAsync(OrganisationDetails details, Guid? self, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (await All.AnyAsync(o => o.KvkNumber == details.KvkNumber && o.Id != self, cancellationToken))
        {
            errors.Add(nameof(OrganisationInput.KvkNumber), ValidationCodes.Duplicate);
        }
        var brins = details.Schools.Select(s => s.Brin).ToList();
        if (brins.Count > 0)
        {
            var taken = await db.Schools.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
                .Where(s => brins.Contains(s.Brin) && s.OrganisationId != self)
                .Select(s => s.Brin)
                .ToListAsync(cancellationToken);
            for (var i = 0; i < details.Schools.Count; i++)
            {
                if (taken.Contains(details.Schools[i].Brin))
                {
                    errors.Add($"{nameof(OrganisationInput.Schools)}[{i}].{nameof(SchoolInput.Brin)}", ValidationCodes.Duplicate);
                }
            }
        }
        return errors;
    }
}
