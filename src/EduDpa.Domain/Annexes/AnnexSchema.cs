using System.Text.Json;
using System.Text.Json.Nodes;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Annexes;

/// <summary>
/// The JSON Schema of each annex, generated from the annex types with the serializer's own rules, and the
/// reading of annex JSON against it: every problem is reported with its path ("SubProcessors[2].Name"),
/// not just the first. Only what the generator writes is evaluated: type, enum, properties, required,
/// additionalProperties, items, format "date" and local $ref.
/// </summary>
public static class AnnexSchema
{
    private static readonly Lazy<JsonObject> Privacy = new(() => Generate(typeof(PrivacyAnnex)));
    private static readonly Lazy<JsonObject> Security = new(() => Generate(typeof(SecurityAnnex)));

    public static JsonNode For(AnnexKind kind) => (kind == AnnexKind.Privacy ? Privacy : Security).Value.DeepClone();

    /// <summary>Reads an annex: well-formed JSON, valid against the schema, then the domain's own checks (<see cref="AnnexInput"/>).</summary>
    public static bool TryReadPrivacy(JsonElement json, out PrivacyAnnex? annex, out ValidationErrors errors)
    {
        annex = null;
        if (!TryRead<PrivacyAnnex>(json, AnnexKind.Privacy, out var read, out errors))
        {
            return false;
        }
        var valid = AnnexInput.TryPrivacy(read!, out var cleaned, out errors);
        annex = valid ? cleaned : null;
        return valid;
    }

    public static bool TryReadSecurity(JsonElement json, out SecurityAnnex? annex, out ValidationErrors errors)
    {
        annex = null;
        if (!TryRead<SecurityAnnex>(json, AnnexKind.Security, out var read, out errors))
        {
            return false;
        }
        var valid = AnnexInput.TrySecurity(read!, out var cleaned, out errors);
        annex = valid ? cleaned : null;
        return valid;
    }

    /// <summary>The problems of <paramref name="json"/> against the schema; empty when it is valid.</summary>
    public static ValidationErrors Validate(AnnexKind kind, JsonElement json)
    {
        return JsonSchemas.Validate((kind == AnnexKind.Privacy ? Privacy : Security).Value, json);
    }

    private static bool TryRead<T>(JsonElement json, AnnexKind kind, out T? annex, out ValidationErrors errors)
    {
        annex = default;
        errors = Validate(kind, json);
        if (!errors.IsEmpty)
        {
            return false;
        }
        try
        {
            annex = json.Deserialize<T>(AnnexJson.Options);
            return annex is not null;
        }
        catch (JsonException e)
        {
            // The schema and the serializer agree; this is a safety net, not a path people take.
            errors = ValidationErrors.For(PathOf(e.Path), ValidationCodes.InvalidJson);
            return false;
        }
    }

    /// <summary>"$.subProcessors[0].name" as the domain names fields: "SubProcessors[0].Name".</summary>
    public static string PathOf(string? jsonPath) => JsonSchemas.PathOf(jsonPath);

    private static JsonObject Generate(Type type) => JsonSchemas.Generate(type, AnnexJson.Options,
        type == typeof(PrivacyAnnex) ? "Bijlage 1 Privacybijsluiter (Model Verwerkersovereenkomst 4.0)" : "Bijlage 2 Beveiligingsbijlage (Model Verwerkersovereenkomst 4.0)");
}
