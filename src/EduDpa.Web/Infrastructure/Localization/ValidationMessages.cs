using EduDpa.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Infrastructure.Localization;

/// <summary>
/// Turns the domain's validation codes into sentences in the user's language, each naming the field
/// ("KvK-nummer moet uit 8 cijfers bestaan."), for forms (model state) and the API (problem details).
/// </summary>
public sealed class ValidationMessages(IStringLocalizer<SharedResource> t)
{
    /// <param name="scope">Where the field lives ("Product"), for a more precise label ("Field.Product.Name") when there is one.</param>
    public string Describe(string field, string code, string? scope = null) => t[$"Validation.{code}", FieldLabel(field, scope)];

    /// <summary>
    /// The label of a field path: its last segment ("KvkNumber" → "KvK-nummer"), within a list with the
    /// list's own label and the item's number ("Schools[1].Brin" → "BRIN-code (2)").
    /// </summary>
    public string FieldLabel(string field, string? scope = null)
    {
        var segments = field.Split('.');
        var name = WithoutIndex(segments[^1], out _);
        if (segments.Length > 1 && WithoutIndex(segments[^2], out var index) is var list && index is not null)
        {
            return $"{Label($"{list}.{name}", name)} ({index + 1})";
        }
        return Label(scope is null ? name : $"{scope}.{name}", name);
    }

    private string Label(string preferred, string name)
    {
        var label = t[$"Field.{preferred}"];
        if (!label.ResourceNotFound)
        {
            return label.Value;
        }
        var plain = t[$"Field.{name}"];
        return plain.ResourceNotFound ? name : plain.Value;
    }

    private static string WithoutIndex(string segment, out int? index)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        index = bracket >= 0 && int.TryParse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : null;
        return bracket >= 0 ? segment[..bracket] : segment;
    }

    public void AddTo(ModelStateDictionary modelState, string prefix, ValidationErrors errors, string? scope = null)
    {
        foreach (var (field, codes) in errors.ByField)
        {
            foreach (var code in codes)
            {
                modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", Describe(field, code, scope));
            }
        }
    }

    /// <summary>Errors keyed the way the API's JSON names its fields: camelCase per segment ("schools[1].brin").</summary>
    public Dictionary<string, string[]> ForApi(ValidationErrors errors, string? scope = null) =>
        errors.ByField.ToDictionary(
            pair => ApiFieldName(pair.Key),
            pair => pair.Value.Select(code => Describe(pair.Key, code, scope)).ToArray());

    public static string ApiFieldName(string field) =>
        string.Join('.', field.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
