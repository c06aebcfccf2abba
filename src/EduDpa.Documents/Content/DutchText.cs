using System.Globalization;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;

namespace EduDpa.Documents.Content;

/// <summary>How the documents write times, ticks and the domain's text spans.</summary>
internal static class DutchText
{
    public const string Draft = "concept, niet ondertekend";
    public const string NotSigned = "nog niet ondertekend";

    /// <summary>"23-11-2026 10:15" in Amsterdam time, whatever the offset of <paramref name="moment"/>.</summary>
    public static string DateTime(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, AmsterdamTime.Zone).ToString("dd-MM-yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string TickMark(Tick tick) => tick switch
    {
        Tick.Ticked => "☒",
        Tick.Unticked => "☐",
        _ => "?",
    };

    /// <summary>The model's emphasis as bold and italic; a field nobody filled in yet in italics.</summary>
    public static IReadOnlyList<Run> Runs(IEnumerable<TextSpan> spans) =>
        [.. spans.Select(s => new Run(s.Text,
            s.Style is SpanStyle.Bold or SpanStyle.BoldItalic,
            s.Style is SpanStyle.Italic or SpanStyle.BoldItalic || s.Kind == SpanKind.MissingField))];

    public static IReadOnlyList<Run> Template(string template) => Runs(TemplateText.Parse(template));
}
