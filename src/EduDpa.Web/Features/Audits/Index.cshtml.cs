using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Audits;

/// <summary>The audits of the organisation's agreements: open ones first, with what each party awaits.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(AuditReader reader) : PageModel
{
    public IReadOnlyList<AuditView> Audits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Audits = await reader.ListAsync(null, ct);
}
