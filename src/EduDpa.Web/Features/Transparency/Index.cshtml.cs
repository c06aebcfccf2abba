using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduDpa.Web.Features.Transparency;

/// <summary>/openbaar: find your school or its board by name, BRIN code or KvK number; a BRIN code of a published page goes straight to it.</summary>
[AllowAnonymous]
public sealed class IndexModel(PublicReader reader, Infrastructure.Localization.ValidationMessages messages) : PageModel
{
    public string? Search { get; private set; }

    public IReadOnlyList<PublicDirectoryEntry>? Found { get; private set; }

    public IReadOnlyList<string> QueryProblems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filter = PublicQuery.Read(Request, out var errors);
        if (filter is null)
        {
            QueryProblems = [.. errors.ByField.SelectMany(e => e.Value.Select(code => messages.Describe(e.Key, code, "Public")))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Search = filter.Search;
        if (Search is null)
        {
            return Page();
        }
        if (await reader.PublishedSchoolAsync(Search, ct) is { } brin)
        {
            return Redirect(PublicLinks.To(PublicReader.SchoolUrl(brin)));
        }
        Found = await reader.SearchAsync(Search, ct);
        return Page();
    }
}
