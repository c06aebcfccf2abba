using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EduDpa.Domain.Annexes;

/// <summary>
/// The JSON form of the annexes: for storage, export and import, the API and the published schemas. Strict:
/// unknown properties, missing required properties and nulls where none are allowed are refused.
/// </summary>
public static class AnnexJson
{
    public static readonly JsonSerializerOptions Options = Create(indented: false);

    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    public static string Serialize<T>(T value, bool indented = false) => JsonSerializer.Serialize(value, indented ? Indented : Options);

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException("The document is empty.");

    /// <summary>
    /// A short hash of an item's JSON. A board's decision about an optional service or a transfer holds for
    /// the item as it was when decided: when the supplier changes the item, the fingerprint changes and the
    /// decision has to be taken again.
    /// </summary>
    public static string Fingerprint<T>(T item) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(item, Options)))[..16];

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            WriteIndented = indented,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

public enum AnnexKind
{
    /// <summary>Bijlage 1, Privacybijsluiter.</summary>
    Privacy = 1,

    /// <summary>Bijlage 2, Beveiligingsbijlage.</summary>
    Security = 2,
}
