using System.Text;
using System.Text.RegularExpressions;

namespace EduDpa.Domain.Agreements;

public enum SpanStyle
{
    Plain = 0,
    Italic = 1,
    Bold = 2,
    BoldItalic = 3,
}

public enum SpanKind
{
    /// <summary>Text of the model.</summary>
    Model = 0,

    /// <summary>A party's detail filled into a field of the model.</summary>
    Field = 1,

    /// <summary>A field nobody filled in yet: shows the model's own placeholder.</summary>
    MissingField = 2,

    /// <summary>Text of an accepted amendment (Bijlage 3).</summary>
    Amendment = 3,
}

/// <summary>A run of text with one style and one origin. User text is never parsed for markup.</summary>
public sealed record TextSpan(string Text, SpanStyle Style = SpanStyle.Plain, SpanKind Kind = SpanKind.Model)
{
    public static string Plain(IEnumerable<TextSpan> spans) => string.Concat(spans.Select(s => s.Text));
}

/// <summary>
/// Reads the model's text format: ***bold italic***, **bold**, *italic*, and {field} where a party's detail
/// goes. A field's value is inserted as it is, so whatever a person typed is never taken for markup.
/// </summary>
public static partial class TemplateText
{
    [GeneratedRegex(@"\*\*\*(?<bi>.+?)\*\*\*|\*\*(?<b>.+?)\*\*|\*(?<i>[^*]+?)\*")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\{(?<key>[a-zA-Z]+\.[a-zA-Z]+)\}")]
    private static partial Regex Field();

    public static IReadOnlyList<TextSpan> Parse(string template, Func<string, (string Text, bool Filled)>? field = null)
    {
        var spans = new List<TextSpan>();
        var position = 0;
        foreach (Match match in Emphasis().Matches(template))
        {
            AddWithFields(spans, template[position..match.Index], SpanStyle.Plain, field);
            var (style, inner) = match.Groups["bi"].Success ? (SpanStyle.BoldItalic, match.Groups["bi"].Value)
                : match.Groups["b"].Success ? (SpanStyle.Bold, match.Groups["b"].Value)
                : (SpanStyle.Italic, match.Groups["i"].Value);
            AddWithFields(spans, inner, style, field);
            position = match.Index + match.Length;
        }
        AddWithFields(spans, template[position..], SpanStyle.Plain, field);
        return spans;
    }

    /// <summary>The text without markup; fields filled in (or their placeholders).</summary>
    public static string PlainText(string template, Func<string, (string Text, bool Filled)>? field = null) => TextSpan.Plain(Parse(template, field));

    private static void AddWithFields(List<TextSpan> spans, string text, SpanStyle style, Func<string, (string Text, bool Filled)>? field)
    {
        var position = 0;
        foreach (Match match in Field().Matches(text))
        {
            Add(spans, text[position..match.Index], style, SpanKind.Model);
            var key = match.Groups["key"].Value;
            if (field is null)
            {
                Add(spans, match.Value, style, SpanKind.MissingField);
            }
            else
            {
                var (value, filled) = field(key);
                Add(spans, value, style, filled ? SpanKind.Field : SpanKind.MissingField);
            }
            position = match.Index + match.Length;
        }
        Add(spans, text[position..], style, SpanKind.Model);
    }

    private static void Add(List<TextSpan> spans, string text, SpanStyle style, SpanKind kind)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (spans.Count > 0 && spans[^1].Style == style && spans[^1].Kind == kind)
        {
            spans[^1] = spans[^1] with { Text = new StringBuilder(spans[^1].Text).Append(text).ToString() };
            return;
        }
        spans.Add(new TextSpan(text, style, kind));
    }
}
