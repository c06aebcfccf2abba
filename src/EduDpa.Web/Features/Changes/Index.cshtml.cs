using EduDpa.Domain.Changes;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Changes;

/// <summary>Changes to annexes after signing: a board's notices (those waiting for it first), a supplier's announced changes.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(NoticeReader reader, TenantContext tenant) : PageModel
{
    public bool IsSupplier => tenant.Current?.Kind is OrganisationKind.Supplier or OrganisationKind.Distributor;
    public IReadOnlyList<NoticeView> Notices { get; private set; } = [];
    public IReadOnlyList<AnnexChange> Changes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (IsSupplier)
        {
            Changes = await reader.ChangesAsync(ct);
        }
        else
        {
            Notices = await reader.NoticesAsync(null, ct);
        }
    }
}
