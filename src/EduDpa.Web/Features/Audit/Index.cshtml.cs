using EduDpa.Domain.Auditing;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Audit;

[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class IndexModel(AuditTrail trail) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public AuditChainVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Entries = await trail.ListAsync(Entity, null, null, Before, AuditTrail.PageSize, cancellationToken);

    /// <summary>The chain check; with htmx only its result is swapped in.</summary>
    public async Task<IActionResult> OnGetVerifyAsync(CancellationToken cancellationToken)
    {
        Verification = await trail.VerifyAsync(cancellationToken);
        Entries = await trail.ListAsync(Entity, null, null, Before, AuditTrail.PageSize, cancellationToken);
        return Page();
    }
}
