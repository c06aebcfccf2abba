using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Account;

/// <summary>Sets a new password with the code from the reset e-mail. Success also lifts a lockout: the person proved they own the address.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<User> users, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.Email")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.NewPassword")]
        public string? Password { get; set; }

        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.ConfirmPassword")]
        [Compare(nameof(Password), ErrorMessage = "Validation.passwords-differ")]
        public string? ConfirmPassword { get; set; }

        public string? Code { get; set; }
    }

    public IActionResult OnGet(string? email, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return RedirectToPage("ForgotPassword");
        }
        Input = new InputModel { Email = email, Code = code };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Input.Code ?? string.Empty));
        }
        catch (FormatException)
        {
            token = string.Empty;
        }
        var result = user is null ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken()) : await users.ResetPasswordAsync(user, token, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            }
            return Page();
        }
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        TempData["Status"] = t["Reset.Done"].Value;
        return RedirectToPage("Login");
    }
}
