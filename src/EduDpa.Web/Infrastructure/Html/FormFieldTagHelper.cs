using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Infrastructure.Html;

/// <summary>
/// One form field in the NL Design System (Utrecht) structure: label, optional description, the error
/// message when the value was refused, and the input, tied together with <c>for</c>,
/// <c>aria-describedby</c> and <c>aria-invalid</c>. What the person typed is kept after an error.
/// <code>&lt;form-field for="Input.KvkNumber" description="8 cijfers" required="true" /&gt;</code>
/// Types: text (default), email, url, tel, date, password, number, textarea, select (with
/// <c>items</c>), checkbox.
/// </summary>
[HtmlTargetElement("form-field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormFieldTagHelper(IHtmlGenerator generator, IStringLocalizer<SharedResource> t) : TagHelper
{
    /// <summary>ViewData key: when true, fields that are not required do not say "(optional)".</summary>
    public const string HideOptionalHint = "FormField.HideOptionalHint";

    public required Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; }

    public string Type { get; set; } = "text";
    public string? Description { get; set; }
    public string? Autocomplete { get; set; }
    public bool Required { get; set; }
    public IEnumerable<SelectListItem>? Items { get; set; }
    public string? OptionLabel { get; set; }

    /// <summary>Extra Utrecht size modifier for the input, e.g. "postal-code-nl" → utrecht-textbox--postal-code-nl-size.</summary>
    public string? Size { get; set; }

    /// <summary>Label text; defaults to the model's display name.</summary>
    public string? Label { get; set; }

    [HtmlAttributeNotBound, ViewContext]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var id = TagBuilder.CreateSanitizedId(fullName, generator.IdAttributeDotReplacement);
        var errors = ViewContext.ModelState.TryGetValue(fullName, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var invalid = errors.Count > 0;
        var isCheckbox = Type == "checkbox";

        var describedBy = new List<string>();
        if (Description is not null)
        {
            describedBy.Add(id + "-description");
        }
        if (invalid)
        {
            describedBy.Add(id + "-error");
        }

        var attributes = new Dictionary<string, object?> { ["id"] = id };
        if (describedBy.Count > 0)
        {
            attributes["aria-describedby"] = string.Join(' ', describedBy);
        }
        if (invalid)
        {
            attributes["aria-invalid"] = "true";
        }
        if (Required)
        {
            attributes["required"] = "required";
        }
        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        var fieldKind = isCheckbox ? "checkbox" : "text";
        output.Attributes.SetAttribute("class", $"utrecht-form-field utrecht-form-field--distanced utrecht-form-field--{fieldKind}{(invalid ? " utrecht-form-field--invalid" : string.Empty)}");

        var label = new TagBuilder("label");
        label.AddCssClass(isCheckbox ? "utrecht-form-label utrecht-form-label--checkbox" : "utrecht-form-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? For.Name);
        // Forms whose fields are all optional to save but needed in the end (the annexes) leave the word out.
        if (!Required && !isCheckbox && ViewContext.ViewData[HideOptionalHint] is not true)
        {
            label.InnerHtml.Append(" ");
            label.InnerHtml.AppendHtml($"<span class=\"edudpa-optional\">{HtmlEncoder.Default.Encode(t["Form.Optional"])}</span>");
        }

        var content = new HtmlContentBuilder();
        var input = Div(isCheckbox ? "utrecht-form-field__input" : "utrecht-form-field__input", Input(fullName, attributes, invalid));
        if (isCheckbox)
        {
            content.AppendHtml(input);
            content.AppendHtml(Div("utrecht-form-field__label utrecht-form-field__label--checkbox", label));
        }
        else
        {
            content.AppendHtml(Div("utrecht-form-field__label", label));
        }
        if (Description is not null)
        {
            var description = Div("utrecht-form-field__description", new HtmlString(HtmlEncoder.Default.Encode(Description)));
            description.Attributes["id"] = id + "-description";
            content.AppendHtml(description);
        }
        if (invalid)
        {
            var error = Div("utrecht-form-field__error-message utrecht-form-field-error-message", new HtmlString(string.Join("<br>", errors.Select(HtmlEncoder.Default.Encode))));
            error.Attributes["id"] = id + "-error";
            content.AppendHtml(error);
        }
        if (!isCheckbox)
        {
            content.AppendHtml(input);
        }
        output.Content.SetHtmlContent(content);
    }

    private IHtmlContent Input(string fullName, Dictionary<string, object?> attributes, bool invalid)
    {
        var sizeClass = Size is null ? string.Empty : $" utrecht-textbox--{Size}-size";
        var invalidText = invalid ? " utrecht-textbox--invalid" : string.Empty;
        switch (Type)
        {
            case "textarea":
                attributes["class"] = "utrecht-textarea utrecht-textarea--html-textarea" + (invalid ? " utrecht-textarea--invalid" : string.Empty);
                return generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, rows: 5, columns: 60, attributes);
            case "select":
                attributes["class"] = "utrecht-select utrecht-select--html-select" + (invalid ? " utrecht-select--invalid" : string.Empty);
                return generator.GenerateSelect(ViewContext, For.ModelExplorer, OptionLabel, For.Name, Items ?? [], allowMultiple: false, attributes);
            case "checkbox":
                attributes["class"] = "utrecht-checkbox utrecht-checkbox--html-input" + (invalid ? " utrecht-checkbox--invalid" : string.Empty);
                var builder = new HtmlContentBuilder();
                builder.AppendHtml(generator.GenerateCheckBox(ViewContext, For.ModelExplorer, For.Name, isChecked: null, attributes));
                builder.AppendHtml(generator.GenerateHiddenForCheckbox(ViewContext, For.ModelExplorer, For.Name));
                return builder;
            case "password":
                attributes["class"] = "utrecht-textbox utrecht-textbox--html-input utrecht-textbox--password" + invalidText + sizeClass;
                return generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, value: null, attributes);
            default:
                attributes["class"] = "utrecht-textbox utrecht-textbox--html-input" + invalidText + sizeClass;
                attributes["type"] = Type;
                // What the person typed (model state) wins over the model's value; the generator sees to that.
                var value = For.Model is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : For.Model;
                return generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, value, format: null, attributes);
        }
    }

    private static TagBuilder Div(string cssClass, IHtmlContent content)
    {
        var div = new TagBuilder("div");
        div.AddCssClass(cssClass);
        div.InnerHtml.AppendHtml(content);
        return div;
    }
}
