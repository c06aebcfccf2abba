using System.Text;
using EduDpa.Documents.Content;

namespace EduDpa.Documents.Pdf;

/// <summary>A piece of a line in one style, <see cref="X"/> points from the line's start.</summary>
internal sealed record LineSegment(float X, string Text, TextStyle Style, float Width);

internal sealed record Line(IReadOnlyList<LineSegment> Segments)
{
    public float Width => Segments.Count == 0 ? 0 : Segments[^1].X + Segments[^1].Width;

    public string Text => string.Concat(Segments.Select(s => s.Text));
}

/// <summary>
/// Greedy word wrap by measured widths: words go on a line while they fit, a word wider than a whole line
/// is broken between characters, and a newline in the text always starts a new line.
/// </summary>
internal sealed class LineBreaker(FontSet fonts)
{
    private sealed record Piece(string Text, TextStyle Style, bool SpaceBefore, bool NewLine);

    public IReadOnlyList<Line> Break(IReadOnlyList<Run> runs, TextStyle style, float width)
    {
        var lines = new List<Line>();
        var current = new LineBuilder(fonts);
        foreach (var word in Words(runs, style))
        {
            if (word[0].NewLine)
            {
                lines.Add(current.ToLine());
                current = new LineBuilder(fonts);
                continue;
            }
            var space = word[0].SpaceBefore && !current.IsEmpty;
            var wordWidth = word.Sum(p => fonts.Width(p.Text, p.Style));
            var spaceWidth = space ? fonts.Width(" ", word[0].Style) : 0;
            if (!current.IsEmpty && current.Width + spaceWidth + wordWidth > width)
            {
                lines.Add(current.ToLine());
                current = new LineBuilder(fonts);
                space = false;
            }
            if (current.IsEmpty && wordWidth > width)
            {
                current = BreakOverlongWord(word, width, lines);
                continue;
            }
            for (var i = 0; i < word.Count; i++)
            {
                current.Add(word[i].Text, word[i].Style, space && i == 0);
            }
        }
        if (!current.IsEmpty || lines.Count == 0)
        {
            lines.Add(current.ToLine());
        }
        return lines;
    }

    /// <summary>Fills lines with as many characters as fit; returns the unfinished last line.</summary>
    private LineBuilder BreakOverlongWord(List<Piece> word, float width, List<Line> lines)
    {
        var current = new LineBuilder(fonts);
        foreach (var piece in word)
        {
            var rest = piece.Text;
            while (rest.Length > 0)
            {
                var fit = LongestFittingPrefix(rest, piece.Style, width - current.Width);
                if (fit == 0 && current.IsEmpty)
                {
                    fit = char.IsHighSurrogate(rest[0]) && rest.Length > 1 ? 2 : 1; // narrower than one character: it goes alone
                }
                if (fit == 0)
                {
                    lines.Add(current.ToLine());
                    current = new LineBuilder(fonts);
                    continue;
                }
                current.Add(rest[..fit], piece.Style, false);
                rest = rest[fit..];
                if (rest.Length > 0)
                {
                    lines.Add(current.ToLine());
                    current = new LineBuilder(fonts);
                }
            }
        }
        return current;
    }

    private int LongestFittingPrefix(string text, TextStyle style, float width)
    {
        int low = 0, high = text.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (fonts.Width(text[..middle], style) <= width)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }
        if (low > 0 && low < text.Length && char.IsHighSurrogate(text[low - 1]))
        {
            low--;
        }
        return low;
    }

    /// <summary>Words as pieces of one style each; pieces of adjacent runs without a space between them form one word.</summary>
    private static IEnumerable<List<Piece>> Words(IReadOnlyList<Run> runs, TextStyle style)
    {
        var word = new List<Piece>();
        var spaceBefore = false;
        foreach (var run in runs)
        {
            var runStyle = style.With(run.Bold, run.Italic);
            var text = new StringBuilder();
            foreach (var c in run.Text)
            {
                if (c is '\n' or ' ' or '\t' or '\r')
                {
                    if (text.Length > 0)
                    {
                        word.Add(new Piece(text.ToString(), runStyle, spaceBefore && word.Count == 0, false));
                        text.Clear();
                    }
                    if (word.Count > 0)
                    {
                        yield return word;
                        word = [];
                    }
                    spaceBefore = true;
                    if (c == '\n')
                    {
                        yield return [new Piece(string.Empty, runStyle, false, true)];
                        spaceBefore = false;
                    }
                    continue;
                }
                text.Append(c);
            }
            if (text.Length > 0)
            {
                word.Add(new Piece(text.ToString(), runStyle, spaceBefore && word.Count == 0, false));
                spaceBefore = false;
            }
        }
        if (word.Count > 0)
        {
            yield return word;
        }
    }

    /// <summary>Collects a line, joining text of the same style into one segment so that it is drawn (and extracted) as one string.</summary>
    private sealed class LineBuilder(FontSet fonts)
    {
        private readonly List<LineSegment> _segments = [];

        public bool IsEmpty => _segments.Count == 0;

        public float Width => _segments.Count == 0 ? 0 : _segments[^1].X + _segments[^1].Width;

        public void Add(string text, TextStyle style, bool spaceBefore)
        {
            if (spaceBefore)
            {
                text = " " + text;
            }
            var width = fonts.Width(text, style);
            if (_segments.Count > 0 && _segments[^1].Style == style)
            {
                var last = _segments[^1];
                _segments[^1] = last with { Text = last.Text + text, Width = last.Width + width };
                return;
            }
            _segments.Add(new LineSegment(Width, text, style, width));
        }

        public Line ToLine() => new([.. _segments]);
    }
}
