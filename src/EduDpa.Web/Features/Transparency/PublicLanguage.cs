using EduDpa.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Localization;

namespace EduDpa.Web.Features.Transparency;

/// <summary>
/// The language of the public pages and the open JSON: <c>?lang=en</c> or <c>?lang=nl</c> (the pages' language switch
/// is a link), else Dutch; the JSON also honours Accept-Language. The app's language cookie is ignored here, so that
/// a public URL always answers in the same language and the output cache needs no cookie in its key.
/// </summary>
public sealed class PublicLanguage : RequestCultureProvider
{
    public const string PagePath = "/openbaar";
    public const string ApiPath = "/api/public";

    public static bool IsPublic(PathString path) => path.StartsWithSegments(PagePath) || path.StartsWithSegments(ApiPath);

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(IsPublic(httpContext.Request.Path) ? new ProviderCultureResult(LocalizationSetup.ForLanguage(LanguageOf(httpContext.Request)).Name) : null);

    /// <summary>"nl" or "en" for a public request.</summary>
    public static string LanguageOf(HttpRequest request)
    {
        var asked = request.Query[PublicQuery.LanguageKey].ToString();
        if (PublicQuery.IsLanguage(asked))
        {
            return asked;
        }
        if (request.Path.StartsWithSegments(ApiPath))
        {
            // The first of Dutch and English the client prefers; any other language gets Dutch.
            var preferred = request.GetTypedHeaders().AcceptLanguage
                .Where(l => l.Quality is not 0)
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
                .FirstOrDefault(PublicQuery.IsLanguage);
            if (preferred is not null)
            {
                return preferred;
            }
        }
        return "nl";
    }
}
