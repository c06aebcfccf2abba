using EduDpa.Domain.Common;
using Microsoft.AspNetCore.WebUtilities;

namespace EduDpa.Web.Features.Transparency;

/// <summary>The search and filters of a public page: a text, "data outside the EEA", "special categories".</summary>
public sealed record PublicFilter(string? Search, bool OutsideEea, bool SpecialCategories)
{
    public static readonly PublicFilter None = new(null, false, false);

    public bool IsActive => Search is not null || OutsideEea || SpecialCategories;
}

/// <summary>
/// Reads the query string of the public pages and the open JSON strictly: the known keys once each (q, outsideEea,
/// specialCategories, lang), a search of at most <see cref="SearchMaxLength"/> characters without control
/// characters, true/false for the filters, nl/en for the language, and no more than <see cref="MaxLength"/>
/// characters in all. Anything else is a 400 naming the parameter. Unknown keys (a campaign tag) are ignored, and
/// the output cache leaves them out of its key.
/// </summary>
public static class PublicQuery
{
    public const int MaxLength = 512;
    public const int SearchMaxLength = 100;

    public const string SearchKey = "q";
    public const string OutsideEeaKey = "outsideEea";
    public const string SpecialCategoriesKey = "specialCategories";
    public const string LanguageKey = "lang";

    public static readonly string[] Keys = [SearchKey, OutsideEeaKey, SpecialCategoriesKey, LanguageKey];

    /// <summary>A parameter given more than once (<c>Validation.repeated</c>).</summary>
    public const string Repeated = "repeated";

    /// <returns>The filter, or null with <paramref name="errors"/> naming what is wrong.</returns>
    public static PublicFilter? Read(HttpRequest request, out ValidationErrors errors)
    {
        errors = new ValidationErrors();
        var raw = request.QueryString.Value ?? string.Empty;
        if (raw.Length > MaxLength)
        {
            errors.Add("query", ValidationCodes.TooLong);
            return null;
        }
        var query = QueryHelpers.ParseQuery(raw);
        // ParseQuery's keys ignore case: "q" and "Q" are one key with two values.
        foreach (var key in Keys.Where(k => query.TryGetValue(k, out var values) && values.Count > 1))
        {
            errors.Add(key, Repeated);
        }
        string? Value(string key) => query.TryGetValue(key, out var values) ? values.FirstOrDefault() : null;

        var search = Value(SearchKey)?.Trim();
        if (search is { Length: > SearchMaxLength })
        {
            errors.Add(SearchKey, ValidationCodes.TooLong);
        }
        else if (search is not null && search.Any(char.IsControl))
        {
            errors.Add(SearchKey, ValidationCodes.UnknownValue);
        }
        var outsideEea = Flag(Value(OutsideEeaKey), OutsideEeaKey, errors);
        var special = Flag(Value(SpecialCategoriesKey), SpecialCategoriesKey, errors);
        if (Value(LanguageKey) is { } language && !IsLanguage(language))
        {
            errors.Add(LanguageKey, ValidationCodes.UnknownValue);
        }
        return errors.IsEmpty ? new PublicFilter(string.IsNullOrEmpty(search) ? null : search, outsideEea, special) : null;
    }

    public static bool IsLanguage(string? value) => value is "nl" or "en";

    private static bool Flag(string? value, string key, ValidationErrors errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }
        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }
        errors.Add(key, ValidationCodes.UnknownValue);
        return false;
    }
}
