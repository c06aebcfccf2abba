using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.DevMail;

[Authorize(Policy = Policies.PlatformAdmin)]
public sealed class MessageModel(IServiceProvider services) : PageModel
{
    public DroppedMail Mail { get; private set; } = null!;

    public IActionResult OnGet(string file)
    {
        if (services.GetService<MailDropFolder>() is not { } folder || DroppedMails.Find(folder, file) is not { } mail)
        {
            return NotFound();
        }
        Mail = mail;
        return Page();
    }
}
