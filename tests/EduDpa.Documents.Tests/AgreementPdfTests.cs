using System.Text;
using System.Text.RegularExpressions;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Tests.Conformity;
using UglyToad.PdfPig;

namespace EduDpa.Documents.Tests;

public sealed partial class AgreementPdfTests
{
    private static readonly Lazy<(AgreementDocumentInput Input, byte[] Pdf, PdfText Text)> Sample = new(() =>
    {
        var input = SampleAgreement.Input();
        var pdf = AgreementPdf.Render(input);
        return (input, pdf, PdfText.Read(pdf));
    });

    private static string Text => Sample.Value.Text.All;

    [Fact]
    public void Every_article_heading_is_in_the_text()
    {
        var articles = Sample.Value.Input.Agreement.Articles;
        Assert.Equal(16, articles.Count);
        foreach (var article in articles)
        {
            Assert.Contains(PdfText.Words(article.Heading), Text, StringComparison.Ordinal);
        }
        Assert.Contains("Artikel 1: Definities", Text, StringComparison.Ordinal);
        Assert.Contains("Artikel 16: Toepasselijk recht en geschillenbeslechting", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parties_products_and_annex_entries_are_in_the_text()
    {
        Assert.Contains("Stichting Voorbeeldscholen", Text, StringComparison.Ordinal);
        Assert.Contains("Leermiddel Fictief B.V.", Text, StringComparison.Ordinal);
        Assert.Contains(SampleAgreement.ProductName, Sample.Value.Text.Pages[0], StringComparison.Ordinal);
        Assert.Contains("Hosting Voorbeeld B.V.", Text, StringComparison.Ordinal);
        Assert.Contains("Voorbeeld Support Inc.", Text, StringComparison.Ordinal);
        Assert.Contains(Samples.Essential.Description!, Text, StringComparison.Ordinal);
        Assert.Contains("☒", Text, StringComparison.Ordinal);
        Assert.Contains("☐", Text, StringComparison.Ordinal);
        Assert.Contains("ë", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_block_of_the_annexes_is_in_the_text()
    {
        foreach (var annex in Sample.Value.Input.Agreement.Annexes.SelectMany(a => new[] { a.Privacy!, a.Security! }))
        {
            Assert.Contains(PdfText.Words(annex.PlainTitle), Text, StringComparison.Ordinal);
            var paragraph = annex.Blocks.OfType<EduDpa.Domain.Annexes.AnnexParagraph>().First();
            Assert.Contains(PdfText.Words(TextSpan.Plain(paragraph.Text)), Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Amended_paragraphs_carry_their_marker_and_Bijlage_3_its_entries()
    {
        Assert.Contains("redelijkerwijs nodig is. (gewijzigd, zie Bijlage 3 nr. 2)", Text, StringComparison.Ordinal);
        Assert.Contains("(aanvulling, zie Bijlage 3 nr. 1)", Text, StringComparison.Ordinal);
        var lastPage = Text[Text.LastIndexOf("MODEL BIJLAGE 3", StringComparison.Ordinal)..];
        Assert.Contains("1. Beschrijving noodzakelijke afwijkingen", lastPage, StringComparison.Ordinal);
        Assert.Contains("2. Beschrijving noodzakelijke afwijkingen", lastPage, StringComparison.Ordinal);
        Assert.Contains("artikel 9 lid 2", lastPage, StringComparison.Ordinal);
        Assert.Contains("Wijziging", lastPage, StringComparison.Ordinal);
        Assert.Contains("Aanvulling", lastPage, StringComparison.Ordinal);
        Assert.Contains("Een vaste termijn maakt de medewerking toetsbaar.", lastPage, StringComparison.Ordinal);
        Assert.Contains("binnen vijf werkdagen", lastPage, StringComparison.Ordinal); // table cells share lines with their row headers, so whole sentences are not contiguous
    }

    [Fact]
    public void Without_amendments_Bijlage_3_says_there_are_none()
    {
        var input = SampleAgreement.Input() is var sample ? sample with { Agreement = sample.Agreement with { AmendmentsAnnex = [] } } : null!;
        var text = PdfText.Read(AgreementPdf.Render(input));
        Assert.Contains("Geen wijzigingen", text.Pages[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_signature_page_shows_each_party_the_times_in_Amsterdam_and_the_hash()
    {
        var page = Sample.Value.Text.Pages.Single(p => p.Contains("Aldus overeengekomen", StringComparison.Ordinal));
        Assert.Contains("A. Bestuurder", page, StringComparison.Ordinal);
        Assert.Contains("L. Leverancier", page, StringComparison.Ordinal);
        Assert.Contains("23-11-2026 10:15", page, StringComparison.Ordinal); // 09:15 UTC is 10:15 in Amsterdam in November
        Assert.Contains("nog niet ondertekend", page, StringComparison.Ordinal);
        Assert.Contains(SampleAgreement.ContentHash, page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_says_so()
    {
        var draft = SampleAgreement.Input(contentHash: null);
        var text = PdfText.Read(AgreementPdf.Render(draft));
        Assert.Contains("concept, niet ondertekend", text.Pages[0], StringComparison.Ordinal);
        Assert.DoesNotContain(SampleAgreement.ContentHash, text.All, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_says_which_of_how_many_it_is()
    {
        var text = Sample.Value.Text;
        Assert.True(text.PageCount > 10);
        for (var i = 0; i < text.PageCount; i++)
        {
            Assert.Contains($"pagina {i + 1} van {text.PageCount}", text.Pages[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_contents_gives_the_page_of_each_article()
    {
        var text = Sample.Value.Text;
        var contents = text.Pages[1];
        Assert.StartsWith("Inhoud", contents, StringComparison.Ordinal);
        foreach (var article in Sample.Value.Input.Agreement.Articles)
        {
            var match = Regex.Match(contents, Regex.Escape(article.Heading) + @" (\d+)");
            Assert.True(match.Success, article.Heading);
            var page = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(article.Heading, text.Pages[page - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_pdf_is_PDF_A_2b_with_embedded_fonts_and_the_inputs_dates()
    {
        var pdf = Sample.Value.Pdf;
        var raw = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", raw, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", raw, StringComparison.Ordinal);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", raw, StringComparison.Ordinal);
        Assert.Contains("<xmp:CreateDate>2026-11-23T09:30:00", raw, StringComparison.Ordinal);
        Assert.Contains("Verwerkersovereenkomst Rekenroute (fictief)", raw, StringComparison.Ordinal);

        using var document = PdfDocument.Open(pdf);
        Assert.Equal(SampleAgreement.Input().Title, document.Information.Title);
        var fonts = document.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Contains("DejaVuSans", f, StringComparison.Ordinal));
        Assert.Equal(2, FontFiles().Count(m => m.Success));
        IEnumerable<Match> FontFiles() => FontFile().Matches(raw);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        Assert.Equal(Sample.Value.Pdf, AgreementPdf.Render(Sample.Value.Input));
    }

    [Fact]
    public void The_contents_links_to_named_destinations()
    {
        var raw = Encoding.Latin1.GetString(Sample.Value.Pdf);
        Assert.Contains("/Dests", raw, StringComparison.Ordinal);
        Assert.Contains("/artikel-7 [", raw, StringComparison.Ordinal);
        Assert.Contains("/Dest /artikel-7", raw, StringComparison.Ordinal);
        Assert.Contains("/Subtype /Link", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outline_has_a_bookmark_for_each_main_part()
    {
        using var document = PdfDocument.Open(Sample.Value.Pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.Roots.Select(b => b.Title).ToList();
        Assert.Equal(Sample.Value.Input.Agreement.Articles.Select(a => a.Heading), titles.Where(t => t.StartsWith("Artikel ", StringComparison.Ordinal)));
        Assert.Contains("Ondertekening", titles);
        Assert.Contains(titles, t => t.StartsWith("MODEL BIJLAGE 1", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("MODEL BIJLAGE 3", StringComparison.Ordinal));
        var article7 = Assert.IsType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>(bookmarks.Roots.Single(b => b.Title.StartsWith("Artikel 7:", StringComparison.Ordinal)), exactMatch: false);
        Assert.Equal(Sample.Value.Text.Pages.Select((p, i) => (p, i)).First(x => x.p.Contains("Artikel 7: Beveiliging", StringComparison.Ordinal) && x.i > 1).i + 1, article7.PageNumber);
    }

    [GeneratedRegex(@"/FontFile2 \d+ 0 R")]
    private static partial Regex FontFile();
}
