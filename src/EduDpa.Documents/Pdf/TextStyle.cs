namespace EduDpa.Documents.Pdf;

/// <summary>Size in points, weight and slant of a piece of text.</summary>
internal readonly record struct TextStyle(float Size, bool Bold = false, bool Italic = false)
{
    public TextStyle With(bool bold, bool italic) => this with { Bold = Bold || bold, Italic = Italic || italic };
}
