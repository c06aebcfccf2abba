using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace EduDpa.Web.Features.Account.Manage;

/// <summary>Links an authenticator app: shows the key (as text and QR code) and turns 2FA on once the app's first code checks out.</summary>
public sealed class AuthenticatorModel(UserManager<User> users, SignInManager<User> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string SharedKey { get; private set; } = string.Empty;
    public string AuthenticatorUri { get; private set; } = string.Empty;
    public string QrCodeSvg { get; private set; } = string.Empty;
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.AuthenticatorCode")]
        public string? Code { get; set; }
    }

    public async Task OnGetAsync() => await LoadKey();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await LoadKey();
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = Input.Code!.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", t["Login.WrongCode"]);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!];
        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = t["TwoFactor.Enabled"].Value;
        return Page();
    }

    private async Task<User> LoadKey()
    {
        var user = (await users.GetUserAsync(User))!;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        SharedKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        AuthenticatorUri = $"otpauth://totp/EduDpa:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=EduDpa&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.Q);
        QrCodeSvg = new SvgQRCode(data).GetGraphic(4);
        return user;
    }
}
