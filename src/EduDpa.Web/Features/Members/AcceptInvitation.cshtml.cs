using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Accounts;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Members;

/// <summary>
/// Where the invitation link leads. Someone new chooses a name and password; someone with an account
/// signs in (as the invited address) and accepts.
/// </summary>
[AllowAnonymous]
public sealed class AcceptInvitationModel(
    InvitationAcceptance acceptance, UserManager<User> users, SignInManager<User> signIn, TenantContext tenant, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public InvitationView? View { get; private set; }
    public bool AccountExists { get; private set; }
    public bool SignedInAsInvitee { get; private set; }
    public bool SignedInAsSomeoneElse { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Validation.required"), StringLength(EduDpa.Web.Features.Account.User.DisplayNameMaxLength, ErrorMessage = "Validation.too-long")]
        [Display(Name = "Field.DisplayName")]
        public string? DisplayName { get; set; }

        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.NewPassword")]
        public string? Password { get; set; }

        [Required(ErrorMessage = "Validation.required"), Display(Name = "Field.ConfirmPassword")]
        [Compare(nameof(Password), ErrorMessage = "Validation.passwords-differ")]
        public string? ConfirmPassword { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>A new person: create the account and accept.</summary>
    public async Task<IActionResult> OnPostRegisterAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (View is not { State: InvitationState.Open } view || AccountExists)
        {
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await acceptance.RegisterAndAcceptAsync(view, Input.DisplayName!, Input.Password!, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            }
            return Page();
        }
        var user = (await users.FindByEmailAsync(view.Invitation.Email.Value))!;
        await signIn.SignInAsync(user, isPersistent: false);
        return Joined(view);
    }

    /// <summary>Someone with an account, signed in as the invited address: accept.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        if (View is not { State: InvitationState.Open } view || !SignedInAsInvitee)
        {
            return Page();
        }
        var user = (await users.FindByIdAsync(tenant.UserId!.Value.ToString()))!;
        await acceptance.AcceptAsync(view, user, cancellationToken);
        return Joined(view);
    }

    private RedirectResult Joined(InvitationView view)
    {
        Response.Cookies.Append(TenantMiddleware.OrganisationCookie, view.Invitation.OrganisationId.ToString(),
            new CookieOptions { IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        TempData["Status"] = t["Invitation.Joined", view.OrganisationName].Value;
        return Redirect("/");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        View = await acceptance.FindAsync(Token, cancellationToken);
        if (View is null)
        {
            return;
        }
        var invitedEmail = View.Invitation.Email.Value;
        AccountExists = await users.FindByEmailAsync(invitedEmail) is not null;
        if (tenant.IsAuthenticated)
        {
            SignedInAsInvitee = string.Equals(tenant.UserName, invitedEmail, StringComparison.OrdinalIgnoreCase);
            SignedInAsSomeoneElse = !SignedInAsInvitee;
        }
    }
}
