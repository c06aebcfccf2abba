using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Account.Manage;

/// <summary>
/// Passkeys: sign in with the phone's or computer's screen lock instead of a password. The browser makes
/// the key pair; the server keeps the public key (Identity's passkey store).
/// </summary>
public sealed class PasskeysModel(UserManager<User> users, SignInManager<User> signIn, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    public const int MaxPasskeys = 10;

    public IReadOnlyList<UserPasskeyInfo> Passkeys { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Field.PasskeyName")]
    public string? Name { get; set; }

    [BindProperty]
    public string? Credential { get; set; }

    public static string IdOf(UserPasskeyInfo passkey) => WebEncoders.Base64UrlEncode(passkey.CredentialId);

    public async Task OnGetAsync() => Passkeys = [.. await users.GetPasskeysAsync(await CurrentAsync())];

    /// <summary>The options for navigator.credentials.create; Identity keeps the challenge in a cookie.</summary>
    public async Task<IActionResult> OnPostOptionsAsync()
    {
        var user = await CurrentAsync();
        var options = await signIn.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id.ToString(), Name = user.Email!, DisplayName = user.DisplayName });
        return Content(options, "application/json");
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var user = await CurrentAsync();
        Passkeys = [.. await users.GetPasskeysAsync(user)];
        if (Passkeys.Count >= MaxPasskeys)
        {
            ModelState.AddModelError(nameof(Name), t["Passkeys.TooMany", MaxPasskeys]);
            return Page();
        }
        if (string.IsNullOrWhiteSpace(Credential))
        {
            ModelState.AddModelError(string.Empty, t["Passkeys.Failed"]);
            return Page();
        }
        var attestation = await signIn.PerformPasskeyAttestationAsync(Credential);
        if (!attestation.Succeeded)
        {
            ModelState.AddModelError(string.Empty, t["Passkeys.Failed"]);
            return Page();
        }
        var passkey = attestation.Passkey;
        var name = Name?.Trim();
        passkey.Name = string.IsNullOrEmpty(name)
            ? t["Passkeys.DefaultName", TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Domain.Common.AmsterdamTime.Zone).ToString("d", System.Globalization.CultureInfo.CurrentCulture)]
            : name[..Math.Min(name.Length, 100)];
        var added = await users.AddOrUpdatePasskeyAsync(user, passkey);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(string.Empty, t["Passkeys.Failed"]);
            return Page();
        }
        TempData["Status"] = t["Passkeys.Added", passkey.Name].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id)
    {
        var user = await CurrentAsync();
        byte[] credentialId;
        try
        {
            credentialId = WebEncoders.Base64UrlDecode(id ?? string.Empty);
        }
        catch (FormatException)
        {
            return NotFound();
        }
        if (await users.GetPasskeyAsync(user, credentialId) is null)
        {
            return NotFound();
        }
        await users.RemovePasskeyAsync(user, credentialId);
        TempData["Status"] = t["Passkeys.Removed"].Value;
        return RedirectToPage();
    }

    private async Task<User> CurrentAsync() => (await users.GetUserAsync(User))!;
}
