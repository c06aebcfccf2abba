using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Shell;

/// <summary>
/// The error page, re-executed for failed requests of any method. It binds nothing from the request:
/// the failed request's form may be the very problem (a missing anti-forgery token).
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true)]
public sealed class ErrorModel : PageModel
{
    /// <summary>The status from the route (/error/404, after status-code re-execution) or the one the exception handler set.</summary>
    public int Code => int.TryParse(RouteData.Values["code"]?.ToString(), out var code) ? code : HttpContext.Response.StatusCode;

    public void OnGet()
    {
    }
}
