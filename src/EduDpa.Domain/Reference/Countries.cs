using System.Text.Json;

namespace EduDpa.Domain.Reference;

/// <summary>A country by its ISO 3166-1 alpha-2 code, with its Dutch and English name.</summary>
public sealed record Country(string Code, string Nl, string En)
{
    public string Name(bool english) => english ? En : Nl;
}

/// <summary>Text in both languages of the product.</summary>
public sealed record Bilingual(string Nl, string En)
{
    public string In(bool english) => english ? En : Nl;
}

/// <summary>
/// A decision of the European Commission that a country protects personal data adequately (AVG art. 45).
/// Some hold only for part of the country's recipients (<see cref="Scope"/>); then a transfer must say why
/// the recipient falls within it (<see cref="Qualification"/>).
/// </summary>
public sealed record AdequacyDecision(string Country, string Decision, Bilingual? Scope = null, Bilingual? Qualification = null)
{
    public bool IsPartial => Scope is not null;
}

/// <summary>Where a reference list comes from and how current it is.</summary>
public sealed record ReferenceSource(string Source, string Version, string Note);

/// <summary>
/// The countries of the world, the European Economic Area and the adequacy decisions, read once from the
/// content files in Reference/Content (see Reference/README.md for their sources and how they are kept).
/// </summary>
public static class Countries
{
    private static readonly Lazy<Data> Loaded = new(Load);

    public static IReadOnlyList<Country> All => Loaded.Value.Countries;

    public static ReferenceSource CountrySource => Loaded.Value.CountrySource;

    public static ReferenceSource TransferSource => Loaded.Value.TransferSource;

    public static IReadOnlyCollection<string> Eea => Loaded.Value.Eea;

    public static IReadOnlyList<AdequacyDecision> AdequacyDecisions => Loaded.Value.Adequacy;

    public static Country? Find(string? code) =>
        code is not null && Loaded.Value.ByCode.TryGetValue(code, out var country) ? country : null;

    public static bool IsEea(string code) => Loaded.Value.Eea.Contains(code);

    public static AdequacyDecision? AdequacyFor(string code) =>
        Loaded.Value.Adequacy.FirstOrDefault(a => a.Country == code);

    /// <summary>The name of a country, or the code itself when the code is unknown.</summary>
    public static string NameOf(string code, bool english) => Find(code)?.Name(english) ?? code;

    private sealed record CountryFile(string Source, string Version, IReadOnlyList<Country> Countries);

    private sealed record TransferFile(string Source, string AsOf, string Note, IReadOnlyList<string> Eea, IReadOnlyList<AdequacyDecision> Adequacy);

    private sealed record Data(
        IReadOnlyList<Country> Countries,
        IReadOnlyDictionary<string, Country> ByCode,
        HashSet<string> Eea,
        IReadOnlyList<AdequacyDecision> Adequacy,
        ReferenceSource CountrySource,
        ReferenceSource TransferSource);

    private static Data Load()
    {
        var countries = Read<CountryFile>("countries.json");
        var transfers = Read<TransferFile>("transfers.json");
        var byCode = countries.Countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
        var unknown = transfers.Eea.Concat(transfers.Adequacy.Select(a => a.Country)).Where(code => !byCode.ContainsKey(code)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"transfers.json names unknown countries: {string.Join(", ", unknown)}");
        }
        return new Data(
            countries.Countries,
            byCode,
            [.. transfers.Eea],
            transfers.Adequacy,
            new ReferenceSource(countries.Source, countries.Version, string.Empty),
            new ReferenceSource(transfers.Source, transfers.AsOf, transfers.Note));
    }

    private static T Read<T>(string file)
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("EduDpa.Reference." + file)
            ?? throw new InvalidOperationException($"Reference file {file} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Models.ModelCatalog.JsonOptions)
            ?? throw new InvalidOperationException($"Reference file {file} is empty.");
    }
}
