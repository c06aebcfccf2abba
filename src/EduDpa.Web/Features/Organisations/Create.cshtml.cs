using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Organisations;

public sealed class CreateModel(OrganisationWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t)
    : OrganisationFormPage(messages, t)
{
    public IActionResult OnGet(OrganisationKind kind = OrganisationKind.SchoolBoard)
    {
        if (!Enum.IsDefined(kind))
        {
            return NotFound();
        }
        Input = new OrganisationForm { Kind = kind };
        if (kind == OrganisationKind.SchoolBoard)
        {
            Input.Schools.Add(new SchoolRow());
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await writer.CreateAsync(Input.ToInput(), cancellationToken);
        if (ShowProblems(result) is { } problem)
        {
            return problem;
        }
        TempData["Status"] = T["Organisation.Created", result.Value!.Name].Value;
        return Redirect($"/organisations/{result.Value.Id}");
    }
}
