using System.Text.RegularExpressions;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Analyses;

/// <summary>
/// Where a row of an analysis points in a framework: an article ("1"), a paragraph ("3.1") or lettered item
/// ("7.2.a"), or a range of paragraphs of one article ("8.1 t/m 8.6", also written "8.1-8.6").
/// </summary>
public sealed partial record ArticleReference(string From, string? To)
{
    [GeneratedRegex(@"^\s*(\d+(?:\.\d+)?(?:\.[a-z])?)\s*(?:(?:t/m|tot en met|-|–)\s*(\d+(?:\.\d+)?(?:\.[a-z])?))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>The way the sector writes it: "8.1 t/m 8.6".</summary>
    public override string ToString() => To is null ? From : $"{From} t/m {To}";

    public static ArticleReference? Parse(string? text)
    {
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            return null;
        }
        var to = match.Groups[2].Success ? match.Groups[2].Value.ToLowerInvariant() : null;
        var from = match.Groups[1].Value.ToLowerInvariant();
        return new ArticleReference(from, to == from ? null : to);
    }

    /// <summary>Whether the framework has what this names; a range must run forward within one article.</summary>
    public bool ResolvesIn(ModelDocument framework)
    {
        if (To is null)
        {
            return Position(framework, From) is not null;
        }
        var (from, to) = (Position(framework, From), Position(framework, To));
        return from is { } f && to is { } t && f < t && Article(From) == Article(To) && From.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>Where it comes in the framework, for sorting rows in reading order; unknown references last.</summary>
    public int SortKey(ModelDocument framework) => Position(framework, From) ?? int.MaxValue;

    private static string Article(string id) => id.Split('.')[0];

    /// <summary>The reading position of an article or clause: an article before its first paragraph.</summary>
    private static int? Position(ModelDocument framework, string id)
    {
        var index = 0;
        foreach (var article in framework.Articles)
        {
            if (article.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == id)
            {
                return index;
            }
            index++;
            foreach (var clause in article.Clauses)
            {
                if (clause.Id == id)
                {
                    return index;
                }
                index++;
                foreach (var item in clause.Items ?? [])
                {
                    if (item.Id == id)
                    {
                        return index;
                    }
                    index++;
                }
            }
        }
        return null;
    }
}
