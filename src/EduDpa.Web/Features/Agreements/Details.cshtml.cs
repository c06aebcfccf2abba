using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Agreements;

[Authorize(Policy = Policies.Member)]
public sealed class DetailsModel(AgreementReader reader, TenantContext tenant, Offers.OfferOpenings openings) : PageModel
{
    [FromRoute]
    public Guid AgreementId { get; set; }

    public AgreementView View { get; private set; } = null!;
    public bool CanEdit => tenant.HasRole(OrganisationRoles.Editor) && View.Agreement.State == AgreementState.Draft;

    /// <summary>The board fills in its part of the annexes while the agreement is a draft.</summary>
    public bool CanEditBoardPart => CanEdit && View.Role == PartyRole.Controller;

    /// <summary>The ECK iD deviation (model art. 7.4) is offered while nobody proposed it yet.</summary>
    public bool CanProposeEckId => CanEdit && !View.Amendments.Any(a => a.ClauseId == Amendment.EckIdClause && a.State != AmendmentState.Withdrawn);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await reader.LoadAsync(AgreementId, cancellationToken) is not { } view)
        {
            return NotFound();
        }
        View = view;
        // The supplier's progress view shows when the board first opened an offer.
        await openings.MarkOpenedAsync(view.Agreement, cancellationToken);
        return Page();
    }
}
