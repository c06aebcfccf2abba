using EduDpa.Domain.Products;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Products;

[Authorize(Policy = Policies.ProcessorEditor)]
public sealed class EditModel(ProductWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [FromRoute]
    public Guid ProductId { get; set; }

    [BindProperty]
    public ProductForm Input { get; set; } = new();

    public ProductForm? Stored { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await writer.FindAsync(ProductId, cancellationToken) is not { } product)
        {
            return NotFound();
        }
        Input = ProductForm.From(product);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await writer.UpdateAsync(ProductId, Input.ToInput(), Input.Version, cancellationToken);
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                TempData["Status"] = t["Products.Saved", result.Value!.Name].Value;
                return RedirectToPage("Index");
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Stale:
                Stored = ProductForm.From(result.Value!);
                Input.Version = Stored.Version;
                ModelState.Remove("Input.Version");
                ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
                return Page();
            default:
                messages.AddTo(ModelState, "Input", result.Errors!, ProductForm.Scope);
                return Page();
        }
    }
}
