using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace EduDpa.Web.Features.Transparency;

/// <summary>/openbaar/besturen/{kvk}: a school board's public page for pupils and parents.</summary>
public sealed class BoardModel(PublicReader reader, ValidationMessages messages) : PublicPageModel(messages)
{
    public Task<IActionResult> OnGetAsync(string kvk, CancellationToken ct) => ShowAsync(filter => reader.BoardAsync(kvk, filter, ct));
}
