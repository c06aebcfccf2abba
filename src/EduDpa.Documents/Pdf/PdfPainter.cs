using System.Globalization;
using SkiaSharp;

namespace EduDpa.Documents.Pdf;

/// <summary>The PDF's title, author and subject; dates come from the input, never from the clock.</summary>
internal sealed record PdfInfo(string Title, string Author, string Subject, DateTimeOffset Created);

/// <summary>
/// Draws laid-out pages into a PDF/A-2b document with SkiaSharp: text in the embedded DejaVu faces, a footer
/// "pagina X van N" on every page, named destinations at the anchored headings and links to them.
/// </summary>
internal static class PdfPainter
{
    public static byte[] Paint(LaidOutDocument document, PdfInfo info, FontSet fonts, PageGeometry page)
    {
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = info.Title,
            Author = info.Author,
            Subject = info.Subject,
            Creator = "EduDpa",
            Producer = "EduDpa.Documents (SkiaSharp)",
            Creation = info.Created.UtcDateTime,
            Modified = info.Created.UtcDateTime,
            RasterDpi = SKDocument.DefaultRasterDpi,
            EncodingQuality = 101,
            PdfA = true,
        };
        using (var pdf = SKDocument.CreatePdf(stream, metadata))
        {
            using var paints = new Paints();
            var total = document.Pages.Count;
            for (var number = 1; number <= total; number++)
            {
                DrawPage(pdf.BeginPage(page.Width, page.Height), document, number, info.Title, fonts, page, paints);
                pdf.EndPage();
            }
            pdf.Close();
        }
        return stream.ToArray();
    }

    /// <summary>Draws page <paramref name="number"/> (from 1) onto any canvas: a PDF page, or a bitmap to look at.</summary>
    internal static void DrawPage(SKCanvas canvas, LaidOutDocument document, int number, string title, FontSet fonts, PageGeometry page, Paints paints)
    {
        foreach (var item in document.Pages[number - 1].Items.OrderBy(i => i is PlacedFill ? 0 : 1))
        {
            switch (item)
            {
                case PlacedFill f:
                    canvas.DrawRect(f.X, f.Y, f.Width, f.Height, f.Shade switch
                    {
                        Content.RowShade.Green => paints.Green,
                        Content.RowShade.Yellow => paints.Yellow,
                        _ => paints.Fill,
                    });
                    break;
                case PlacedText t:
                    canvas.DrawText(t.Text, t.X, t.Baseline, fonts.Font(t.Style), paints.Text);
                    break;
                case PlacedLine l:
                    paints.Rule.StrokeWidth = l.Thickness;
                    canvas.DrawLine(l.X1, l.Y1, l.X2, l.Y2, paints.Rule);
                    break;
                case PlacedAnchor a:
                    canvas.DrawNamedDestinationAnnotation(new SKPoint(0, Math.Max(0, a.Y - 6)), a.Name);
                    break;
                case PlacedLink k:
                    canvas.DrawLinkDestinationAnnotation(new SKRect(k.X, k.Y, k.X + k.Width, k.Y + k.Height), k.Anchor);
                    break;
                case PlacedPageNumber n:
                    var label = document.AnchorPages[n.Anchor].ToString(CultureInfo.InvariantCulture);
                    canvas.DrawText(label, n.Right - fonts.Width(label, n.Style), n.Baseline, fonts.Font(n.Style), paints.Text);
                    break;
                default:
                    throw new NotSupportedException(item.GetType().Name);
            }
        }
        Footer(canvas, title, number, document.Pages.Count, fonts, page, paints.Text);
    }

    internal sealed class Paints : IDisposable
    {
        public SKPaint Text { get; } = new() { Color = SKColors.Black, IsAntialias = true };

        public SKPaint Rule { get; } = new() { Color = SKColors.Black, Style = SKPaintStyle.Stroke, IsAntialias = true };

        public SKPaint Fill { get; } = new() { Color = new SKColor(0xE8, 0xE8, 0xE8), Style = SKPaintStyle.Fill };

        public SKPaint Green { get; } = new() { Color = new SKColor(0xC6, 0xEF, 0xCE), Style = SKPaintStyle.Fill };

        public SKPaint Yellow { get; } = new() { Color = new SKColor(0xFF, 0xEB, 0x9C), Style = SKPaintStyle.Fill };

        public void Dispose()
        {
            Text.Dispose();
            Rule.Dispose();
            Fill.Dispose();
            Green.Dispose();
            Yellow.Dispose();
        }
    }

    private static void Footer(SKCanvas canvas, string title, int number, int total, FontSet fonts, PageGeometry page, SKPaint paint)
    {
        var style = Typography.Footer;
        var baseline = page.Height - (page.Margin / 2);
        var label = string.Create(CultureInfo.InvariantCulture, $"pagina {number} van {total}");
        var labelWidth = fonts.Width(label, style);
        canvas.DrawText(label, page.Margin + page.TextWidth - labelWidth, baseline, fonts.Font(style), paint);
        if (fonts.Width(title, style) < page.TextWidth - labelWidth - 20)
        {
            canvas.DrawText(title, page.Margin, baseline, fonts.Font(style), paint);
        }
    }
}
