using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EduDpa.Domain.Annexes;

namespace EduDpa.Domain.Agreements;

/// <summary>A party as it stands in the signed agreement.</summary>
public sealed record SnapshotParty(Guid OrganisationId, string Name, string KvkNumber, string Address, Representative? Representative);

/// <summary>A product with the annex versions the agreement was signed on (each carries its number and date).</summary>
public sealed record SnapshotProduct(Guid ProductId, string Name, PrivacyAnnex? Privacy, SecurityAnnex? Security, ProductAnnexChoices Choices);

/// <summary>An accepted Bijlage 3 entry as signed.</summary>
public sealed record SnapshotAmendment(int Number, string ClauseId, AmendmentKind Kind, string CurrentText, string NewText, string Reason);

/// <summary>
/// Everything that was agreed, frozen at the first signature: the model (and the hash of its source copy),
/// the parties, the underlying contract with the return term, the schools, every product's annex versions
/// with the board's decisions and contacts, the accepted amendments, and the model's fields as filled in,
/// so that the agreement's text can be rendered again from the snapshot alone.
/// </summary>
public sealed record SnapshotContent(
    Guid AgreementId,
    string ModelId,
    string ModelSourceSha256,
    SnapshotParty Controller,
    SnapshotParty Processor,
    UnderlyingContract Contract,
    bool CoversAllSchools,
    IReadOnlyList<string> Schools,
    ContactPerson? BoardContact,
    ContactPerson? BoardIncidentContact,
    IReadOnlyList<SnapshotProduct> Products,
    IReadOnlyList<SnapshotAmendment> Amendments,
    DateTimeOffset FrozenAt,
    IReadOnlyDictionary<string, string?>? Fields = null,
    bool ProcessorIsDistributor = false);

/// <summary>
/// The canonical JSON of a snapshot and its SHA-256. Canonical: object members sorted by name (ordinal), no
/// white space, the same escaping every time, so that the same content always has the same hash, whoever
/// serialises it later.
/// </summary>
public static class AgreementSnapshot
{
    private static readonly JsonSerializerOptions ContentOptions = new(AnnexJson.Options) { UnmappedMemberHandling = default };

    private static readonly JsonWriterOptions CanonicalWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static string CanonicalJson(SnapshotContent content) =>
        Canonicalize(JsonSerializer.SerializeToNode(content, ContentOptions));

    public static string Canonicalize(JsonNode? node)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CanonicalWriter))
        {
            Write(writer, node);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static SnapshotContent Read(string canonicalJson) =>
        JsonSerializer.Deserialize<SnapshotContent>(canonicalJson, ContentOptions) ?? throw new JsonException("The snapshot is empty.");

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject obj:
                writer.WriteStartObject();
                foreach (var (name, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
