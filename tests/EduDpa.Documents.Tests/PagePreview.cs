using EduDpa.Documents.Content;
using EduDpa.Documents.Pdf;
using SkiaSharp;

namespace EduDpa.Documents.Tests;

/// <summary>Pages as PNG files, to look at while working on the layout (not used by the assertions).</summary>
internal static class PagePreview
{
    public static void Write(IReadOnlyList<Block> blocks, string directory, string title, params int[] pages)
    {
        using var fonts = new FontSet();
        var layout = new PageLayout(fonts, PageGeometry.A4).Layout(blocks);
        using var paints = new PdfPainter.Paints();
        Directory.CreateDirectory(directory);
        foreach (var number in pages.Where(n => n <= layout.Pages.Count))
        {
            using var bitmap = new SKBitmap((int)(PageGeometry.A4.Width * 1.5), (int)(PageGeometry.A4.Height * 1.5));
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(SKColors.White);
                canvas.Scale(1.5f);
                PdfPainter.DrawPage(canvas, layout, number, title, fonts, PageGeometry.A4, paints);
            }
            using var png = bitmap.Encode(SKEncodedImageFormat.Png, 90);
            File.WriteAllBytes(Path.Combine(directory, $"page-{number}.png"), png.ToArray());
        }
    }
}
