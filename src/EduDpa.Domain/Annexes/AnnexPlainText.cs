using System.Text;
using EduDpa.Domain.Agreements;

namespace EduDpa.Domain.Annexes;

/// <summary>An annex document as plain text: headings, paragraphs, lists and tables in reading order; ticks as [x], [ ] and [?].</summary>
public static class AnnexPlainText
{
    public static string Write(AnnexDocument document)
    {
        var text = new StringBuilder();
        Write(document, text);
        return text.ToString();
    }

    public static void Write(AnnexDocument document, StringBuilder text)
    {
        void Line(string line = "") => text.Append(line).Append('\n');

        Line(document.PlainTitle);
        foreach (var block in document.Blocks)
        {
            Line();
            switch (block)
            {
                case AnnexHeading heading:
                    Line(TextSpan.Plain(heading.Text));
                    break;
                case AnnexParagraph paragraph:
                    Line(TextSpan.Plain(paragraph.Text));
                    break;
                case AnnexList list:
                    foreach (var item in list.Items)
                    {
                        Line($"{Mark(item.Tick)} {item.PlainText}");
                    }
                    break;
                case AnnexTable table:
                    if (table.Caption is { } caption)
                    {
                        Line(caption);
                    }
                    if (table.Columns.Count > 0)
                    {
                        Line(string.Join(" | ", table.Columns));
                    }
                    foreach (var row in table.Rows)
                    {
                        Line(string.Join(" | ", row.Select(Cell)));
                    }
                    break;
            }
        }
    }

    private static string Cell(AnnexCell cell)
    {
        var indent = new string(' ', cell.Level * 3);
        return cell.Tick is { } tick ? $"{indent}{Mark(tick)}{(cell.Text.Count > 0 ? " " + cell.PlainText : string.Empty)}" : indent + cell.PlainText;
    }

    private static string Mark(Tick? tick) => tick switch
    {
        Tick.Ticked => "[x]",
        Tick.Unticked => "[ ]",
        _ => "[?]",
    };
}
