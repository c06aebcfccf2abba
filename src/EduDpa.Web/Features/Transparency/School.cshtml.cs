using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;

namespace EduDpa.Web.Features.Transparency;

/// <summary>/openbaar/scholen/{brin}: one school's public page, with the products used at that school.</summary>
public sealed class SchoolModel(PublicReader reader, ValidationMessages messages) : PublicPageModel(messages)
{
    public Task<IActionResult> OnGetAsync(string brin, CancellationToken ct) => ShowAsync(filter => reader.SchoolAsync(brin, filter, ct));
}
