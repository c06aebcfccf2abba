using System.Globalization;

namespace EduDpa.Web.Infrastructure.Localization;

/// <summary>Writes texts in another person's language (an e-mail to them) and restores the request's language afterwards.</summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public CultureScope(string? language)
    {
        var culture = LocalizationSetup.ForLanguage(language);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
