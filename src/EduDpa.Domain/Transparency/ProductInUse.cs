using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Domain.Reference;

namespace EduDpa.Domain.Transparency;

/// <summary>On what a board uses a product: an agreement on the model, or its own recorded decision on the vendor's terms.</summary>
public enum UseBasis
{
    /// <summary>A processing agreement signed by both parties (<see cref="ProductInUse.SourceId"/> is the agreement).</summary>
    Agreement = 1,

    /// <summary>The board's recorded decision to use the product on the vendor's own terms (issue 7's analyses).</summary>
    VendorTermsDecision = 2,
}

/// <summary>A published annex version: its number and date (model section B).</summary>
public sealed record AnnexVersionReference(int Number, DateOnly Date)
{
    public static AnnexVersionReference? Of(AnnexStamp? stamp) => stamp is null ? null : new AnnexVersionReference(stamp.Number, stamp.Date);
}

/// <summary>What Bijlage 2 says, in short, for the registers' column on security measures.</summary>
public sealed record SecuritySummary(
    AnnexVersionReference? Version, int MeasuresAffirmed, int MeasuresTotal, AssessmentForm? AssessmentForm, BivClassification? Classification, int RosaMet, int RosaNotMet, int RosaAlternative)
{
    public static SecuritySummary Of(SecurityAnnex annex)
    {
        var total = ModelCatalog.Find(annex.Model)?.AgreementParts.Annexes.Security.Section("A").Measures?.Count ?? annex.Measures.Count;
        return new SecuritySummary(AnnexVersionReference.Of(annex.Version), annex.Measures.Count(m => m.Affirmed), total, annex.Assessment.Form, annex.Assessment.Classification,
            annex.Rosa.Count(r => r.Compliance == Compliance.Met), annex.Rosa.Count(r => r.Compliance == Compliance.NotMet), annex.Rosa.Count(r => r.Compliance == Compliance.Alternative));
    }
}

/// <summary>
/// What is done with the data for a product, in the vocabulary of the model's Bijlage 1 (purpose ids E1…E22, data
/// category ids F1-…, ISO country codes), whatever the basis: an annex in force fills it, and so can a decision
/// on a vendor's terms. Only the services the board uses are in it, and only their locations and transfers.
/// </summary>
public sealed record ProcessingFacts(
    string Model,
    string? Description,
    IReadOnlyList<Service> Services,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> ThirdParties,
    string? OtherPurpose,
    IReadOnlyList<DataCategoryChoice> DataCategories,
    string? Retention,
    IReadOnlyList<Location> Locations,
    IReadOnlyList<Transfer> Transfers,
    IReadOnlyList<SubProcessor> SubProcessors)
{
    /// <summary>The data subject groups of F1 as their tables' ids name them.</summary>
    public static readonly IReadOnlyList<string> Groups = ["pupil", "parent", "staff"];

    public static ProcessingFacts None(string model) => new(model, null, [], [], [], null, [], null, [], [], []);

    private PrivacyAnnexTemplate? Template => ModelCatalog.Find(Model)?.AgreementParts.Annexes.Privacy;

    /// <summary>The chosen data categories the model marks as special (gezondheid, godsdienst).</summary>
    public IReadOnlyList<DataCategoryTemplate> SpecialCategories
    {
        get
        {
            var chosen = DataCategories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            return [.. Template?.DataCategories.Where(c => c.SpecialCategory && chosen.Contains(c.Id)) ?? []];
        }
    }

    public bool HasSpecialCategories => SpecialCategories.Count > 0;

    /// <summary>Every country where data is stored or processed: the locations, the sub-processors' processing and the transfers.</summary>
    public IReadOnlyList<string> ProcessingCountries =>
    [
        .. Locations.Select(l => l.CountryCode).Concat(SubProcessors.Select(s => s.ProcessingCountryCode)).Concat(Transfers.Select(t => t.CountryCode))
            .OfType<string>().Distinct(StringComparer.Ordinal),
    ];

    public bool DataOutsideEea => ProcessingCountries.Any(c => !Countries.IsEea(c)) || Transfers.Any(t => t.InternationalOrganisation is not null);

    public bool ProcessesPupilData => DataCategories.Any(c => c.Id.StartsWith("F1-pupil-", StringComparison.Ordinal));

    /// <summary>
    /// Pupil data stored or processed outside the EEA, as far as the annex says: a location outside the EEA for a
    /// product that processes pupil data, or a sub-processor outside the EEA that gets pupil data (or whose data the
    /// annex does not specify). A transfer names no data categories, so it counts through its sub-processor.
    /// </summary>
    public bool PupilDataOutsideEea =>
        (ProcessesPupilData && Locations.Any(l => l.CountryCode is { } c && !Countries.IsEea(c)))
        || SubProcessors.Any(s => s.ProcessingCountryCode is { } c && !Countries.IsEea(c)
            && (s.DataCategories.Count == 0 ? ProcessesPupilData : s.DataCategories.Any(d => d.StartsWith("F1-pupil-", StringComparison.Ordinal))));

    /// <summary>The data subject groups with at least one category: "pupil", "parent", "staff", in the model's order.</summary>
    public IReadOnlyList<string> DataSubjectGroups =>
        [.. Groups.Where(g => DataCategories.Any(c => c.Id.StartsWith($"F1-{g}-", StringComparison.Ordinal)))];

    /// <summary>The zone of <paramref name="countryCode"/> for this product's transfers to it.</summary>
    public CountryZone ZoneOf(string countryCode) => CountryZones.Of(countryCode, Transfers.Where(t => t.CountryCode == countryCode));
}

/// <summary>
/// A product a school board uses, with everything its public page and its register show: on what basis (an
/// agreement signed on …, or a decision on the vendor's terms of …), since and until when, for which schools, and
/// what is done with the data (<see cref="Facts"/>, from the annexes in force). One per product and basis.
/// </summary>
/// <param name="SourceId">The agreement (or the decision) the product is used under.</param>
/// <param name="BasisDate">The agreement's second signature (Amsterdam date), or the date of the decision.</param>
/// <param name="InForce">Whether the board uses it today: what the public page shows. The register also lists what is signed but not yet in force, and what ended but still has data to return.</param>
/// <param name="State">The agreement's state today; null for a decision.</param>
/// <param name="ModelId">The model the agreement is drawn up on; null for a decision.</param>
/// <param name="PrivacyAnnex">The Bijlage 1 version the facts come from.</param>
public sealed record ProductInUse(
    Guid BoardId,
    UseBasis Basis,
    Guid SourceId,
    Guid? ProductId,
    string ProductName,
    Guid? SupplierId,
    string SupplierName,
    DateOnly BasisDate,
    DateOnly? InForceFrom,
    DateOnly? EndsOn,
    AgreementState? State,
    bool InForce,
    string? ModelId,
    bool AllSchools,
    IReadOnlyList<Guid> SchoolIds,
    ProcessingFacts Facts,
    AnnexVersionReference? PrivacyAnnex,
    SecuritySummary? Security)
{
    /// <summary>Stable across requests: the basis and the product, for links and anchors.</summary>
    public string Key => $"{(Basis == UseBasis.Agreement ? "a" : "d")}-{SourceId:N}-{ProductId?.ToString("N") ?? "0"}";

    public bool Covers(Guid schoolId) => AllSchools || SchoolIds.Contains(schoolId);

    /// <summary>On an older model than the newest: due for renewal.</summary>
    public bool OnOlderModel => ModelId is not null && ModelId != ModelCatalog.NewestAgreementModel;
}
