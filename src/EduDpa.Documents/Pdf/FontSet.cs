using System.Collections.Concurrent;
using SkiaSharp;

namespace EduDpa.Documents.Pdf;

/// <summary>
/// DejaVu Sans regular and bold from the assembly's resources, never from the machine. There is no oblique
/// face in the set: italics are the regular or bold face slanted.
/// </summary>
internal sealed class FontSet : IDisposable
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));

    private readonly ConcurrentDictionary<TextStyle, SKFont> _fonts = new();
    // Shared by all renders: an advance depends only on the (embedded, unchanging) face and the style.
    private static readonly ConcurrentDictionary<TextStyle, float[]> Advances = new();

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    public SKFont Font(TextStyle style) => _fonts.GetOrAdd(style, s => new SKFont(s.Bold ? Bold : Regular, s.Size)
    {
        SkewX = s.Italic ? -0.2f : 0,
        Subpixel = true,
        LinearMetrics = true,
    });

    /// <summary>
    /// The advance of <paramref name="text"/> as Skia draws it (glyph by glyph, no kerning, linear metrics), summed
    /// from a table per style so that line breaking does not call into Skia for every word.
    /// </summary>
    public float Width(string text, TextStyle style)
    {
        var advances = Advances.GetOrAdd(style, _ => NewAdvanceTable());
        var width = 0f;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                return Font(style).MeasureText(text);
            }
            var advance = advances[c];
            if (float.IsNaN(advance))
            {
                advance = advances[c] = Font(style).MeasureText(c.ToString());
            }
            width += advance;
        }
        return width;
    }

    private static float[] NewAdvanceTable()
    {
        var table = new float[char.MaxValue + 1];
        Array.Fill(table, float.NaN);
        return table;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }
        _fonts.Clear();
    }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(FontSet).Assembly.GetManifestResourceStream($"EduDpa.Documents.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded in {typeof(FontSet).Assembly.GetName().Name}.");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {file} cannot be read.");
    }
}
