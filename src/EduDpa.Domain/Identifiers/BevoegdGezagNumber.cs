using System.Diagnostics.CodeAnalysis;

namespace EduDpa.Domain.Identifiers;

/// <summary>The number DUO gives a school board (bevoegd gezag): five digits.</summary>
public sealed record BevoegdGezagNumber
{
    private BevoegdGezagNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out BevoegdGezagNumber? number)
    {
        var digits = IdentifierText.WithoutSeparators(input);
        number = digits.Length == 5 && digits.All(char.IsAsciiDigit) ? new BevoegdGezagNumber(digits) : null;
        return number is not null;
    }

    public static BevoegdGezagNumber Parse(string input) =>
        TryParse(input, out var number) ? number : throw new FormatException($"'{input}' is not a bevoegd-gezag number.");

    public override string ToString() => Value;
}
