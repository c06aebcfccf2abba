using System.Diagnostics.CodeAnalysis;

namespace EduDpa.Domain.Identifiers;

/// <summary>
/// Dutch postcode, stored as "1234 AB": four digits (not starting with 0), a space, two capitals.
/// The letter pairs SA, SD and SS are never issued.
/// </summary>
public sealed record Postcode
{
    private static readonly string[] NeverIssued = ["SA", "SD", "SS"];

    private Postcode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out Postcode? postcode)
    {
        postcode = null;
        var text = IdentifierText.WithoutSeparators(input).ToUpperInvariant();
        if (text.Length != 6)
        {
            return false;
        }
        var digits = text[..4];
        var letters = text[4..];
        var valid = digits[0] != '0' && digits.All(char.IsAsciiDigit)
            && letters.All(char.IsAsciiLetterUpper) && !NeverIssued.Contains(letters);
        postcode = valid ? new Postcode($"{digits} {letters}") : null;
        return postcode is not null;
    }

    public static Postcode Parse(string input) =>
        TryParse(input, out var postcode) ? postcode : throw new FormatException($"'{input}' is not a Dutch postcode.");

    public override string ToString() => Value;
}
