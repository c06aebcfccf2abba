using DiffPlex;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace EduDpa.Web.Features.Agreements;

public enum DiffPart
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>Word by word, what changed from one text to another (DiffPlex), for "new text with the changes marked".</summary>
public static class WordDiff
{
    /// <summary>
    /// The parts of the comparison in reading order. Where words were replaced by other words, the run of
    /// changes (with the spaces between them) shows as one deletion followed by one insertion
    /// ("en de toepasselijke" → "uiterlijk vanaf 1"), as a person would mark it. The old text is always the
    /// same and deleted parts in order, the new text the same and inserted parts.
    /// </summary>
    public static IReadOnlyList<(DiffPart Part, string Text)> Compare(string oldText, string newText)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(oldText, newText, ignoreWhitespace: false, ignoreCase: false, new WordChunker());
        var pieces = model.Lines.Select(piece => (Part: piece.Type switch
        {
            ChangeType.Deleted => DiffPart.Deleted,
            ChangeType.Inserted => DiffPart.Inserted,
            _ => DiffPart.Same,
        }, piece.Text)).ToList();

        var parts = new List<(DiffPart Part, string Text)>();
        var i = 0;
        while (i < pieces.Count)
        {
            var end = RunEnd(pieces, i);
            var run = pieces.GetRange(i, end - i);
            if (run.Any(p => p.Part == DiffPart.Deleted) && run.Any(p => p.Part == DiffPart.Inserted))
            {
                Append(parts, DiffPart.Deleted, string.Concat(run.Where(p => p.Part != DiffPart.Inserted).Select(p => p.Text)));
                Append(parts, DiffPart.Inserted, string.Concat(run.Where(p => p.Part != DiffPart.Deleted).Select(p => p.Text)));
            }
            else
            {
                run.ForEach(p => Append(parts, p.Part, p.Text));
            }
            i = end;
        }
        return parts;
    }

    /// <summary>
    /// Where the run starting at <paramref name="start"/> ends: a single unchanged piece, or changed pieces
    /// together with the blank unchanged pieces that lie between them.
    /// </summary>
    private static int RunEnd(List<(DiffPart Part, string Text)> pieces, int start)
    {
        if (pieces[start].Part == DiffPart.Same)
        {
            return start + 1;
        }
        var end = start + 1;
        var next = end;
        while (next < pieces.Count && (pieces[next].Part != DiffPart.Same || string.IsNullOrWhiteSpace(pieces[next].Text)))
        {
            next++;
            if (pieces[next - 1].Part != DiffPart.Same)
            {
                end = next;
            }
        }
        return end;
    }

    private static void Append(List<(DiffPart Part, string Text)> parts, DiffPart part, string text)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (parts.Count > 0 && parts[^1].Part == part)
        {
            parts[^1] = (part, parts[^1].Text + text);
        }
        else
        {
            parts.Add((part, text));
        }
    }
}
