namespace EduDpa.Domain.Common;

/// <summary>
/// A guarded state change was refused. <see cref="Field"/> names the input it concerns and
/// <see cref="Code"/> is one of <see cref="ValidationCodes"/>, so the web layer can
/// show it next to that field. When several guards failed, <see cref="ToErrors"/> holds them all.
/// </summary>
public sealed class DomainRuleViolation : InvalidOperationException
{
    private readonly ValidationErrors _errors;

    public DomainRuleViolation(string field, string code) : base($"{field}: {code}")
    {
        Field = field;
        Code = code;
        _errors = ValidationErrors.For(field, code);
    }

    /// <summary>Every failed guard at once; <see cref="Field"/> and <see cref="Code"/> are the first.</summary>
    public DomainRuleViolation(ValidationErrors errors)
        : base(string.Join("; ", errors.ByField.SelectMany(e => e.Value.Select(code => $"{e.Key}: {code}"))))
    {
        var first = errors.ByField.First();
        Field = first.Key;
        Code = first.Value[0];
        _errors = errors;
    }

    public string Field { get; }
    public string Code { get; }

    public ValidationErrors ToErrors() => _errors;
}
