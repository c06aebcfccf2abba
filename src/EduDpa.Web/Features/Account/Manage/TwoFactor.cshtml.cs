using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Account.Manage;

/// <summary>Two-factor authentication: its state, turning it off, and new recovery codes.</summary>
public sealed class TwoFactorModel(UserManager<User> users, SignInManager<User> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }

    public async Task OnGetAsync() => await Load();

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await Load();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = t["TwoFactor.Disabled"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await Load();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        NewRecoveryCodes = [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!];
        RecoveryCodesLeft = NewRecoveryCodes.Count;
        return Page();
    }

    private async Task<User> Load()
    {
        var user = (await users.GetUserAsync(User))!;
        Enabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        return user;
    }
}
