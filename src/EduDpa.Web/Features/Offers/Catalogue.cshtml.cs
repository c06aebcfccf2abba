using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Offers;

/// <summary>The catalogue of open offers, searched by product or supplier name and audience; a board's editor adopts one from here.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class CatalogueModel(Catalogue catalogue, TenantContext tenant, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "audience")]
    public string? Audience { get; set; }

    public IReadOnlyList<CatalogueRow> Offers { get; private set; } = [];

    /// <summary>Only a school board's editor adopts; others see the catalogue to compare.</summary>
    public bool CanAdopt => Policies.Requirements[Policies.BoardEditor].IsMetBy(tenant);

    public IEnumerable<SelectListItem> AudienceItems =>
        Enum.GetValues<Audience>().Select(a => new SelectListItem(t[$"Offers.Audience.{a}"], a.ToString().ToLowerInvariant(), string.Equals(Audience, a.ToString(), StringComparison.OrdinalIgnoreCase)));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!CatalogueApi.TryAudience(Audience, out var audience))
        {
            ModelState.AddModelError("audience", messages.Describe("Audience", ValidationCodes.UnknownValue));
        }
        Offers = await catalogue.SearchAsync(Query, audience, cancellationToken);
    }
}
