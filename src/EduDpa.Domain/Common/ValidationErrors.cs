namespace EduDpa.Domain.Common;

/// <summary>
/// Errors found in input, per field. A field is named by its path in the input
/// ("KvkNumber", "Address.Postcode", "Schools[1].Brin"); a code says what is wrong
/// and is turned into a sentence in the user's language by the web layer.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public IReadOnlyDictionary<string, List<string>> ByField => _errors;

    public void Add(string field, string code)
    {
        if (!_errors.TryGetValue(field, out var codes))
        {
            codes = [];
            _errors[field] = codes;
        }
        if (!codes.Contains(code))
        {
            codes.Add(code);
        }
    }

    public void AddAll(string prefix, ValidationErrors other)
    {
        foreach (var (field, codes) in other._errors)
        {
            foreach (var code in codes)
            {
                Add(prefix + field, code);
            }
        }
    }

    public static ValidationErrors For(string field, string code)
    {
        var errors = new ValidationErrors();
        errors.Add(field, code);
        return errors;
    }
}
