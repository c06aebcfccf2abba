using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Infrastructure.Html;

/// <summary>
/// At the top of a form that was refused: every problem in one list, each linking to its field, so a
/// keyboard or screen-reader user gets to it at once. Renders nothing when the form is valid.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper(IHtmlGenerator generator, IStringLocalizer<SharedResource> t) : TagHelper
{
    [HtmlAttributeNotBound, ViewContext]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var problems = ViewContext.ModelState
            .Where(pair => pair.Value?.Errors.Count > 0)
            .SelectMany(pair => pair.Value!.Errors.Select(error => (Key: pair.Key, error.ErrorMessage)))
            .ToList();
        if (problems.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-alert utrecht-alert--error edudpa-error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("id", "error-summary");
        output.Attributes.SetAttribute("tabindex", "-1");

        var encoder = HtmlEncoder.Default;
        var html = new System.Text.StringBuilder();
        html.Append("<div class=\"utrecht-alert__content\"><div class=\"utrecht-alert__message\">");
        html.Append("<h2 class=\"utrecht-heading-2\">").Append(encoder.Encode(t["Form.ErrorSummary"])).Append("</h2>");
        html.Append("<ul class=\"utrecht-unordered-list\">");
        foreach (var (key, message) in problems)
        {
            html.Append("<li class=\"utrecht-unordered-list__item\">");
            if (key.Length > 0)
            {
                var id = TagBuilder.CreateSanitizedId(key, generator.IdAttributeDotReplacement);
                html.Append("<a class=\"utrecht-link\" href=\"#").Append(encoder.Encode(id)).Append("\">").Append(encoder.Encode(message)).Append("</a>");
            }
            else
            {
                html.Append(encoder.Encode(message));
            }
            html.Append("</li>");
        }
        html.Append("</ul></div></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}
