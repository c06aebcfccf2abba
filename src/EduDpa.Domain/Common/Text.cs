namespace EduDpa.Domain.Common;

internal static class Text
{
    /// <summary>Trims and collapses runs of white space; null for empty input.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Validates a required free-text field and returns its cleaned value.</summary>
    public static string Required(string? value, string field, int maxLength, ValidationErrors errors)
    {
        var cleaned = Clean(value);
        if (cleaned is null)
        {
            errors.Add(field, ValidationCodes.Required);
            return string.Empty;
        }
        if (cleaned.Length > maxLength)
        {
            errors.Add(field, ValidationCodes.TooLong);
        }
        return cleaned;
    }

    public static string? Optional(string? value, string field, int maxLength, ValidationErrors errors)
    {
        var cleaned = Clean(value);
        if (cleaned is not null && cleaned.Length > maxLength)
        {
            errors.Add(field, ValidationCodes.TooLong);
        }
        return cleaned;
    }
}
