using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Offers;

/// <summary>
/// Offering a product to many boards: whom (convenant members, a sector, or KvK numbers pasted or from a file) and the
/// terms every offer carries. The result stays on the page: offered, already offered, unknown KvK numbers, bad lines.
/// </summary>
[Authorize(Policy = Policies.ProcessorEditor)]
public sealed class NewModel(BulkOffer offers, OfferProgress progress, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>A KvK file larger than this is refused (about 100,000 lines).</summary>
    public const int MaxFileBytes = 1_000_000;

    [FromRoute]
    public Guid ProductId { get; set; }

    [BindProperty]
    public OfferForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? KvkFile { get; set; }

    public OfferedProduct Product { get; private set; } = null!;
    public BulkOfferResult? Result { get; private set; }

    public IEnumerable<SelectListItem> SectorItems => OfferSectors.Choices.Select(s => new SelectListItem(t[$"Offers.Sector.{s}"], s));

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
        if (await progress.ProductAsync(ProductId, cancellationToken) is not { } product)
        {
            return NotFound();
        }
        Product = product;
        if (KvkFile is { Length: > 0 } file && string.Equals(Input.Target, "kvk", StringComparison.OrdinalIgnoreCase))
        {
            if (file.Length > MaxFileBytes)
            {
                ModelState.AddModelError(nameof(KvkFile), messages.Describe("KvkFile", Domain.Common.ValidationCodes.TooLong, OfferForm.Scope));
                return Page();
            }
            using var reader = new StreamReader(file.OpenReadStream(), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            // The file's lines replace the pasted ones and stay in the box, so that the line numbers below match what is shown.
            Input.KvkNumbers = await reader.ReadToEndAsync(cancellationToken);
            ModelState.Remove("Input.KvkNumbers");
        }
        var result = await offers.OfferAsync(ProductId, Input.ToRequest(), cancellationToken);
        switch (result.Outcome)
        {
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Saved:
                Result = result.Value;
                return Page();
            default:
                OfferForm.ShowErrors(ModelState, messages, result.Errors!);
                return Page();
        }
    }
}
