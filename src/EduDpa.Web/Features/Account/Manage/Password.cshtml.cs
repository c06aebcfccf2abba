using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Account.Manage;

public sealed class PasswordModel(UserManager<User> users, SignInManager<User> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.CurrentPassword")]
        public string? CurrentPassword { get; set; }

        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.NewPassword")]
        public string? NewPassword { get; set; }

        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.ConfirmPassword")]
        [Compare(nameof(NewPassword), ErrorMessage = "Validation.passwords-differ")]
        public string? ConfirmPassword { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = (await users.GetUserAsync(User))!;
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", error.Description);
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = t["Manage.PasswordChanged"].Value;
        return RedirectToPage("Index");
    }
}
