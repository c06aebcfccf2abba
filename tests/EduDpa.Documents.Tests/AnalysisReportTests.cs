using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Analyses;
using EduDpa.Domain.Models;

namespace EduDpa.Documents.Tests;

/// <summary>The report of an analysis: everything a board needs is in the text a reader gets out of the PDF, and the DOCX is valid Open XML.</summary>
public sealed class AnalysisReportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private const string Model = ModelCatalog.ModelAgreement40;
    private const string Convenant = ModelCatalog.Convenant20;

    private static readonly Lazy<(TermsAnalysis Analysis, AnalysisDecision Decision)> Sample = new(() =>
    {
        var author = new Actor(Guid.NewGuid(), "Anna Analist");
        var reviewer = new Actor(Guid.NewGuid(), "Bram Beoordelaar");
        var analysis = TermsAnalysis.Start(new AnalysisDocument("Voorwaarden Kantoorwolk", new AnalysisVendor("Kantoorwolk Voorbeeld B.V. (fictief)"), [Convenant, Model],
        [
            new(Model, "4", "Algemene voorwaarden art. 2", "Wij verwerken alleen in opdracht.", "Komt overeen.", Verdict.Conform),
            new(Model, "7.4", "Beveiligingsparagraaf", null, "Het ECK iD wordt niet gebruikt.", Verdict.Attention, "Leg schriftelijk vast waarom het ECK iD niet wordt gebruikt."),
            new(Model, "12.3", "Verwijderbeleid", null, "Geen termijn genoemd.", Verdict.Attention, "Spreek een termijn voor vernietiging af."),
            new(Model, "16", null, null, "Slotbepaling.", Verdict.NotApplicable),
            new(Convenant, "1", "Definities", null, "Conform.", Verdict.Conform),
            new(Convenant, "8.1 t/m 8.6", null, null, "Over het platform van het convenant.", Verdict.NotApplicable),
        ], [new VendorDocument("Online Voorwaarden", "oktober 2026", "https://kantoorwolk.example/voorwaarden")], ["Sectorbureau Voorbeeld (fictief)"],
            "Samenvatting van de analyse.", "Inleiding van de analyse.", "Eigen toelichting op de kleuren.", "Deze analyse ontslaat het bestuur niet van een eigen afweging."), author, Now);
        analysis.Submit(author, Now);
        analysis.Review(reviewer, null, Now);
        analysis.Publish(reviewer, Now);
        var decision = AnalysisDecision.Record(analysis, Guid.NewGuid(), new DecisionInput(DecisionOutcome.AcceptWithMeasures, new DateOnly(2026, 11, 2), "A. Admin", "voorzitter college van bestuur",
            "De verschillen zijn met maatregelen aanvaardbaar.", [new MeasureInput(Model, "7.4", "Het bestuur legt de afwijking vast in zijn register.")]), author, new DateOnly(2026, 11, 2), Now);
        return (analysis, decision);
    });

    private static AnalysisReportInput Board => new(Sample.Value.Analysis, new BoardDecisionSection("Stichting Fictief De Linde", Sample.Value.Decision), Now);

    [Fact]
    public void The_pdf_text_has_every_article_reference_the_counts_the_legend_and_the_attention_items_with_actions()
    {
        var text = PdfText.Read(AnalysisReport.RenderPdf(new AnalysisReportInput(Sample.Value.Analysis, null, Now))).All;

        foreach (var row in Sample.Value.Analysis.Rows)
        {
            Assert.Contains(row.Reference, text, StringComparison.Ordinal);
        }
        Assert.Contains("Telling: 1 conform, 0 let op, 1 niet van toepassing, 0 niet beoordeeld (2 rijen).", text, StringComparison.Ordinal);
        Assert.Contains("Telling: 1 conform, 2 let op, 1 niet van toepassing, 0 niet beoordeeld (4 rijen).", text, StringComparison.Ordinal);
        foreach (var heading in new[] { "Managementsamenvatting", "Inleiding", "Toelichting op de kleuren", "Groen: Conform", "Geel: Let op", "Analyse: Model Verwerkersovereenkomst 4.0",
                     "Analyse: Convenant Digitale Onderwijsmiddelen en Privacy 2.0", "Aandachtspunten", "Disclaimer" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
        Assert.Contains(PdfText.Words("Spreek een termijn voor vernietiging af."), text, StringComparison.Ordinal);
        Assert.Contains("Het nader vormgeven van de samenwerking", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Besluit van", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_board_variant_adds_the_decision_and_the_measure_for_the_attention_item()
    {
        var text = PdfText.Read(AnalysisReport.RenderPdf(Board)).All;

        Assert.Contains("Besluit van Stichting Fictief De Linde", text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Words("De voorwaarden van de leverancier worden aanvaard, met maatregelen"), text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Words("De verschillen zijn met maatregelen aanvaardbaar."), text, StringComparison.Ordinal);
        Assert.Contains(PdfText.Words("Het bestuur legt de afwijking vast in zijn register."), text, StringComparison.Ordinal);
        Assert.Contains("A. Admin, voorzitter college van bestuur", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        Assert.Equal(AnalysisReport.RenderPdf(Board), AnalysisReport.RenderPdf(Board));
    }

    [Fact]
    public void The_docx_is_valid_open_xml_with_the_decision_and_coloured_rows()
    {
        using var stream = new MemoryStream(AnalysisReport.RenderDocx(Board));
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors.Take(10).Select(e => $"{e.Path?.XPath}: {e.Description}")));

        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Contains("Het bestuur legt de afwijking vast in zijn register.", body.InnerText, StringComparison.Ordinal);
        var fills = body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Shading>().Select(s => s.Fill?.Value).ToList();
        Assert.Contains("C6EFCE", fills);
        Assert.Contains("FFEB9C", fills);
    }
}
