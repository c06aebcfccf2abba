using BenchmarkDotNet.Attributes;
using EduDpa.Documents;
using EduDpa.Documents.Content;
using EduDpa.Documents.Pdf;
using EduDpa.Documents.Tests;
using SkiaSharp;

namespace EduDpa.Benchmarks;

/// <summary>
/// The full agreement PDF of the document tests' sample (all annexes filled, two amendments) against SkiaSharp
/// drawing the same lines of text onto the same number of PDF pages, in the same font and PDF/A mode, without
/// any layout: what the layout engine, tables, contents, outline and deterministic id cost on top of Skia
/// (target: at most 1.5 times).
/// </summary>
[MemoryDiagnoser]
public class AgreementPdfBenchmark : IDisposable
{
    private readonly FontSet _fonts = new();
    private AgreementDocumentInput _input = null!;
    private IReadOnlyList<IReadOnlyList<PlacedText>> _lines = [];

    [GlobalSetup]
    public void Setup()
    {
        _input = SampleAgreement.Input();
        var layout = new PageLayout(_fonts, PageGeometry.A4).Layout(AgreementContent.Compose(_input));
        _lines = [.. layout.Pages.Select(p => (IReadOnlyList<PlacedText>)[.. p.Items.OfType<PlacedText>()])];
    }

    [Benchmark(Description = "Agreement PDF (AgreementPdf.Render)")]
    public byte[] AgreementPdf() => Documents.AgreementPdf.Render(_input);

    [Benchmark(Baseline = true, Description = "SkiaSharp: same lines, same pages, no layout")]
    public byte[] SkiaLinesOnly()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { Title = _input.Title, PdfA = true, RasterDpi = SKDocument.DefaultRasterDpi, EncodingQuality = 101 }))
        {
            using var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true };
            foreach (var page in _lines)
            {
                var canvas = document.BeginPage(PageGeometry.A4.Width, PageGeometry.A4.Height);
                foreach (var line in page)
                {
                    canvas.DrawText(line.Text, line.X, line.Baseline, _fonts.Font(line.Style), paint);
                }
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }

    public void Dispose()
    {
        _fonts.Dispose();
        GC.SuppressFinalize(this);
    }
}
