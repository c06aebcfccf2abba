using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Analyses;

/// <summary>
/// An analysis as JSON, for export and import and the API: strict (unknown properties, missing required ones and
/// nulls where none are allowed are refused), verdicts as "conform", "attention", "notApplicable". The schema is
/// generated from <see cref="AnalysisDocument"/>.
/// </summary>
public static class AnalysisJson
{
    public static readonly JsonSerializerOptions Options = Create(indented: false);

    public static readonly JsonSerializerOptions Indented = Create(indented: true);

    private static readonly Lazy<JsonObject> Generated = new(() =>
        JsonSchemas.Generate(typeof(AnalysisDocument), Options, "Analyse van de voorwaarden van een leverancier (EduDpa)"));

    public static JsonNode Schema() => Generated.Value.DeepClone();

    public static string Serialize(AnalysisDocument document) => JsonSerializer.Serialize(document, Indented);

    /// <summary>Reads analysis JSON against the schema; every problem with its path ("Rows[2].Verdict"). The content rules come after, in <see cref="AnalysisContent"/>.</summary>
    public static bool TryRead(JsonElement json, out AnalysisDocument? document, out ValidationErrors errors)
    {
        document = null;
        errors = JsonSchemas.Validate(Generated.Value, json);
        if (!errors.IsEmpty)
        {
            return false;
        }
        try
        {
            document = json.Deserialize<AnalysisDocument>(Options);
            return document is not null;
        }
        catch (JsonException e)
        {
            errors = ValidationErrors.For(JsonSchemas.PathOf(e.Path), ValidationCodes.InvalidJson);
            return false;
        }
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
