using EduDpa.Documents.Content;

namespace EduDpa.Documents.Pdf;

/// <summary>Sizes and spacing of the PDF, in points.</summary>
internal static class Typography
{
    public const float LineHeight = 1.4f;
    public const float IndentStep = 22f;
    public const float ParagraphSpacing = 5f;
    public const float CellPaddingX = 4f;
    public const float CellPaddingY = 3f;
    public const float CellIndentStep = 10f;
    public const float MarkOffset = 8f;

    public static readonly TextStyle Body = new(10f);
    public static readonly TextStyle TableText = new(8.5f);
    public static readonly TextStyle TableHeader = new(8.5f, Bold: true);
    public static readonly TextStyle Caption = new(9.5f, Bold: true);
    public static readonly TextStyle Footer = new(8f);

    public static TextStyle For(ParagraphStyle style) => style switch
    {
        ParagraphStyle.Title => new TextStyle(22f, Bold: true),
        ParagraphStyle.Subtitle => new TextStyle(14f, Bold: true),
        ParagraphStyle.Small => new TextStyle(8f),
        _ => Body,
    };

    public static TextStyle Heading(int level) => level switch
    {
        1 => new TextStyle(15f, Bold: true),
        2 => new TextStyle(12.5f, Bold: true),
        _ => new TextStyle(11f, Bold: true),
    };

    public static float SpaceBeforeHeading(int level) => level switch
    {
        1 => 14f,
        2 => 10f,
        _ => 8f,
    };

    public static float SpaceAfter(ParagraphStyle style) => style == ParagraphStyle.Title ? 14f : ParagraphSpacing;
}
