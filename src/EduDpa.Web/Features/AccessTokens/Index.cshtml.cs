using System.ComponentModel.DataAnnotations;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.AccessTokens;

public sealed class IndexModel(AccessTokenWriter writer, TenantContext tenant, ValidationMessages messages, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<TokenRow> Tokens { get; private set; } = [];

    /// <summary>The secret of a token just created: shown once, on this response only.</summary>
    public string? NewSecret { get; private set; }

    public DateTimeOffset Now => clock.GetUtcNow();

    public sealed class InputModel
    {
        [Display(Name = "Field.TokenName")]
        public string? Name { get; set; }

        [Display(Name = "Field.OrganisationId")]
        public Guid? OrganisationId { get; set; }

        [Display(Name = "Field.ValidForDays")]
        public int? ValidForDays { get; set; } = 90;
    }

    public IEnumerable<SelectListItem> Organisations => tenant.Organisations.Select(o => new SelectListItem(o.Name, o.Id.ToString()));

    public IEnumerable<SelectListItem> Validities =>
        AccessTokenWriter.ValidityDays.Select(d => new SelectListItem(t["Tokens.Days", d], d.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new SelectListItem(t["Tokens.NoExpiry"], string.Empty));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.OrganisationId = tenant.CurrentOrganisationId;
        Tokens = await writer.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (token, secret, errors) = await writer.CreateAsync(Input.Name, Input.OrganisationId, Input.ValidForDays, cancellationToken);
        if (token is null)
        {
            messages.AddTo(ModelState, "Input", errors);
        }
        else
        {
            NewSecret = secret;
            ModelState.Clear();
            Input = new InputModel { OrganisationId = tenant.CurrentOrganisationId };
        }
        Tokens = await writer.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid tokenId, CancellationToken cancellationToken)
    {
        if (!await writer.RevokeAsync(tokenId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Status"] = t["Tokens.Revoked"].Value;
        return RedirectToPage();
    }
}
