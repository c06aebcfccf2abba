using System.Text.Json;
using System.Text.Json.Serialization;

namespace EduDpa.Domain.Models;

/// <summary>
/// The content file lists the annexes as an array in their published order (Bijlage 1, 2, 3); in code each
/// has its own type. This reads and writes that array.
/// </summary>
internal sealed class ModelAnnexesConverter : JsonConverter<ModelAnnexes>
{
    public override ModelAnnexes Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var annexes = document.RootElement.EnumerateArray().ToList();
        if (annexes.Count != 3)
        {
            throw new JsonException($"Expected the three annexes, found {annexes.Count}.");
        }
        return new ModelAnnexes(
            annexes[0].Deserialize<PrivacyAnnexTemplate>(options)!,
            annexes[1].Deserialize<SecurityAnnexTemplate>(options)!,
            annexes[2].Deserialize<AmendmentsAnnexTemplate>(options)!);
    }

    public override void Write(Utf8JsonWriter writer, ModelAnnexes value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        JsonSerializer.Serialize(writer, value.Privacy, options);
        JsonSerializer.Serialize(writer, value.Security, options);
        JsonSerializer.Serialize(writer, value.Amendments, options);
        writer.WriteEndArray();
    }
}
