using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Offers;

/// <summary>A product's open offer: publish it in the catalogue with its terms (again to change them), or close it.</summary>
[Authorize(Policy = Policies.ProcessorEditor)]
public sealed class OpenOfferModel(OfferProgress progress, OpenOfferWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid ProductId { get; set; }

    [BindProperty]
    public OfferForm Input { get; set; } = new();

    public OfferedProduct Product { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await progress.ProductAsync(ProductId, cancellationToken) is not { } product)
        {
            return NotFound();
        }
        Product = product;
        Input.Prefill(product.OpenOffer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await writer.PublishAsync(ProductId, Input, cancellationToken);
        switch (result.Outcome)
        {
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Saved:
                TempData["Status"] = t["Offers.Open.Published"].Value;
                return Redirect($"/products/{ProductId}/offers");
            default:
                Product = (await progress.ProductAsync(ProductId, cancellationToken))!;
                OfferForm.ShowErrors(ModelState, messages, result.Errors!);
                return Page();
        }
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        if (!await writer.CloseAsync(ProductId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Status"] = t["Offers.Open.Closed"].Value;
        return Redirect($"/products/{ProductId}/offers");
    }
}
