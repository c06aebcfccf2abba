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
    public string Describe(string field, string code) => t[$"Validation.{code}", FieldLabel(field)];

    /// <summary>The label of the last segment of a field path: "Schools[1].Brin" → "BRIN-code".</summary>
    public string FieldLabel(string field)
    {
        var last = field.Split('.')[^1];
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        var name = bracket >= 0 ? last[..bracket] : last;
        var label = t[$"Field.{name}"];
        return label.ResourceNotFound ? name : label.Value;
    }

    public void AddTo(ModelStateDictionary modelState, string prefix, ValidationErrors errors)
    {
        foreach (var (field, codes) in errors.ByField)
        {
            foreach (var code in codes)
            {
                modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", Describe(field, code));
            }
        }
    }

    /// <summary>Errors keyed the way the API's JSON names its fields: camelCase per segment ("schools[1].brin").</summary>
    public Dictionary<string, string[]> ForApi(ValidationErrors errors) =>
        errors.ByField.ToDictionary(
            pair => ApiFieldName(pair.Key),
            pair => pair.Value.Select(code => Describe(pair.Key, code)).ToArray());

    public static string ApiFieldName(string field) =>
        string.Join('.', field.Split('.').Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));
}
