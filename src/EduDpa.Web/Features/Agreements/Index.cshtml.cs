using EduDpa.Domain.Accounts;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Agreements;

[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(AgreementReader reader, TenantContext tenant) : PageModel
{
    public IReadOnlyList<AgreementListRow> Agreements { get; private set; } = [];
    public bool CanDraft => tenant.HasRole(OrganisationRoles.Editor);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agreements = await reader.ListAsync(cancellationToken);
}
