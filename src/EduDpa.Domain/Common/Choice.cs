namespace EduDpa.Domain.Common;

internal static class Choice
{
    /// <summary>A name of the enum ("iso27001", "Soc2Type2", "soc-2-type-2"); numbers and unknown names are refused, naming the field.</summary>
    public static T? Parse<T>(string? value, string field, bool required, ValidationErrors errors) where T : struct, Enum
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(field, ValidationCodes.Required);
            }
            return null;
        }
        if (text.All(char.IsDigit) || !Enum.TryParse<T>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            errors.Add(field, ValidationCodes.UnknownValue);
            return null;
        }
        return parsed;
    }
}
