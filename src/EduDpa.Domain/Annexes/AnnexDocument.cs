using EduDpa.Domain.Agreements;

namespace EduDpa.Domain.Annexes;

/// <summary>
/// A filled-in annex as a document: its title and blocks in the model's order. The web page, the plain text
/// and (later) the PDF and DOCX are written from these blocks, so that they all say the same.
/// </summary>
public sealed record AnnexDocument(string Id, AnnexKind Kind, IReadOnlyList<TextSpan> Title, IReadOnlyList<AnnexBlock> Blocks)
{
    public string PlainTitle => TextSpan.Plain(Title);
}

public abstract record AnnexBlock(string? Id);

public sealed record AnnexHeading(string? Id, int Level, IReadOnlyList<TextSpan> Text) : AnnexBlock(Id);

public sealed record AnnexParagraph(string? Id, IReadOnlyList<TextSpan> Text) : AnnexBlock(Id);

/// <summary>A list of statements, each ticked or not (the measures of Bijlage 2 A, the breach information of C).</summary>
public sealed record AnnexList(string? Id, IReadOnlyList<AnnexCell> Items) : AnnexBlock(Id);

/// <summary>
/// A table. With <see cref="RowHeaders"/> the first cell of each row labels it (the model's vertical tables,
/// such as a transfer in G or a sub-processor in H).
/// </summary>
public sealed record AnnexTable(string? Id, string? Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<AnnexCell>> Rows, bool RowHeaders = false) : AnnexBlock(Id);

/// <summary>A cell: text, and for the model's tick columns whether it is ticked. <see cref="Level"/> indents a sub-item.</summary>
public sealed record AnnexCell(IReadOnlyList<TextSpan> Text, Tick? Tick = null, int Level = 0)
{
    public string PlainText => TextSpan.Plain(Text);
}

public enum Tick
{
    Unticked = 0,
    Ticked = 1,

    /// <summary>Still to be decided (by the board).</summary>
    Open = 2,
}
