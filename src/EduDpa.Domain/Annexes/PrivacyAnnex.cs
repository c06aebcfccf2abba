using System.Text.Json.Serialization;

namespace EduDpa.Domain.Annexes;

/// <summary>
/// Bijlage 1, the privacy annex (Privacybijsluiter) of one product, as the supplier fills it in, section by
/// section of the model. A draft may be incomplete: what is missing is a finding of the conformity check,
/// not an input error. What the board decides (its contact, optional services, retention, consent to
/// transfers) is not here but on the board's agreement.
/// </summary>
/// <param name="Model">The model whose Bijlage 1 this fills in ("model-verwerkersovereenkomst-4.0").</param>
/// <param name="ProcessorContact">A: the processor's contact person.</param>
/// <param name="EssentialServices">D1: the services and processing that are an inseparable part of the product.</param>
/// <param name="OptionalServices">D2: optional services; the board accepts or declines each.</param>
/// <param name="Purposes">E: the ticked purposes ("E1" … "E22").</param>
/// <param name="ThirdParties">E11: which kinds of third parties data is exchanged with ("E11.1" … "E11.5").</param>
/// <param name="OtherPurpose">E22: the text of "andere doeleinden …, namelijk".</param>
/// <param name="DataCategories">F1: the ticked data categories ("F1-pupil-1" …), with the text of "anders, namelijk".</param>
/// <param name="Retention">F2: the retention periods, or the criteria to set them, the supplier proposes.</param>
/// <param name="Locations">G: where each processing of D takes place.</param>
/// <param name="Transfers">G: each transfer outside the EEA, with its safeguard.</param>
/// <param name="SubProcessors">H: the sub-processors.</param>
/// <param name="Version">B: number and date, given when the version is published.</param>
/// <param name="General">C: taken from the product and the supplier when the version is published.</param>
public sealed record PrivacyAnnex(
    string Model,
    ContactPerson? ProcessorContact,
    IReadOnlyList<Service> EssentialServices,
    IReadOnlyList<Service> OptionalServices,
    IReadOnlyList<string> Purposes,
    IReadOnlyList<string> ThirdParties,
    string? OtherPurpose,
    IReadOnlyList<DataCategoryChoice> DataCategories,
    string? Retention,
    IReadOnlyList<Location> Locations,
    IReadOnlyList<Transfer> Transfers,
    IReadOnlyList<SubProcessor> SubProcessors,
    AnnexStamp? Version = null,
    GeneralInformation? General = null)
{
    [JsonIgnore]
    public IEnumerable<Service> AllServices => EssentialServices.Concat(OptionalServices);

    public Service? FindService(string? id) => id is null ? null : AllServices.FirstOrDefault(s => s.Id == id);

    public static PrivacyAnnex Empty(string model) => new(model, null, [], [], [], [], null, [], null, [], [], []);
}

/// <summary>B: the number and date of a published version.</summary>
public sealed record AnnexStamp(int Number, DateOnly Date);

/// <summary>A product or service of section D and the processing that goes with it. <see cref="Id"/> stays the same across versions.</summary>
public sealed record Service(string Id, string? Description, string? Processing);

/// <summary>A ticked row of a data-category table; <see cref="Note"/> is the text of "anders, namelijk".</summary>
public sealed record DataCategoryChoice(string Id, string? Note = null);

/// <summary>G: a processing of D (by its service) and a country where it is stored or processed.</summary>
public sealed record Location(string? ServiceId, string? CountryCode, string? Place = null);

/// <summary>
/// G: a transfer outside the EEA. <see cref="RecipientQualification"/> says why the recipient falls within a
/// partial adequacy decision (for the United States: its DPF certification).
/// </summary>
public sealed record Transfer(
    string Id,
    string? ServiceId,
    string? Description,
    string? CountryCode,
    string? InternationalOrganisation,
    string? Recipient,
    Safeguard? Safeguard,
    string? SafeguardDetails,
    string? SupplementaryMeasures,
    string? RecipientQualification);

/// <summary>The safeguards of AVG chapter V the model's footnote to G mentions.</summary>
public enum Safeguard
{
    AdequacyDecision = 1,
    StandardContractualClauses = 2,
    BindingCorporateRules = 3,
    OtherArticle46Safeguard = 4,
}

/// <summary>H: a sub-processor. <see cref="DataCategories"/> are ids of the rows of F1.</summary>
public sealed record SubProcessor(
    string? Name,
    string? Processing,
    IReadOnlyList<string> DataCategories,
    string? ProcessingCountryCode,
    string? EstablishmentCountryCode);

/// <summary>C: general information, from the product and its supplier.</summary>
public sealed record GeneralInformation(
    string ProductName,
    string ProcessorName,
    string? ProcessorAddress,
    string? SupplierUrl,
    string? ProductUrl,
    string? Explanation,
    IReadOnlyList<Audience> Audience,
    IReadOnlyList<ProductUser> Users);

/// <summary>The model's "Doelgroep (po/vo/(v)so/mbo)".</summary>
public enum Audience
{
    Po = 1,
    Vo = 2,
    Vso = 3,
    Mbo = 4,
}

/// <summary>The model's "Gebruikers (Onderwijsdeelnemers/ ouders/verzorgers/medewerkers)".</summary>
public enum ProductUser
{
    Pupils = 1,
    Parents = 2,
    Staff = 3,
}
