using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Offers;

/// <summary>A board's editor adopts an open offer: the page asks to confirm; the post starts the board's offer and opens it.</summary>
[Authorize(Policy = Policies.BoardEditor)]
public sealed class AdoptModel(Catalogue catalogue, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid OpenOfferId { get; set; }

    public CatalogueRow Offer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await catalogue.FindAsync(OpenOfferId, cancellationToken) is not { } offer)
        {
            return NotFound();
        }
        if (offer.YourAgreementId is { } existing)
        {
            return Redirect($"/agreements/{existing}");
        }
        Offer = offer;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await catalogue.AdoptAsync(OpenOfferId, cancellationToken) is not { } adoption)
        {
            return NotFound();
        }
        TempData["Status"] = (adoption.Created ? t["Catalogue.Adopted"] : t["Catalogue.AlreadyAdopted"]).Value;
        return Redirect($"/agreements/{adoption.AgreementId}");
    }
}
