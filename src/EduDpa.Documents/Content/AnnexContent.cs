using EduDpa.Domain.Annexes;

namespace EduDpa.Documents.Content;

/// <summary>Bijlage 1 or 2 of one product, block by block as the HTML page shows it.</summary>
internal static class AnnexContent
{
    public static IEnumerable<Block> Write(AnnexDocument annex)
    {
        yield return new Heading(1, annex.PlainTitle, annex.Id);
        foreach (var block in annex.Blocks)
        {
            switch (block)
            {
                case AnnexHeading heading:
                    yield return new Heading(Math.Min(3, heading.Level + 1), TextOf(heading.Text), heading.Id);
                    break;
                case AnnexParagraph paragraph:
                    yield return new Paragraph(DutchText.Runs(paragraph.Text));
                    break;
                case AnnexList list:
                    foreach (var item in list.Items)
                    {
                        yield return new Paragraph(DutchText.Runs(item.Text), item.Level, item.Tick is { } tick ? DutchText.TickMark(tick) : "•");
                    }
                    break;
                case AnnexTable table:
                    yield return Table(table);
                    break;
                default:
                    throw new NotSupportedException($"Annex block {block.GetType().Name}");
            }
        }
    }

    private static Table Table(AnnexTable table)
    {
        // A vertical table may leave its top-left corner empty: one column heading fewer than cells per row.
        var leadingBlank = table.RowHeaders && table.Columns.Count > 0 && table.Rows.Count > 0 && table.Columns.Count == table.Rows[0].Count - 1;
        var header = table.Columns.Select(c => new Cell(DutchText.Template(c))).ToList();
        if (leadingBlank)
        {
            header.Insert(0, new Cell([]));
        }
        var rows = table.Rows.Select(row => (IReadOnlyList<Cell>)[.. row.Select(Cell)]).ToList();
        return new Table(table.Caption, header, rows, table.RowHeaders);
    }

    private static Cell Cell(AnnexCell cell)
    {
        var runs = DutchText.Runs(cell.Text);
        return new Cell(cell.Tick is { } tick ? [new Run(DutchText.TickMark(tick) + " "), .. runs] : runs, cell.Level);
    }

    private static string TextOf(IEnumerable<EduDpa.Domain.Agreements.TextSpan> spans) => EduDpa.Domain.Agreements.TextSpan.Plain(spans);
}
