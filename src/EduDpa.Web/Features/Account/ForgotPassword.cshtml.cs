using System.ComponentModel.DataAnnotations;
using System.Text;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Account;

/// <summary>Sends a reset link to the address, if it belongs to an account; says the same either way.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<User> users, IMailer mailer, PublicUrl publicUrl, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.Email")]
        public string? Email { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is not null)
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = publicUrl.For($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}");
            using (new CultureScope(user.PreferredCulture))
            {
                await mailer.SendAsync(new MailMessage(user.Email!, t["Mail.ResetPassword.Subject"], t["Mail.ResetPassword.Body", user.DisplayName, link]), cancellationToken);
            }
        }
        Sent = true;
        return Page();
    }
}
