using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Accounts;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Members;

[Authorize(Policy = Policies.OrganisationAdmin)]
public sealed class InviteModel(MembershipWriter writer, ValidationMessages messages, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Field.Email")]
        public string? Email { get; set; }

        public List<string> Roles { get; set; } = [];
    }

    public OrganisationRoles SelectedRoles => RoleChoice.Parse(Input.Roles);
    public string? RolesError => ModelState.TryGetValue("Input.Roles", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public void OnGet() => Input.Roles = [nameof(OrganisationRoles.Viewer)];

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await writer.InviteAsync(Input.Email, SelectedRoles, cancellationToken);
        if (result.Outcome != WriteOutcome.Saved)
        {
            messages.AddTo(ModelState, "Input", result.Errors!);
            return Page();
        }
        TempData["Status"] = t["Members.Invited", result.Value!.Email.Value].Value;
        return RedirectToPage("Index");
    }
}
