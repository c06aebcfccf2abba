using System.Text;
using System.Text.Encodings.Web;
using EduDpa.Domain.Agreements;
using Microsoft.AspNetCore.Html;

namespace EduDpa.Web.Infrastructure.Html;

/// <summary>
/// Text spans as HTML: the model's emphasis as em/strong, a party's detail as a field, a detail nobody
/// filled in yet as a marked placeholder (with a hidden word for screen readers), amendment text as is.
/// </summary>
public static class SpanHtml
{
    public static IHtmlContent Render(IEnumerable<TextSpan> spans, string missingLabel)
    {
        var html = new StringBuilder();
        foreach (var span in spans)
        {
            var text = HtmlEncoder.Default.Encode(span.Text);
            text = span.Style switch
            {
                SpanStyle.Italic => $"<em>{text}</em>",
                SpanStyle.Bold => $"<strong>{text}</strong>",
                SpanStyle.BoldItalic => $"<strong><em>{text}</em></strong>",
                _ => text,
            };
            html.Append(span.Kind switch
            {
                SpanKind.Field => $"<span class=\"edudpa-field\">{text}</span>",
                SpanKind.MissingField => $"<mark class=\"edudpa-missing\"><span class=\"edudpa-visually-hidden\">{HtmlEncoder.Default.Encode(missingLabel)} </span>{text}</mark>",
                _ => text,
            });
        }
        return new HtmlString(html.ToString());
    }
}
