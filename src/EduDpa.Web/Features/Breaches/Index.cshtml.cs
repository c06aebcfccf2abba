using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Breaches;

/// <summary>The register of breaches of the organisation's agreements (art. 8.7), newest first, with the 72-hour clock for open ones.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(BreachReader reader) : PageModel
{
    public IReadOnlyList<BreachView> Breaches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Breaches = await reader.ListAsync(null, ct);
}
