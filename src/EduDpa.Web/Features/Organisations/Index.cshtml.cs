using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Organisations;

[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class IndexModel(OrganisationWriter writer, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganisationKind? Kind { get; set; }

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IEnumerable<SelectListItem> Kinds =>
        Enum.GetValues<OrganisationKind>().Select(k => new SelectListItem(t[$"OrganisationKind.{k}"], k.ToString(), k == Kind));

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Organisations = await OrganisationSearch.Apply(writer.All, Kind, Q).OrderBy(o => o.Name).AsNoTracking().ToListAsync(cancellationToken);
}
