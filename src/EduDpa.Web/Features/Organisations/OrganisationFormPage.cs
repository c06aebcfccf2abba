using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Organisations;

/// <summary>
/// What the create and edit pages share: the form, adding and removing school rows (plain posts that
/// htmx turns into partial updates), and showing the outcome of a save.
/// </summary>
[Authorize(Policy = Policies.PlatformAdmin)]
public abstract class OrganisationFormPage(ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    /// <summary>Set when someone else saved first: what is stored now, shown beside the person's own input.</summary>
    public OrganisationForm? Stored { get; protected set; }

    protected IStringLocalizer<SharedResource> T => t;

    public IEnumerable<SelectListItem> Sectors =>
        Enum.GetValues<Sector>().Select(s => new SelectListItem(t[$"Sector.{s}"], s.ToString()));

    public IActionResult OnPostAddSchool()
    {
        ModelState.Clear();
        Input.Schools.Add(new SchoolRow());
        return Page();
    }

    public IActionResult OnPostRemoveSchool(int index)
    {
        ModelState.Clear();
        if (index >= 0 && index < Input.Schools.Count)
        {
            Input.Schools.RemoveAt(index);
        }
        return Page();
    }

    /// <summary>Shows a refused save on the form; returns null when it was saved.</summary>
    protected IActionResult? ShowProblems(WriteResult<Organisation> result)
    {
        switch (result.Outcome)
        {
            case WriteOutcome.Saved:
                return null;
            case WriteOutcome.NotFound:
                return NotFound();
            case WriteOutcome.Stale:
                Stored = OrganisationForm.From(result.Value!);
                // The next save is a conscious choice to replace what is stored.
                Input.Version = Stored.Version;
                ModelState.Remove("Input.Version");
                ModelState.AddModelError(string.Empty, t["Concurrency.Form"]);
                return Page();
            default:
                messages.AddTo(ModelState, "Input", result.Errors!);
                return Page();
        }
    }
}
