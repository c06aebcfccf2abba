using EduDpa.Documents.Content;

namespace EduDpa.Documents.Pdf;

/// <summary>
/// Lays blocks out on pages from top to bottom: paragraphs line by line, tables row by row (a row taller
/// than the room left is split between lines, and a table's header row is repeated on each new page), a
/// heading never alone at the bottom of a page, and the table of contents with the page of each part.
/// </summary>
internal sealed class PageLayout(FontSet fonts, PageGeometry page)
{
    private readonly LineBreaker _breaker = new(fonts);
    private readonly List<LaidOutPage> _pages = [];
    private readonly Dictionary<string, int> _anchorPages = [];
    private readonly List<OutlineEntry> _outline = [];
    private LaidOutPage _page = null!;
    private float _y;

    private float Top => page.Margin;

    private float Left => page.Margin;

    private bool PageIsEmpty => _y <= Top;

    public LaidOutDocument Layout(IReadOnlyList<Block> blocks)
    {
        NewPage();
        for (var i = 0; i < blocks.Count; i++)
        {
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            switch (blocks[i])
            {
                case Heading heading:
                    PlaceHeading(heading, next is null ? 0 : LeadHeight(next));
                    break;
                case Paragraph paragraph:
                    PlaceParagraph(paragraph);
                    break;
                case Table table:
                    PlaceTable(table);
                    break;
                case Contents contents:
                    PlaceContents(contents, blocks);
                    break;
                case PageBreak:
                    if (!PageIsEmpty)
                    {
                        NewPage();
                    }
                    break;
                default:
                    throw new NotSupportedException($"Block {blocks[i].GetType().Name}");
            }
        }
        return new LaidOutDocument(_pages, _anchorPages, _outline);
    }

    private void NewPage()
    {
        _page = new LaidOutPage();
        _pages.Add(_page);
        _y = Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> fits below the cursor (or the page is still empty).</summary>
    private void EnsureRoom(float height)
    {
        if (_y + height > page.Bottom && !PageIsEmpty)
        {
            NewPage();
        }
    }

    /// <summary>How much of a block must follow a heading on the same page.</summary>
    private float LeadHeight(Block block) => block switch
    {
        Paragraph p => Typography.For(p.Style).Size * Typography.LineHeight,
        Heading h => HeadingLines(h).Count * Typography.Heading(h.Level).Size * Typography.LineHeight,
        Table t => (t.Caption is null ? 0 : CaptionLines(t.Caption).Count * Typography.Caption.Size * Typography.LineHeight)
            + (t.Header.Count == 0 ? 0 : RowHeight(t.Header, TableColumns.Widths(t, page.TextWidth, fonts), true, false))
            + (2 * CellLineHeight) + (2 * Typography.CellPaddingY),
        _ => 0,
    };

    private IReadOnlyList<Line> HeadingLines(Heading heading) => _breaker.Break([new Run(heading.Text)], Typography.Heading(heading.Level), page.TextWidth);

    private IReadOnlyList<Line> CaptionLines(string caption) => _breaker.Break([new Run(caption)], Typography.Caption, page.TextWidth);

    private void PlaceHeading(Heading heading, float lead)
    {
        var style = Typography.Heading(heading.Level);
        var lineHeight = style.Size * Typography.LineHeight;
        var lines = HeadingLines(heading);
        var before = PageIsEmpty ? 0 : Typography.SpaceBeforeHeading(heading.Level);
        EnsureRoom(before + (lines.Count * lineHeight) + lead);
        _y += PageIsEmpty ? 0 : before;
        if (heading.Anchor is { } anchor)
        {
            _anchorPages[anchor] = _pages.Count;
            _page.Items.Add(new PlacedAnchor(anchor, _y));
            _outline.Add(new OutlineEntry(heading.Text, anchor, heading.Level));
        }
        PlaceLines(lines, Left, lineHeight, style.Size);
        _y += Typography.ParagraphSpacing * 0.6f;
    }

    private void PlaceParagraph(Paragraph paragraph)
    {
        var style = Typography.For(paragraph.Style);
        var lineHeight = style.Size * Typography.LineHeight;
        var x = Left + (paragraph.Indent * Typography.IndentStep);
        var textX = x;
        if (paragraph.Label is { } label)
        {
            textX += Math.Max(Typography.IndentStep, fonts.Width(label + " ", style));
        }
        var lines = _breaker.Break(paragraph.Runs, style, Left + page.TextWidth - textX);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureRoom(lineHeight);
            var baseline = _y + (style.Size * 1.05f);
            if (i == 0 && paragraph.Label is { } first)
            {
                _page.Items.Add(new PlacedText(x, baseline, first, style));
            }
            if (paragraph.Marked)
            {
                var markX = Left - Typography.MarkOffset;
                _page.Items.Add(new PlacedLine(markX, _y, markX, _y + lineHeight, 2f));
            }
            PlaceLine(lines[i], textX, baseline);
            _y += lineHeight;
        }
        _y += Typography.SpaceAfter(paragraph.Style);
    }

    private void PlaceLines(IReadOnlyList<Line> lines, float x, float lineHeight, float size)
    {
        foreach (var line in lines)
        {
            PlaceLine(line, x, _y + (size * 1.05f));
            _y += lineHeight;
        }
    }

    private void PlaceLine(Line line, float x, float baseline)
    {
        foreach (var segment in line.Segments)
        {
            _page.Items.Add(new PlacedText(x + segment.X, baseline, segment.Text, segment.Style));
        }
    }

    private void PlaceContents(Contents contents, IReadOnlyList<Block> blocks)
    {
        PlaceHeading(new Heading(1, contents.Heading), 0);
        var style = Typography.Body;
        var lineHeight = style.Size * Typography.LineHeight;
        const float numberColumn = 40f;
        foreach (var heading in blocks.OfType<Heading>().Where(h => h.Level == 1 && h.Anchor is not null))
        {
            var lines = _breaker.Break([new Run(heading.Text)], style, page.TextWidth - numberColumn);
            EnsureRoom(lines.Count * lineHeight);
            var top = _y;
            PlaceLines(lines, Left, lineHeight, style.Size);
            _page.Items.Add(new PlacedPageNumber(Left + page.TextWidth, _y - lineHeight + (style.Size * 1.05f), heading.Anchor!, style));
            _page.Items.Add(new PlacedLink(Left, top, page.TextWidth, _y - top, heading.Anchor!));
            _y += 1f;
        }
    }

    private static readonly float CellLineHeight = Typography.TableText.Size * Typography.LineHeight;

    private IReadOnlyList<Line> CellLines(Cell cell, float width, bool header) =>
        _breaker.Break(cell.Runs, header ? Typography.TableHeader : Typography.TableText,
            width - (2 * Typography.CellPaddingX) - (cell.Indent * Typography.CellIndentStep));

    private float RowHeight(IReadOnlyList<Cell> row, float[] widths, bool header, bool rowHeaders) =>
        (row.Select((cell, i) => CellLines(cell, widths[i], header || (rowHeaders && i == 0)).Count).DefaultIfEmpty(1).Max() * CellLineHeight)
        + (2 * Typography.CellPaddingY);

    private void PlaceTable(Table table)
    {
        var widths = TableColumns.Widths(table, page.TextWidth, fonts);
        var header = table.Header.Count == 0 ? null : LayRow(table.Header, widths, true, false);
        var headerHeight = header is null ? 0 : header.Height;
        if (table.Caption is { } caption)
        {
            var lines = CaptionLines(caption);
            var lineHeight = Typography.Caption.Size * Typography.LineHeight;
            EnsureRoom(LeadHeight(table));
            PlaceLines(lines, Left, lineHeight, Typography.Caption.Size);
            _y += 2f;
        }
        else
        {
            EnsureRoom(headerHeight + (2 * CellLineHeight) + (2 * Typography.CellPaddingY));
        }
        if (header is not null)
        {
            PlaceRowPart(header, widths, 0, header.LineCount);
        }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = LayRow(table.Rows[r], widths, false, table.RowHeaders) with { Shade = table.Shades is { } shades && r < shades.Count ? shades[r] : RowShade.None };
            var done = 0;
            while (done < row.LineCount)
            {
                var room = (int)Math.Floor((page.Bottom - _y - (2 * Typography.CellPaddingY)) / CellLineHeight);
                var fitsOnFreshPage = row.Height <= page.Bottom - Top - headerHeight;
                // Move a row that fits on a page to the next page whole; split only rows that are longer than that.
                if ((done == 0 && room < row.LineCount && fitsOnFreshPage) || room < 1)
                {
                    NewPage();
                    if (header is not null)
                    {
                        PlaceRowPart(header, widths, 0, header.LineCount);
                    }
                    continue;
                }
                var take = Math.Min(room, row.LineCount - done);
                PlaceRowPart(row, widths, done, take);
                done += take;
            }
        }
        _y += Typography.ParagraphSpacing + 2f;
    }

    private sealed record LaidRow(IReadOnlyList<IReadOnlyList<Line>> Cells, IReadOnlyList<Cell> Source, bool Header, bool RowHeaders, float Height, RowShade Shade = RowShade.None)
    {
        public int LineCount => Cells.Max(c => Math.Max(1, c.Count));
    }

    private LaidRow LayRow(IReadOnlyList<Cell> cells, float[] widths, bool header, bool rowHeaders)
    {
        var lines = cells.Select((cell, i) => CellLines(cell, widths[i], header || (rowHeaders && i == 0))).ToList();
        return new LaidRow(lines, cells, header, rowHeaders, (lines.Max(l => Math.Max(1, l.Count)) * CellLineHeight) + (2 * Typography.CellPaddingY));
    }

    /// <summary>Draws lines [<paramref name="from"/>, from + <paramref name="count"/>) of every cell of a row, with shading and borders.</summary>
    private void PlaceRowPart(LaidRow row, float[] widths, int from, int count)
    {
        var height = (count * CellLineHeight) + (2 * Typography.CellPaddingY);
        var x = Left;
        for (var i = 0; i < widths.Length; i++)
        {
            var shaded = row.Header || (row.RowHeaders && i == 0);
            if (row.Shade != RowShade.None)
            {
                _page.Items.Add(new PlacedFill(x, _y, widths[i], height, row.Shade));
            }
            else if (shaded)
            {
                _page.Items.Add(new PlacedFill(x, _y, widths[i], height));
            }
            _page.Items.Add(new PlacedLine(x, _y, x + widths[i], _y, 0.5f));
            _page.Items.Add(new PlacedLine(x, _y + height, x + widths[i], _y + height, 0.5f));
            _page.Items.Add(new PlacedLine(x, _y, x, _y + height, 0.5f));
            _page.Items.Add(new PlacedLine(x + widths[i], _y, x + widths[i], _y + height, 0.5f));
            if (i < row.Cells.Count)
            {
                var textX = x + Typography.CellPaddingX + (row.Source[i].Indent * Typography.CellIndentStep);
                var lines = row.Cells[i];
                for (var l = from; l < Math.Min(lines.Count, from + count); l++)
                {
                    var baseline = _y + Typography.CellPaddingY + ((l - from) * CellLineHeight) + (Typography.TableText.Size * 1.05f);
                    PlaceLine(lines[l], textX, baseline);
                }
            }
            x += widths[i];
        }
        _y += height;
    }
}
