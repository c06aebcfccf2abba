using EduDpa.Domain.Accounts;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Offers;

/// <summary>The supplier's progress view of a product's offers: the counts, the open offer, and every board's offer.</summary>
[Authorize(Policy = Policies.ProcessorMember)]
public sealed class IndexModel(OfferProgress progress, TenantContext tenant) : PageModel
{
    [FromRoute]
    public Guid ProductId { get; set; }

    public OfferProgressView View { get; private set; } = null!;
    public bool CanEdit => tenant.HasRole(OrganisationRoles.Editor);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await progress.LoadAsync(ProductId, cancellationToken) is not { } view)
        {
            return NotFound();
        }
        View = view;
        return Page();
    }
}
