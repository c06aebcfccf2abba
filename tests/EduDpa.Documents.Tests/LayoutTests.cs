using EduDpa.Documents.Content;
using EduDpa.Documents.Pdf;

namespace EduDpa.Documents.Tests;

public sealed class LayoutTests : IDisposable
{
    private readonly FontSet _fonts = new();

    public void Dispose() => _fonts.Dispose();

    [Theory]
    [InlineData(40f)]
    [InlineData(120f)]
    [InlineData(300f)]
    [InlineData(481.88f)]
    public void No_line_is_wider_than_the_text_width(float width)
    {
        var runs = new List<Run>
        {
            new("Verwerker verleent de Onderwijsinstelling "),
            new("binnen vijf werkdagen", Bold: true),
            new(" alle medewerking; "),
            new("Persoonsgegevensbeschermingsautoriteitsaangelegenheden", Italic: true),
            new(" en een hash 3f2a9c4e1b7d6058a1c3e5f7092b4d6e8f0a1c2e3b4d5f60718293a4b5c6d7e8 ☒ ☐ beëindiging.\nNieuwe regel."),
        };
        var lines = new LineBreaker(_fonts).Break(runs, Typography.Body, width);

        Assert.True(lines.Count > 1);
        foreach (var line in lines)
        {
            // Measured by Skia itself, not by the breaker's own sums.
            var drawn = line.Segments.Max(s => s.X + _fonts.Font(s.Style).MeasureText(s.Text));
            Assert.True(drawn <= width + 0.01f, $"'{line.Text}' is {drawn} wide in {width}");
        }
        var words = string.Concat(runs.Select(r => r.Text)).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Concat(words), string.Concat(lines.Select(l => l.Text.Replace(" ", string.Empty, StringComparison.Ordinal))));
    }

    [Fact]
    public void Words_stay_whole_when_they_fit_and_a_newline_starts_a_line()
    {
        var lines = new LineBreaker(_fonts).Break([new Run("een twee drie vier vijf zes\nzeven")], Typography.Body, 80f);

        Assert.All(lines.SkipLast(1), l => Assert.DoesNotContain("zeven", l.Text, StringComparison.Ordinal));
        Assert.Equal("zeven", lines[^1].Text);
        Assert.All(lines.SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            w => Assert.Contains(w, new[] { "een", "twee", "drie", "vier", "vijf", "zes", "zeven" }));
    }

    [Fact]
    public void A_long_table_breaks_across_pages_with_its_header_row_on_each()
    {
        var rows = Enumerable.Range(1, 150).Select(i => (IReadOnlyList<Cell>)[Cell.Of($"Subverwerker {i} B.V."), Cell.Of("Hosting van de applicatie en de database, met een toelichting die over twee regels loopt of meer"), Cell.Of(i % 2 == 0 ? "☒" : "☐")]).ToList();
        var table = new Table("Subverwerkers", [Cell.Of("Naam"), Cell.Of("Taak"), Cell.Of("Aangekruist")], rows);
        var layout = new PageLayout(_fonts, PageGeometry.A4).Layout([new Heading(1, "Bijlage"), table]);

        Assert.True(layout.Pages.Count >= 3);
        foreach (var page in layout.Pages)
        {
            var texts = page.Items.OfType<PlacedText>().ToList();
            var header = texts.First(t => t.Text == "Naam");
            Assert.True(texts.Where(t => t.Text.StartsWith("Subverwerker ", StringComparison.Ordinal)).All(t => t.Baseline > header.Baseline), "the header is above every row");
            Assert.All(page.Items.OfType<PlacedLine>(), l => Assert.True(l.Y2 <= PageGeometry.A4.Bottom + 0.01f));
        }
        var placed = layout.Pages.SelectMany(p => p.Items.OfType<PlacedText>()).Where(t => t.Text.StartsWith("Subverwerker ", StringComparison.Ordinal)).Select(t => int.Parse(t.Text.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 150), placed);

        var text = PdfText.Read(PdfPainter.Paint(layout, new PdfInfo("Tabel", "Test", "Test", SampleAgreement.GeneratedAt), _fonts, PageGeometry.A4));
        Assert.All(text.Pages, p => Assert.StartsWith("Naam Taak Aangekruist", p.Replace("Bijlage Subverwerkers ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_longer_than_a_page_is_split_between_its_lines()
    {
        var longText = string.Join(' ', Enumerable.Repeat("Een lange toelichting van een maatregel.", 400));
        var table = new Table(null, [Cell.Of("Maatregel"), Cell.Of("Toelichting")], [[Cell.Of("M1"), Cell.Of(longText)]]);
        var layout = new PageLayout(_fonts, PageGeometry.A4).Layout([table]);

        Assert.True(layout.Pages.Count >= 2);
        Assert.All(layout.Pages, p => Assert.Contains(p.Items.OfType<PlacedText>(), t => t.Text == "Maatregel"));
        Assert.All(layout.Pages.SelectMany(p => p.Items.OfType<PlacedText>()), t => Assert.True(t.Baseline <= PageGeometry.A4.Bottom));
    }

    [Fact]
    public void A_heading_is_never_the_last_thing_on_a_page()
    {
        var filler = Enumerable.Range(0, 200).Select(i => (Block)new Paragraph($"Regel {i}")).ToList();
        for (var at = 40; at < 200; at += 7)
        {
            var blocks = filler.Take(at).Append(new Heading(1, "Kop")).Append(new Paragraph("Tekst na de kop")).ToList();
            var layout = new PageLayout(_fonts, PageGeometry.A4).Layout(blocks);
            var page = layout.Pages.Single(p => p.Items.OfType<PlacedText>().Any(t => t.Text == "Kop"));
            Assert.Contains(page.Items.OfType<PlacedText>(), t => t.Text == "Tekst na de kop");
        }
    }

    [Fact]
    public void Columns_share_the_width_by_what_they_need()
    {
        var widths = TableColumns.Share([20, 20, 20], [30, 300, 30], 200);
        Assert.Equal(200, widths.Sum(), 0.01);
        Assert.True(widths[1] > widths[0] && widths[0] >= 20);
        Assert.Equal([110f, 110f], TableColumns.Share([10, 10], [50, 50], 220));
    }
}
