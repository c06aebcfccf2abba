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
    public static IReadOnlyList<(DiffPart Part, string Text)> Compare(string oldText, string newText)
    {
        var model = new InlineDiffBuilder(new Differ()).BuildDiffModel(oldText, newText, ignoreWhitespace: false, ignoreCase: false, new WordChunker());
        var parts = new List<(DiffPart Part, string Text)>();
        foreach (var piece in model.Lines)
        {
            var part = piece.Type switch
            {
                ChangeType.Deleted => DiffPart.Deleted,
                ChangeType.Inserted => DiffPart.Inserted,
                _ => DiffPart.Same,
            };
            if (parts.Count > 0 && parts[^1].Part == part)
            {
                parts[^1] = (part, parts[^1].Text + piece.Text);
            }
            else
            {
                parts.Add((part, piece.Text));
            }
        }
        return parts;
    }
}
