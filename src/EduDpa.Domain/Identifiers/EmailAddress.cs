using System.Diagnostics.CodeAnalysis;

namespace EduDpa.Domain.Identifiers;

/// <summary>
/// An e-mail address as people type it: local part, "@", a domain with at least one dot.
/// Deliberately stricter than RFC 5322 (no quoted local parts, no IP literals), as mail
/// providers are; stored in lower case so that it identifies one person.
/// </summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out EmailAddress? email)
    {
        email = null;
        var text = input?.Trim().ToLowerInvariant() ?? string.Empty;
        if (text.Length is 0 or > MaxLength)
        {
            return false;
        }
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != text.LastIndexOf('@') || at > 64)
        {
            return false;
        }
        var local = text[..at];
        var domain = text[(at + 1)..];
        if (!IsValidLocalPart(local) || !IsValidDomain(domain))
        {
            return false;
        }
        email = new EmailAddress(text);
        return true;
    }

    public static EmailAddress Parse(string input) =>
        TryParse(input, out var email) ? email : throw new FormatException($"'{input}' is not an e-mail address.");

    private static bool IsValidLocalPart(string local) =>
        !local.StartsWith('.') && !local.EndsWith('.') && !local.Contains("..", StringComparison.Ordinal)
        && local.All(c => char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~.".Contains(c));

    private static bool IsValidDomain(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2
            && labels.All(l => l.Length is > 0 and <= 63 && !l.StartsWith('-') && !l.EndsWith('-')
                && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            && labels[^1].Length >= 2 && labels[^1].All(char.IsAsciiLetter);
    }

    public override string ToString() => Value;
}
