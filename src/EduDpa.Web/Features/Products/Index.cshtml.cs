using EduDpa.Domain.Accounts;
using EduDpa.Domain.Products;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Products;

[Authorize(Policy = Policies.ProcessorMember)]
public sealed class IndexModel(ProductWriter writer, TenantContext tenant) : PageModel
{
    public IReadOnlyList<Product> Products { get; private set; } = [];
    public bool CanEdit => tenant.HasRole(OrganisationRoles.Editor);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Products = await writer.Mine.AsNoTracking().ToListAsync(cancellationToken);
}
