namespace EduDpa.Documents.Content;

/// <summary>
/// The agreement as a neutral document: headings, paragraphs, tables and page breaks. The PDF and the DOCX
/// are both written from these blocks, so they say the same in the same order.
/// </summary>
internal abstract record Block;

internal sealed record Run(string Text, bool Bold = false, bool Italic = false);

/// <summary>Level 1 is a main part (listed in the contents); 2 and 3 are sections within it.</summary>
/// <param name="Anchor">A name other parts can link to; headings of level 1 with an anchor make the table of contents.</param>
internal sealed record Heading(int Level, string Text, string? Anchor = null) : Block;

internal enum ParagraphStyle
{
    Body = 0,
    Title = 1,
    Subtitle = 2,
    Small = 3,
}

/// <param name="Indent">Nesting level: each level indents the paragraph by one label width.</param>
/// <param name="Label">A hanging label before the text ("1.", "a.", "☒").</param>
/// <param name="Marked">Changed by an amendment: shown with a bar in the margin.</param>
internal sealed record Paragraph(IReadOnlyList<Run> Runs, int Indent = 0, string? Label = null, bool Marked = false, ParagraphStyle Style = ParagraphStyle.Body) : Block
{
    public Paragraph(string text, ParagraphStyle style = ParagraphStyle.Body, bool bold = false) : this([new Run(text, bold)], Style: style)
    {
    }
}

internal sealed record Cell(IReadOnlyList<Run> Runs, int Indent = 0)
{
    public static Cell Of(string text, bool bold = false) => new([new Run(text, bold)]);
}

/// <summary>The colour of a whole table row: the analyses' green (conform) and yellow (attention needed).</summary>
internal enum RowShade
{
    None = 0,
    Green = 1,
    Yellow = 2,
}

/// <param name="Header">Column headings, repeated at the top of each page the table spans; empty for none.</param>
/// <param name="RowHeaders">The first cell of each row labels the row.</param>
/// <param name="Shades">Per row, the colour of the whole row; null for none.</param>
internal sealed record Table(string? Caption, IReadOnlyList<Cell> Header, IReadOnlyList<IReadOnlyList<Cell>> Rows, bool RowHeaders = false, IReadOnlyList<RowShade>? Shades = null) : Block;

internal sealed record PageBreak : Block;

/// <summary>The table of contents: every heading of level 1 that has an anchor, with its page.</summary>
internal sealed record Contents(string Heading) : Block;
