using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace EduDpa.Domain.Common;

/// <summary>
/// JSON Schemas generated from the domain's types with the serializer's own rules, and the reading of JSON against
/// them: every problem is reported with its path ("SubProcessors[2].Name"), not just the first. Only what the
/// generator writes is evaluated: type, enum, properties, required, additionalProperties, items, format "date" and local $ref.
/// </summary>
public static class JsonSchemas
{
    /// <summary>"$.subProcessors[0].name" as the domain names fields: "SubProcessors[0].Name".</summary>
    public static string PathOf(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return string.Empty;
        }
        var segments = jsonPath.TrimStart('$').TrimStart('.').Split('.');
        return string.Join('.', segments.Select(Capitalise));
    }

    /// <summary>The schema of <paramref name="type"/> as the serializer with <paramref name="options"/> reads and writes it.</summary>
    public static JsonObject Generate(Type type, JsonSerializerOptions options, string title)
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(options, type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
        };
        foreach (var (key, value) in schema.AsObject().ToList())
        {
            schema.AsObject().Remove(key);
            document[key] = value;
        }
        return document;
    }

    /// <summary>The problems of <paramref name="json"/> against <paramref name="schema"/>, each with its path; empty when it is valid.</summary>
    public static ValidationErrors Validate(JsonNode schema, JsonElement json)
    {
        var errors = new ValidationErrors();
        Check(schema, schema, json, string.Empty, errors);
        return errors;
    }

    private static void Check(JsonNode root, JsonNode schema, JsonElement value, string path, ValidationErrors errors)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
        {
            Check(root, Resolve(root, reference), value, path, errors);
            return;
        }
        if (schema["enum"] is JsonArray options)
        {
            if (!options.Any(o => Matches(o, value)))
            {
                errors.Add(path, ValidationCodes.UnknownValue);
            }
            return;
        }
        if (schema["type"] is { } type && !TypeMatches(type, value))
        {
            errors.Add(path, ValidationCodes.WrongType);
            return;
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(root, schema, value, path, errors);
                break;
            case JsonValueKind.Array when schema["items"] is { } items:
                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Check(root, items, item, $"{path}[{index++}]", errors);
                }
                break;
            case JsonValueKind.String when schema["format"]?.GetValue<string>() == "date":
                if (!DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    errors.Add(path, ValidationCodes.DateFormat);
                }
                break;
        }
    }

    private static void CheckObject(JsonNode root, JsonNode schema, JsonElement value, string path, ValidationErrors errors)
    {
        var properties = schema["properties"] as JsonObject;
        var closed = schema["additionalProperties"] is JsonValue closedValue && !closedValue.GetValue<bool>();
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = Join(path, Capitalise(property.Name));
            if (properties?[property.Name] is { } propertySchema)
            {
                Check(root, propertySchema, property.Value, propertyPath, errors);
            }
            else if (closed)
            {
                errors.Add(propertyPath, ValidationCodes.UnknownField);
            }
        }
        foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
        {
            if (!value.TryGetProperty(required, out _))
            {
                errors.Add(Join(path, Capitalise(required)), ValidationCodes.Required);
            }
        }
    }

    private static bool TypeMatches(JsonNode type, JsonElement value)
    {
        var allowed = type is JsonArray list ? list.Select(t => t!.GetValue<string>()) : [type.GetValue<string>()];
        return allowed.Any(t => t switch
        {
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array,
            "string" => value.ValueKind == JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => value.ValueKind == JsonValueKind.Null,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
            "number" => value.ValueKind == JsonValueKind.Number,
            _ => throw new NotSupportedException($"Schema type '{t}' is not evaluated."),
        });
    }

    private static bool Matches(JsonNode? option, JsonElement value) => option is null
        ? value.ValueKind == JsonValueKind.Null
        : value.ValueKind == JsonValueKind.String && option.GetValue<string>() == value.GetString();

    private static JsonNode Resolve(JsonNode root, string reference)
    {
        var node = root;
        foreach (var segment in reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]
                ?? throw new InvalidOperationException($"Unresolvable $ref {reference}.");
        }
        return node;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Capitalise(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
