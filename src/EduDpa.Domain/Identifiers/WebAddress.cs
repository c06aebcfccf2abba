namespace EduDpa.Domain.Identifiers;

/// <summary>A web address as people give one: absolute, http or https, with a host name that has a dot.</summary>
public static class WebAddress
{
    public const int MaxLength = 300;

    public static bool TryParse(string? text, out Uri? uri)
    {
        uri = null;
        if (text is null || text.Length > MaxLength
            || !Uri.TryCreate(text, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp)
            || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            return false;
        }
        uri = parsed;
        return true;
    }
}
