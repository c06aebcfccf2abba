using EduDpa.Domain.Accounts;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Infrastructure.Email;

/// <summary>A person to notify for an organisation, in their language.</summary>
public sealed record Recipient(Guid OrganisationId, Guid UserId, string Email, string Culture);

public static class Recipients
{
    /// <summary>
    /// The members of each organisation who hold one of <paramref name="roles"/>; for an organisation where
    /// nobody does, its admins, so that a notification always reaches someone who can act or delegate.
    /// </summary>
    public static async Task<IReadOnlyList<Recipient>> WithRolesAsync(EduDpaDbContext db, IReadOnlyCollection<Guid> organisationIds, OrganisationRoles roles, CancellationToken cancellationToken)
    {
        var members = await (from m in db.Memberships.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
                             join u in db.Users on m.UserId equals u.Id
                             where organisationIds.Contains(m.OrganisationId) && u.Email != null
                             select new { m.OrganisationId, m.UserId, m.Roles, Email = u.Email!, u.PreferredCulture })
            .ToListAsync(cancellationToken);
        return [.. members.GroupBy(m => m.OrganisationId).SelectMany(organisation =>
        {
            var chosen = organisation.Where(m => m.Roles.HasAny(roles)).ToList();
            return chosen.Count > 0 ? chosen : organisation.Where(m => m.Roles.HasFlag(OrganisationRoles.Admin));
        }).Select(m => new Recipient(m.OrganisationId, m.UserId, m.Email, m.PreferredCulture))];
    }
}
