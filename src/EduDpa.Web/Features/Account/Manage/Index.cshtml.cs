using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Accounts;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Account.Manage;

/// <summary>The person's own account: name, and their organisations and roles.</summary>
public sealed class IndexModel(UserManager<User> users, TenantContext tenant, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string Email { get; private set; } = string.Empty;
    public bool TwoFactorEnabled { get; private set; }
    public IReadOnlyList<MemberOrganisation> Organisations => tenant.Organisations;
    public PlatformRoles PlatformRoles => tenant.PlatformRoles;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.required"), StringLength(EduDpa.Web.Features.Account.User.DisplayNameMaxLength, ErrorMessage = "Validation.too-long")]
        [Display(Name = "Field.DisplayName")]
        public string? DisplayName { get; set; }
    }

    public async Task OnGetAsync()
    {
        var user = await Load();
        Input = new InputModel { DisplayName = user.DisplayName };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await Load();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        user.DisplayName = Input.DisplayName!.Trim();
        await users.UpdateAsync(user);
        TempData["Status"] = t["Manage.Saved"].Value;
        return RedirectToPage();
    }

    private async Task<User> Load()
    {
        var user = (await users.GetUserAsync(User))!;
        Email = user.Email!;
        TwoFactorEnabled = user.TwoFactorEnabled;
        return user;
    }
}
