using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Account;

[AllowAnonymous]
public sealed class LockoutModel : PageModel
{
    public int Minutes => (int)AccountFeature.LockoutDuration.TotalMinutes;

    public void OnGet()
    {
    }
}
