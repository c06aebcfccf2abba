using EduDpa.Domain.Accounts;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Members;

/// <summary>The acting organisation's members and open invitations. Everyone in it may look; admins manage.</summary>
[Authorize(Policy = Policies.Member)]
public sealed class IndexModel(MembershipWriter writer, TenantContext tenant, IStringLocalizer<SharedResource> t) : PageModel
{
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];
    public bool CanManage => tenant.HasRole(OrganisationRoles.Admin);
    public string OrganisationName => tenant.Current!.Name;
    public Guid? CurrentUserId => tenant.UserId;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Members = await writer.ListAsync(cancellationToken);
        Invitations = CanManage ? await writer.OpenInvitationsAsync(cancellationToken) : [];
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        if (!CanManage)
        {
            return Forbid();
        }
        if (!await writer.RevokeInvitationAsync(invitationId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Status"] = t["Members.InvitationRevoked"].Value;
        return RedirectToPage();
    }
}
