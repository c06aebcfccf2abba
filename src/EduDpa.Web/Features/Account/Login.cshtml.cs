using System.ComponentModel.DataAnnotations;
using EduDpa.Web.Features.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<User> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.Email")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.Password")]
        public string? Password { get; set; }

        [Display(Name = "Field.RememberMe")]
        public bool RememberMe { get; set; }
    }

    /// <summary>Set by the passkey button's script: the browser's answer to the challenge.</summary>
    [BindProperty]
    public string? PasskeyCredential { get; set; }

    public void OnGet()
    {
    }

    /// <summary>The options for navigator.credentials.get: any passkey of this site may answer.</summary>
    public async Task<IActionResult> OnPostPasskeyOptionsAsync() =>
        Content(await signIn.MakePasskeyRequestOptionsAsync(user: null), "application/json");

    public async Task<IActionResult> OnPostPasskeyAsync()
    {
        ModelState.Clear();
        var result = string.IsNullOrWhiteSpace(PasskeyCredential) ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasskeySignInAsync(PasskeyCredential);
        if (result.Succeeded)
        {
            return LocalRedirect(ShellFeature.LocalUrl(ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            return RedirectToPage("Lockout");
        }
        ModelState.AddModelError(string.Empty, t["Login.PasskeyFailed"]);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email!.Trim().ToLowerInvariant(), Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ShellFeature.LocalUrl(ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginWith2fa", new { ReturnUrl, Input.RememberMe });
        }
        if (result.IsLockedOut)
        {
            return RedirectToPage("Lockout");
        }
        // One message for an unknown address and a wrong password: the page does not reveal who has an account.
        ModelState.AddModelError(string.Empty, t["Login.Failed"]);
        return Page();
    }
}
