namespace EduDpa.Domain.Identifiers;

internal static class IdentifierText
{
    public static string WithoutSeparators(string? input) =>
        input is null ? string.Empty : new string(input.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
}
