using System.Text.Json;

namespace EduDpa.Domain.Models;

/// <summary>The published models and frameworks the product knows, read once from the embedded content files.</summary>
public static class ModelCatalog
{
    public const string ModelAgreement40 = "model-verwerkersovereenkomst-4.0";

    /// <summary>Convenant Digitale Onderwijsmiddelen en Privacy 2.0, as the 2016 sector analysis quotes it.</summary>
    public const string Convenant20 = "convenant-digitale-onderwijsmiddelen-en-privacy-2.0";

    /// <summary>Model Bewerkersovereenkomst 2.0, as the 2016 sector analysis quotes it.</summary>
    public const string ModelAgreement20 = "model-bewerkersovereenkomst-2.0";

    /// <summary>The frameworks an analysis of a vendor's own terms can cover, in the order a report shows them.</summary>
    public static readonly IReadOnlyList<string> AnalysisFrameworks = [Convenant20, ModelAgreement20, ModelAgreement40];

    /// <summary>The model new agreements and renewals are drawn up from; an agreement on another model is due for renewal.</summary>
    public const string NewestAgreementModel = ModelAgreement40;

    private const string ResourcePrefix = "EduDpa.Models.";

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<IReadOnlyDictionary<string, (ModelDocument Document, string Json)>> Loaded = new(Load);

    public static IEnumerable<ModelDocument> All => Loaded.Value.Values.Select(v => v.Document).OrderBy(d => d.Id, StringComparer.Ordinal);

    public static ModelDocument? Find(string id) => Loaded.Value.TryGetValue(id, out var entry) ? entry.Document : null;

    public static ModelDocument Get(string id) => Find(id) ?? throw new KeyNotFoundException($"No model '{id}'.");

    /// <summary>The content file itself, exactly as published with the product.</summary>
    public static string? Json(string id) => Loaded.Value.TryGetValue(id, out var entry) ? entry.Json : null;

    private static Dictionary<string, (ModelDocument, string)> Load()
    {
        var assembly = typeof(ModelCatalog).Assembly;
        var models = new Dictionary<string, (ModelDocument, string)>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var json = reader.ReadToEnd();
            var document = JsonSerializer.Deserialize<ModelDocument>(json, JsonOptions)
                ?? throw new InvalidOperationException($"Content file {name} is empty.");
            if (document.Kind == ModelDocument.ProcessingAgreementModel)
            {
                _ = document.AgreementParts; // fail at start-up, not when the first agreement is shown
            }
            models.Add(document.Id, (document, json));
        }
        return models;
    }
}
