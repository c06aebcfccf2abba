using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace EduDpa.Web.Features.Transparency;

/// <summary>Links between the public pages keep the page's language; the language switch is a link to the same page in the other one.</summary>
public static class PublicLinks
{
    public static bool English => Infrastructure.Localization.LocalizationSetup.IsEnglish;

    /// <summary>The path in the current language: <c>?lang=en</c> added in English, Dutch needs nothing.</summary>
    public static string To(string path) => English ? QueryHelpers.AddQueryString(path, PublicQuery.LanguageKey, "en") : path;

    /// <summary>The current page with its search and filters, in <paramref name="language"/>.</summary>
    public static string InLanguage(HttpRequest request, string language)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => PublicQuery.Keys.Contains(p.Key, StringComparer.OrdinalIgnoreCase) && !string.Equals(p.Key, PublicQuery.LanguageKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .ToList();
        if (language == "en")
        {
            query.Add(new(PublicQuery.LanguageKey, "en"));
        }
        return QueryHelpers.AddQueryString(request.Path.Value ?? "/", query);
    }
}
