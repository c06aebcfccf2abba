using System.Text.RegularExpressions;

namespace EduDpa.Domain.Conformity;

/// <summary>
/// Finds wording about advertising or unsolicited offers in Dutch and English ("reclame", "gepersonaliseerde
/// advertenties", "direct marketing", "unsolicited offers"), unless it is denied just before ("geen reclame",
/// "not used for advertising").
/// </summary>
public static partial class AdvertisingLanguage
{
    [GeneratedRegex(@"\b(reclame\w*|advertenti\w*|adverteer\w*|advertis\w*|adverts?|ads|marketing\w*|ongevraagde\s+(aanbieding|aanbod|reclame|e-?mail|berichten)\w*|unsolicited\s+(offer|commercial|message|e-?mail)\w*|commerciële\s+(doeleinden|aanbiedingen|uitingen)|commercial\s+purposes|sponsored\s+content|gesponsorde\s+inhoud)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Wording();

    [GeneratedRegex(@"\b(geen|niet|nooit|zonder|no|not|never|without)\b(\W+\w+){0,3}\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeniedBefore();

    /// <summary>The first phrase about advertising in <paramref name="text"/> that is not denied, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        foreach (Match match in Wording().Matches(text))
        {
            var before = match.Index == 0 ? string.Empty : text[(text.LastIndexOfAny(['.', ';', '!', '?', '\n'], match.Index - 1) + 1)..match.Index];
            if (!DeniedBefore().IsMatch(before))
            {
                return match.Value;
            }
        }
        return null;
    }
}
