using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Organisations;

[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class DetailsModel(OrganisationWriter writer, EduDpaDbContext db) : PageModel
{
    [FromRoute]
    public Guid OrganisationId { get; set; }

    public Organisation Organisation { get; private set; } = null!;
    public IReadOnlyList<Product> Products { get; private set; } = [];
    public IReadOnlyList<(string Name, string Email, Domain.Accounts.OrganisationRoles Roles)> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var organisation = await writer.All.AsNoTracking().FirstOrDefaultAsync(o => o.Id == OrganisationId, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }
        Organisation = organisation;
        Products = await db.Products.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(p => p.SupplierId == OrganisationId)
            .OrderBy(p => p.Name).AsNoTracking().ToListAsync(cancellationToken);
        var members = await (
                from m in db.Memberships.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
                join u in db.Users on m.UserId equals u.Id
                where m.OrganisationId == OrganisationId
                orderby u.DisplayName
                select new { u.DisplayName, u.Email, m.Roles })
            .ToListAsync(cancellationToken);
        Members = [.. members.Select(m => (m.DisplayName, m.Email!, m.Roles))];
        return Page();
    }
}
