using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace EduDpa.Web.Features.Agreements;

public static class DiffHtml
{
    /// <summary>A word diff: deletions struck through, insertions underlined, each also said in words for screen readers.</summary>
    public static IHtmlContent Render(string oldText, string newText, string deletedLabel, string insertedLabel)
    {
        var html = new StringBuilder();
        foreach (var (part, text) in WordDiff.Compare(oldText, newText))
        {
            var encoded = HtmlEncoder.Default.Encode(text);
            html.Append(part switch
            {
                DiffPart.Deleted => $"<del><span class=\"edudpa-visually-hidden\">[{HtmlEncoder.Default.Encode(deletedLabel)}: </span>{encoded}<span class=\"edudpa-visually-hidden\">]</span></del>",
                DiffPart.Inserted => $"<ins><span class=\"edudpa-visually-hidden\">[{HtmlEncoder.Default.Encode(insertedLabel)}: </span>{encoded}<span class=\"edudpa-visually-hidden\">]</span></ins>",
                _ => encoded,
            });
        }
        return new HtmlString(html.ToString());
    }
}
