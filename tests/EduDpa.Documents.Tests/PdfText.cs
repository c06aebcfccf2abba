using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace EduDpa.Documents.Tests;

/// <summary>What a reader gets out of a PDF: the words of each page, joined with single spaces.</summary>
internal sealed partial record PdfText(IReadOnlyList<string> Pages, int PageCount)
{
    public string All => string.Join(' ', Pages);

    public static PdfText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).ToList();
        return new PdfText(pages, document.NumberOfPages);
    }

    /// <summary>Whitespace as the PDF's words are joined: any run of it is one space.</summary>
    public static string Words(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
