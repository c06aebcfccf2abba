using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EduDpa.Documents.Tests;

public sealed class AgreementDocxTests
{
    private static readonly Lazy<(AgreementDocumentInput Input, byte[] Docx)> Sample = new(() =>
    {
        var input = SampleAgreement.Input();
        return (input, AgreementDocx.Render(input));
    });

    [Fact]
    public void The_docx_is_valid_Open_XML()
    {
        using var stream = new MemoryStream(Sample.Value.Docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Headings_use_heading_styles_defined_in_the_styles_part()
    {
        using var stream = new MemoryStream(Sample.Value.Docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.Contains("Heading1", styles);
        Assert.Contains("Heading2", styles);

        var headings = document.MainDocumentPart.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            .Select(p => p.InnerText).ToList();
        foreach (var article in Sample.Value.Input.Agreement.Articles)
        {
            Assert.Contains(article.Heading, headings);
        }
        Assert.Contains("Ondertekening", headings);
        Assert.Contains(headings, h => h.StartsWith("MODEL BIJLAGE 1", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.StartsWith("MODEL BIJLAGE 3", StringComparison.Ordinal));
    }

    [Fact]
    public void It_has_the_same_content_as_the_pdf()
    {
        using var stream = new MemoryStream(Sample.Value.Docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = body.InnerText;
        Assert.Contains("(gewijzigd, zie Bijlage 3 nr. 2)", text, StringComparison.Ordinal);
        Assert.Contains("Hosting Voorbeeld B.V.", text, StringComparison.Ordinal);
        Assert.Contains("☒", text, StringComparison.Ordinal);
        Assert.Contains("23-11-2026 10:15", text, StringComparison.Ordinal);
        Assert.Contains(SampleAgreement.ContentHash, text, StringComparison.Ordinal);

        var tables = body.Elements<Table>().ToList();
        Assert.NotEmpty(tables);
        Assert.Contains(tables, t => t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>() is not null);
        Assert.NotNull(document.MainDocumentPart.FooterParts.Single().Footer!.Descendants<SimpleField>().SingleOrDefault(f => f.Instruction == " NUMPAGES "));
    }

    [Fact]
    public void LibreOffice_converts_it_to_pdf_when_it_is_installed()
    {
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice" }.FirstOrDefault(File.Exists);
        Assert.SkipWhen(soffice is null, "LibreOffice is not installed");
        var directory = Directory.CreateTempSubdirectory("edudpa-docx-");
        var docx = Path.Combine(directory.FullName, "agreement.docx");
        File.WriteAllBytes(docx, Sample.Value.Docx);
        using var process = System.Diagnostics.Process.Start(soffice!, ["--headless", "--convert-to", "pdf", "--outdir", directory.FullName, docx]);
        process.WaitForExit(TimeSpan.FromMinutes(2));
        var text = PdfText.Read(File.ReadAllBytes(Path.Combine(directory.FullName, "agreement.pdf")));
        Assert.Contains("Artikel 16", text.All, StringComparison.Ordinal);
        directory.Delete(true);
    }

    [Fact]
    public void The_package_is_a_zip_with_the_usual_parts()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample.Value.Docx));
        Assert.Contains(zip.Entries, e => e.FullName == "word/document.xml");
        Assert.Contains(zip.Entries, e => e.FullName == "word/styles.xml");
    }
}
