using System.Globalization;
using System.Text;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Certificates;
using EduDpa.Domain.Files;
using EduDpa.Domain.Products;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>A fictional ISO 27001 certificate for a demo product, ending within 90 days, with a one-page PDF made here.</summary>
internal static class DemoCertificates
{
    public static (Certificate Certificate, StoredDocument Document) Iso27001(Product product, DateOnly today, DateTimeOffset now)
    {
        var from = today.AddDays(-300);
        var to = today.AddDays(60);
        var pdf = OnePagePdf($"Fictief ISO 27001-certificaat voor {product.Name}, geldig {from:yyyy-MM-dd} tot en met {to:yyyy-MM-dd}");
        return Certificate.Add(product.SupplierId, product.Id,
            new CertificateInput(nameof(CertificateKind.Iso27001), null, "Ontwikkeling, hosting en beheer van Rekenroute (fictief)", "Certificering Voorbeeld B.V. (fictief)", from, to),
            new FileUpload("iso27001-rekenroute.pdf", StoredDocument.PdfContentType, pdf.Length, pdf), pdf.Length, null, new Actor(Guid.Empty, "demo"), now);
    }

    /// <summary>A minimal valid PDF 1.4 with one line of text (Helvetica, ASCII only), its cross-reference table computed.</summary>
    private static byte[] OnePagePdf(string line)
    {
        var text = string.Concat(line.Select(c => c is '(' or ')' or '\\' ? $"\\{c}" : c < 128 ? c.ToString() : "?"));
        var stream = $"BT /F1 12 Tf 56 780 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
