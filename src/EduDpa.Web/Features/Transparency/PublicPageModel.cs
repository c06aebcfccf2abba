using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace EduDpa.Web.Features.Transparency;

/// <summary>
/// A public page (a board's or a school's), for anyone: 200 with the page, a friendly 404 page of its own when the
/// board or school is unknown or has not published its page, a 400 page naming the parameter when the query string is
/// malformed or too long. Only the 200 is cached.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicCachePolicy.Name)]
public abstract class PublicPageModel(ValidationMessages messages) : PageModel
{
    public PublicPageResponse? Shown { get; private set; }

    /// <summary>What is wrong with the query string, one sentence per parameter (the 400).</summary>
    public IReadOnlyList<string> QueryProblems { get; private set; } = [];

    public bool Missing => Shown is null && QueryProblems.Count == 0;

    /// <summary>The page's title: the school's or the board's name, or what went wrong.</summary>
    public string Title(Microsoft.Extensions.Localization.IStringLocalizer t) => Shown is { } page
        ? t["Public.Title", page.School?.Name ?? page.Board.Name]
        : t[QueryProblems.Count > 0 ? "Public.BadQuery.Title" : "Public.NotFound.Title"];

    protected async Task<IActionResult> ShowAsync(Func<PublicFilter, Task<(PublicPageResponse Page, Guid BoardId)?>> read)
    {
        var filter = PublicQuery.Read(Request, out var errors);
        if (filter is null)
        {
            QueryProblems = [.. errors.ByField.SelectMany(e => e.Value.Select(code => messages.Describe(e.Key, code, "Public")))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var found = await read(filter);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        PublicCachePolicy.Tag(HttpContext, found.Value.BoardId);
        Shown = found.Value.Page;
        return Page();
    }
}
