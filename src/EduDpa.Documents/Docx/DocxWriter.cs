using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using EduDpa.Documents.Content;
using Run = EduDpa.Documents.Content.Run;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace EduDpa.Documents.Docx;

/// <summary>
/// The neutral blocks as a WordprocessingML document: headings in Heading1–3, labels as hanging indents,
/// an amended paragraph with a bar in the left margin, tables whose header row repeats on each page, the
/// contents as links to bookmarks, and "pagina X van N" in the footer.
/// </summary>
internal static class DocxWriter
{
    // A4 in twentieths of a point, margins 2 cm.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1134;
    private const int TextWidth = PageWidth - (2 * Margin);
    private const int IndentStep = 440;

    public static byte[] Write(IReadOnlyList<Block> blocks, string title, string author, DateTimeOffset created)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            package.PackageProperties.Title = title;
            package.PackageProperties.Creator = author;
            package.PackageProperties.Created = created.UtcDateTime;
            package.PackageProperties.Modified = created.UtcDateTime;
            package.PackageProperties.Language = "nl-NL";
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(title);
            var body = new Body();
            var bookmarkId = 0;
            foreach (var block in blocks)
            {
                switch (block)
                {
                    case Heading heading:
                        body.Append(HeadingParagraph(heading, ref bookmarkId));
                        break;
                    case Content.Paragraph paragraph:
                        body.Append(Paragraph(paragraph));
                        break;
                    case Content.Table table:
                        if (table.Caption is { } caption)
                        {
                            body.Append(new W.Paragraph(new ParagraphProperties(new KeepNext()), TextRun(new Run(caption, Bold: true))));
                        }
                        body.Append(Table(table));
                        // Word joins adjacent tables; an empty paragraph keeps them apart.
                        body.Append(new W.Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
                        break;
                    case PageBreak:
                        body.Append(new W.Paragraph(new W.Run(new Break { Type = BreakValues.Page })));
                        break;
                    case Contents contents:
                        body.Append(ContentsParagraphs(contents, blocks));
                        break;
                    default:
                        throw new NotSupportedException($"Block {block.GetType().Name}");
                }
            }
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new W.PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = Margin, Right = Margin, Bottom = Margin, Left = Margin, Header = 567, Footer = 567, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static IEnumerable<OpenXmlElement> HeadingParagraph(Heading heading, ref int bookmarkId)
    {
        var paragraph = new W.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{Math.Clamp(heading.Level, 1, 3)}" }));
        if (heading.Anchor is { } anchor)
        {
            var id = (bookmarkId++).ToString(CultureInfo.InvariantCulture);
            paragraph.Append(new BookmarkStart { Id = id, Name = BookmarkName(anchor) }, TextRun(new Run(heading.Text)), new BookmarkEnd { Id = id });
        }
        else
        {
            paragraph.Append(TextRun(new Run(heading.Text)));
        }
        return [paragraph];
    }

    /// <summary>Word wants bookmark names of at most 40 characters that start with a letter.</summary>
    private static string BookmarkName(string anchor)
    {
        var name = "_" + new string([.. anchor.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
        return "b" + (name.Length > 39 ? name[..39] : name);
    }

    private static IEnumerable<OpenXmlElement> ContentsParagraphs(Contents contents, IReadOnlyList<Block> blocks)
    {
        yield return new W.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), TextRun(new Run(contents.Heading)));
        foreach (var heading in blocks.OfType<Heading>().Where(h => h.Level == 1 && h.Anchor is not null))
        {
            yield return new W.Paragraph(
                new ParagraphProperties(new SpacingBetweenLines { After = "40" }),
                new Hyperlink(TextRun(new Run(heading.Text))) { Anchor = BookmarkName(heading.Anchor!), History = true });
        }
    }

    private static W.Paragraph Paragraph(Content.Paragraph paragraph)
    {
        var properties = new ParagraphProperties();
        if (paragraph.Style != ParagraphStyle.Body)
        {
            properties.Append(new ParagraphStyleId { Val = paragraph.Style.ToString() });
        }
        if (paragraph.Marked)
        {
            properties.Append(new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = "000000" }));
        }
        var left = paragraph.Indent * IndentStep;
        if (paragraph.Label is not null)
        {
            left += IndentStep;
            properties.Append(new Tabs(new TabStop { Val = TabStopValues.Left, Position = left }));
        }
        if (left > 0)
        {
            properties.Append(new Indentation { Left = left.ToString(CultureInfo.InvariantCulture), Hanging = paragraph.Label is null ? null : IndentStep.ToString(CultureInfo.InvariantCulture) });
        }
        var result = new W.Paragraph(properties);
        if (paragraph.Label is { } label)
        {
            result.Append(TextRun(new Run(label)), new W.Run(new TabChar()));
        }
        result.Append(paragraph.Runs.Select(TextRun));
        return result;
    }

    private static W.Run TextRun(Run run)
    {
        var result = new W.Run();
        if (run.Bold || run.Italic)
        {
            var properties = new RunProperties();
            if (run.Bold)
            {
                properties.Append(new Bold());
            }
            if (run.Italic)
            {
                properties.Append(new Italic());
            }
            result.Append(properties);
        }
        var lines = run.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                result.Append(new Break());
            }
            result.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return result;
    }

    private static W.Table Table(Content.Table table)
    {
        var columns = Math.Max(table.Header.Count, table.Rows.Count == 0 ? 1 : table.Rows.Max(r => r.Count));
        var widths = ColumnWidths(table, columns);
        var result = new W.Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        if (table.Header.Count > 0)
        {
            result.Append(Row(table.Header, widths, header: true, rowHeaders: false));
        }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            result.Append(Row(table.Rows[r], widths, header: false, table.RowHeaders, table.Shades is { } shades && r < shades.Count ? shades[r] : RowShade.None));
        }
        return result;
    }

    /// <summary>Widths by the length of each column's longest text, between a fifth and three times an even share.</summary>
    private static int[] ColumnWidths(Content.Table table, int columns)
    {
        var wants = Enumerable.Range(0, columns).Select(i => (double)Math.Max(6, table.Rows.Prepend(table.Header)
            .Select(r => i < r.Count ? string.Concat(r[i].Runs.Select(x => x.Text)).Length : 0).DefaultIfEmpty(0).Max())).ToArray();
        var even = 1.0 / columns;
        var shares = wants.Select(w => Math.Clamp(Math.Sqrt(w), 0.2 * even * wants.Sum(Math.Sqrt), 3 * even * wants.Sum(Math.Sqrt))).ToArray();
        var total = shares.Sum();
        var widths = shares.Select(s => (int)(TextWidth * s / total)).ToArray();
        widths[^1] += TextWidth - widths.Sum();
        return widths;
    }

    private static TableRow Row(IReadOnlyList<Cell> cells, int[] widths, bool header, bool rowHeaders, RowShade shade = RowShade.None)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        }
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Count ? cells[i] : new Cell([]);
            var shaded = header || (rowHeaders && i == 0);
            var properties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            var fill = shade switch
            {
                RowShade.Green => "C6EFCE",
                RowShade.Yellow => "FFEB9C",
                _ => shaded ? "E8E8E8" : null,
            };
            if (fill is not null)
            {
                properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
            }
            var paragraph = new W.Paragraph(new ParagraphProperties(
                new SpacingBetweenLines { After = "0" },
                new Indentation { Left = (cell.Indent * 200).ToString(CultureInfo.InvariantCulture) }));
            paragraph.Append(cell.Runs.Select(r => TextRun(shaded ? r with { Bold = true } : r)));
            row.Append(new TableCell(properties, paragraph));
        }
        return row;
    }

    private static W.Footer Footer(string title) => new(
        new W.Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Small" }, new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth })),
            TextRun(new Run(title)),
            new W.Run(new TabChar()),
            TextRun(new Run("pagina ")),
            new SimpleField(new W.Run(new Text("1"))) { Instruction = " PAGE " },
            TextRun(new Run(" van ")),
            new SimpleField(new W.Run(new Text("1"))) { Instruction = " NUMPAGES " }));
}
