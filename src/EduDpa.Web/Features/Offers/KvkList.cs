using EduDpa.Domain.Identifiers;

namespace EduDpa.Web.Features.Offers;

/// <summary>A line of a pasted or uploaded KvK list that is not a KvK number, by its number (from 1).</summary>
public sealed record BadLine(int Line, string Text);

/// <summary>
/// A list of KvK numbers, one per line, pasted or from a text or CSV file (only the first column counts; spaces and
/// dots inside the number are allowed, blank lines are skipped). Every other line is reported with its number.
/// </summary>
public static class KvkList
{
    public const int MaxLines = 20_000;
    private const int ShownTextLength = 80;

    public static (IReadOnlyList<KvkNumber> Numbers, IReadOnlyList<BadLine> BadLines) Parse(string? text)
    {
        var numbers = new List<KvkNumber>();
        var bad = new List<BadLine>();
        var lines = (text ?? string.Empty).TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var field = line.Split([',', ';', '\t'], 2)[0].Trim().Trim('"', '\'').Trim();
            if (KvkNumber.TryParse(field, out var kvk))
            {
                numbers.Add(kvk);
            }
            else
            {
                bad.Add(new BadLine(index + 1, line.Length > ShownTextLength ? line[..ShownTextLength] + "…" : line));
            }
        }
        return ([.. numbers.Distinct()], bad);
    }

    /// <summary>How many lines the text has (to refuse an unreasonably long list before parsing it).</summary>
    public static int LineCount(string? text) => text is null ? 0 : text.Count(c => c == '\n') + 1;
}
