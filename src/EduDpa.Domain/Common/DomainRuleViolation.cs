namespace EduDpa.Domain.Common;

/// <summary>
/// A guarded state change was refused. <see cref="Field"/> names the input it concerns and
/// <see cref="Code"/> is one of <see cref="ValidationCodes"/>, so the web layer can
/// show it next to that field.
/// </summary>
public sealed class DomainRuleViolation(string field, string code)
    : InvalidOperationException($"{field}: {code}")
{
    public string Field { get; } = field;
    public string Code { get; } = code;

    public ValidationErrors ToErrors() => ValidationErrors.For(Field, Code);
}
