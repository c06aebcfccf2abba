namespace EduDpa.Documents.Pdf;

/// <summary>Something drawn on a page; coordinates in points from the top-left corner.</summary>
internal abstract record Placed;

internal sealed record PlacedText(float X, float Baseline, string Text, TextStyle Style) : Placed;

internal sealed record PlacedLine(float X1, float Y1, float X2, float Y2, float Thickness) : Placed;

/// <summary>A shaded rectangle (header cells, coloured rows), drawn before the text on it.</summary>
internal sealed record PlacedFill(float X, float Y, float Width, float Height, Content.RowShade Shade = Content.RowShade.None) : Placed;

/// <summary>Where a link to <see cref="Name"/> goes.</summary>
internal sealed record PlacedAnchor(string Name, float Y) : Placed;

internal sealed record PlacedLink(float X, float Y, float Width, float Height, string Anchor) : Placed;

/// <summary>The number of the page <see cref="Anchor"/> is on, right-aligned at <see cref="Right"/>: known only once all pages are laid out.</summary>
internal sealed record PlacedPageNumber(float Right, float Baseline, string Anchor, TextStyle Style) : Placed;

internal sealed class LaidOutPage
{
    public List<Placed> Items { get; } = [];
}

internal sealed record OutlineEntry(string Title, string Anchor, int Level);

internal sealed record LaidOutDocument(IReadOnlyList<LaidOutPage> Pages, IReadOnlyDictionary<string, int> AnchorPages, IReadOnlyList<OutlineEntry> Outline);

/// <summary>A4 in points with ~2 cm margins; the footer sits in the bottom margin.</summary>
internal sealed record PageGeometry(float Width, float Height, float Margin)
{
    public static readonly PageGeometry A4 = new(595.28f, 841.89f, 56.7f);

    public float TextWidth => Width - (2 * Margin);

    public float Bottom => Height - Margin;
}
