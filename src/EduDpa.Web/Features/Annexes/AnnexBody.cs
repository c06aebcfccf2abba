using System.Text.Json;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;

namespace EduDpa.Web.Features.Annexes;

/// <summary>
/// Reads annex JSON from a request or an uploaded file: malformed JSON, the schema and the domain's checks,
/// each problem with its path. Nothing is stored when anything is wrong.
/// </summary>
public static class AnnexBody
{
    public const long MaxBytes = 2 * 1024 * 1024;

    public static async Task<(JsonElement? Json, ValidationErrors Errors)> ParseAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, default, cancellationToken);
            return (document.RootElement.Clone(), new ValidationErrors());
        }
        catch (JsonException e)
        {
            return (null, ValidationErrors.For(AnnexSchema.PathOf(e.Path) is { Length: > 0 } path ? path : "$", ValidationCodes.InvalidJson));
        }
    }

    /// <summary>The annex of <paramref name="kind"/> in <paramref name="json"/>, or the errors (their paths under <paramref name="prefix"/>).</summary>
    public static (PrivacyAnnex? Privacy, SecurityAnnex? Security, ValidationErrors Errors) Read(AnnexKind kind, JsonElement json, string prefix = "")
    {
        PrivacyAnnex? privacy = null;
        SecurityAnnex? security = null;
        ValidationErrors errors;
        if (kind == AnnexKind.Privacy)
        {
            AnnexSchema.TryReadPrivacy(json, out privacy, out errors);
        }
        else
        {
            AnnexSchema.TryReadSecurity(json, out security, out errors);
        }
        if (prefix.Length == 0)
        {
            return (privacy, security, errors);
        }
        var prefixed = new ValidationErrors();
        foreach (var (field, codes) in errors.ByField)
        {
            foreach (var code in codes)
            {
                prefixed.Add(field.Length == 0 ? prefix : $"{prefix}.{field}", code);
            }
        }
        return (privacy, security, prefixed);
    }

    /// <summary>A read annex as a draft stores it: without the stamp and general information that publishing sets.</summary>
    public static string DraftContent(PrivacyAnnex? privacy, SecurityAnnex? security) => privacy is not null
        ? AnnexJson.Serialize(privacy with { Version = null, General = null })
        : AnnexJson.Serialize(security! with { Version = null });

    public static AnnexKind? KindOf(string kind) => kind switch
    {
        "privacy" => AnnexKind.Privacy,
        "security" => AnnexKind.Security,
        _ => null,
    };

    public static string Slug(AnnexKind kind) => kind == AnnexKind.Privacy ? "privacy" : "security";
}
