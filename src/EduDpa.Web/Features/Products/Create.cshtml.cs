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
public sealed class CreateModel(ProductWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ProductForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await writer.CreateAsync(Input.ToInput(), cancellationToken);
        if (result.Outcome != WriteOutcome.Saved)
        {
            messages.AddTo(ModelState, "Input", result.Errors!, ProductForm.Scope);
            return Page();
        }
        TempData["Status"] = t["Products.Saved", result.Value!.Name].Value;
        return RedirectToPage("Index");
    }
}
