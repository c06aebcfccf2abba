namespace EduDpa.Web.Infrastructure.Html;

/// <summary>A fieldset of checkboxes (Features/Shared/_ChoiceList.cshtml): one name, many values, one error message.</summary>
public sealed record ChoiceList(string Name, string Legend, string? Hint, IReadOnlyList<ChoiceOption> Options, string? Error)
{
    public static ChoiceList Of<T>(string name, string legend, string? hint, IEnumerable<(T Value, string Label)> options, IEnumerable<T> selected, string? error)
    {
        var chosen = selected.Select(v => v?.ToString()).ToHashSet(StringComparer.Ordinal);
        return new ChoiceList(name, legend, hint, [.. options.Select(o => new ChoiceOption(o.Value?.ToString() ?? string.Empty, o.Label, chosen.Contains(o.Value?.ToString())))], error);
    }

    public string Id => Name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}

public sealed record ChoiceOption(string Value, string Label, bool Selected);
