using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.DevMail;

[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class IndexModel(IServiceProvider services) : PageModel
{
    public IReadOnlyList<DroppedMail> Messages { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (services.GetService<MailDropFolder>() is not { } folder)
        {
            return NotFound();
        }
        Messages = DroppedMails.List(folder);
        return Page();
    }
}
