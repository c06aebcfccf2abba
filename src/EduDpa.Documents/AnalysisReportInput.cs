using EduDpa.Domain.Analyses;

namespace EduDpa.Documents;

/// <summary>What the report of an analysis shows: the analysis itself and, in the board's variant, the board's decision.</summary>
/// <param name="GeneratedAt">The files' dates; a renderer never reads the clock.</param>
public sealed record AnalysisReportInput(TermsAnalysis Analysis, BoardDecisionSection? Board, DateTimeOffset GeneratedAt);

/// <summary>The board's variant: the board, and its decision on this version (null while it has none).</summary>
public sealed record BoardDecisionSection(string BoardName, AnalysisDecision? Decision);

/// <summary>The analysis as an A4 PDF/A-2b and as a Word document, from the same blocks.</summary>
public static class AnalysisReport
{
    public static byte[] RenderPdf(AnalysisReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var fonts = new Pdf.FontSet();
        var layout = new Pdf.PageLayout(fonts, Pdf.PageGeometry.A4).Layout(Content.AnalysisReportContent.Compose(input));
        var info = new Pdf.PdfInfo(Content.AnalysisReportContent.Title(input), string.Join(", ", input.Analysis.Authors.DefaultIfEmpty("EduDpa")), "Analyse van de voorwaarden van " + input.Analysis.VendorName, input.GeneratedAt);
        var pdf = Pdf.PdfPainter.Paint(layout, info, fonts, Pdf.PageGeometry.A4);
        Pdf.PdfDocumentId.MakeDeterministic(pdf);
        return Pdf.PdfOutline.Append(pdf, layout.Outline);
    }

    public static byte[] RenderDocx(AnalysisReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return EduDpa.Documents.Docx.DocxWriter.Write(Content.AnalysisReportContent.Compose(input), Content.AnalysisReportContent.Title(input),
            string.Join(", ", input.Analysis.Authors.DefaultIfEmpty("EduDpa")), input.GeneratedAt);
    }
}
