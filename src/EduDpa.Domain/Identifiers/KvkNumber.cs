using System.Diagnostics.CodeAnalysis;

namespace EduDpa.Domain.Identifiers;

/// <summary>Chamber of Commerce (Kamer van Koophandel) number: exactly eight digits.</summary>
public sealed record KvkNumber
{
    private KvkNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary>Accepts the eight digits with optional spaces or dots between them ("1234 5678").</summary>
    public static bool TryParse(string? input, [NotNullWhen(true)] out KvkNumber? kvk)
    {
        var digits = IdentifierText.WithoutSeparators(input);
        kvk = digits.Length == 8 && digits.All(char.IsAsciiDigit) ? new KvkNumber(digits) : null;
        return kvk is not null;
    }

    public static KvkNumber Parse(string input) =>
        TryParse(input, out var kvk) ? kvk : throw new FormatException($"'{input}' is not a KvK number.");

    public override string ToString() => Value;
}
