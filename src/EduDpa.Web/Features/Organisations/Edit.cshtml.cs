using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Organisations;

public sealed class EditModel(OrganisationWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t)
    : OrganisationFormPage(messages, t)
{
    [FromRoute]
    public Guid OrganisationId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var organisation = await writer.All.AsNoTracking().FirstOrDefaultAsync(o => o.Id == OrganisationId, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }
        Input = OrganisationForm.From(organisation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await writer.UpdateAsync(OrganisationId, Input.ToInput(), Input.Version, cancellationToken);
        if (ShowProblems(result) is { } problem)
        {
            return problem;
        }
        TempData["Status"] = T["Organisation.Saved", result.Value!.Name].Value;
        return Redirect($"/organisations/{OrganisationId}");
    }
}
