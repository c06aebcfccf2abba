using System.Diagnostics.CodeAnalysis;

namespace EduDpa.Domain.Identifiers;

/// <summary>BRIN code of a school as registered with DUO: two digits followed by two letters ("17GW").</summary>
public sealed record Brin
{
    private Brin(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out Brin? brin)
    {
        var text = IdentifierText.WithoutSeparators(input).ToUpperInvariant();
        var valid = text.Length == 4
            && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1])
            && char.IsAsciiLetterUpper(text[2]) && char.IsAsciiLetterUpper(text[3]);
        brin = valid ? new Brin(text) : null;
        return brin is not null;
    }

    public static Brin Parse(string input) =>
        TryParse(input, out var brin) ? brin : throw new FormatException($"'{input}' is not a BRIN code.");

    public override string ToString() => Value;
}
