using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Account;

[AllowAnonymous]
public sealed class LogoutModel(SignInManager<User> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        Response.Cookies.Delete(TenantMiddleware.OrganisationCookie);
        TempData["Status"] = t["Logout.Done"].Value;
        return RedirectToPage("Login");
    }
}
