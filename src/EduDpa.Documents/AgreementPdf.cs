using EduDpa.Documents.Content;
using EduDpa.Documents.Pdf;

namespace EduDpa.Documents;

/// <summary>The agreement as an A4 PDF/A-2b: title page, contents, articles, signatures and the annexes.</summary>
public static class AgreementPdf
{
    public static byte[] Render(AgreementDocumentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var fonts = new FontSet();
        var layout = new PageLayout(fonts, PageGeometry.A4).Layout(AgreementContent.Compose(input));
        var info = new PdfInfo(input.Title, $"{input.ControllerName} en {input.ProcessorName}", input.Agreement.Model.Title, input.GeneratedAt);
        var pdf = PdfPainter.Paint(layout, info, fonts, PageGeometry.A4);
        PdfDocumentId.MakeDeterministic(pdf);
        return PdfOutline.Append(pdf, layout.Outline);
    }
}
