using EduDpa.Domain.Annexes;
using EduDpa.Domain.Transparency;

namespace EduDpa.Web.Features.Transparency;

// What the public pages and the open JSON show: only what is meant for the public. No breaches, no internal
// comments, no people's names (the annexes' contact persons stay out; the board's published contact is the one
// exception), no agreement ids. Codes (purpose ids, data category ids, ISO country codes, safeguards) come with
// their text: the model's own (Dutch) wording for purposes and data, the page's language for the rest.

/// <summary>A public page: a board's, or one school's (<see cref="School"/> set).</summary>
/// <param name="Products">The products in use after the search and filters.</param>
/// <param name="TotalProducts">How many products are in use before the search and filters.</param>
/// <param name="Countries">Where the data of all products in use is stored and processed, by country.</param>
/// <param name="AsOf">The Amsterdam date the page describes.</param>
public sealed record PublicPageResponse(
    PublicBoardResponse Board,
    PublicSchoolResponse? School,
    IReadOnlyList<PublicSchoolResponse> Schools,
    IReadOnlyList<PublicProductResponse> Products,
    int TotalProducts,
    IReadOnlyList<PublicCountryResponse> Countries,
    PublicFilter Filter,
    DateOnly AsOf,
    string Language);

/// <param name="Introduction">The board's own introduction, paragraph by paragraph.</param>
public sealed record PublicBoardResponse(string Name, string KvkNumber, IReadOnlyList<string> Introduction, PublicContactResponse Contact, string Url);

/// <summary>The board's privacy contact as it publishes it: where parents and pupils exercise their rights.</summary>
public sealed record PublicContactResponse(string? Name, string? Email, string? Phone, string? Url);

public sealed record PublicSchoolResponse(string Name, string Brin, string Sector, string Url);

/// <param name="Id">Stable for this product under this basis; the page's anchor.</param>
/// <param name="Basis">"Agreement" (a processing agreement) or "VendorTermsDecision" (the board's decision on the vendor's own terms).</param>
/// <param name="BasisText">The basis in words: "Verwerkersovereenkomst, ondertekend op 23 november 2026".</param>
/// <param name="Schools">The BRIN codes of the schools it is used at; empty when <see cref="AllSchools"/>.</param>
public sealed record PublicProductResponse(
    string Id,
    string Name,
    string Supplier,
    UseBasis Basis,
    DateOnly BasisDate,
    string BasisText,
    string? Description,
    IReadOnlyList<string> Services,
    IReadOnlyList<WordedPurpose> Purposes,
    IReadOnlyList<PublicDataGroupResponse> Data,
    bool SpecialCategories,
    string? Retention,
    IReadOnlyList<PublicLocationResponse> Locations,
    bool DataOutsideEea,
    IReadOnlyList<PublicTransferResponse> Transfers,
    IReadOnlyList<PublicSubProcessorResponse> SubProcessors,
    bool AllSchools,
    IReadOnlyList<string> Schools);

/// <param name="Group">"pupil", "parent" or "staff".</param>
public sealed record PublicDataGroupResponse(string Group, string Name, IReadOnlyList<WordedDataCategory> Categories);

/// <summary>A country with the zone it is in for this product's data.</summary>
public sealed record PublicCountryRef(string Code, string Name, CountryZone Zone, string ZoneText);

public sealed record PublicLocationResponse(string? Service, string? Place, PublicCountryRef? Country);

public sealed record PublicTransferResponse(
    PublicCountryRef? Country, string? InternationalOrganisation, string? Recipient, string? Description, Safeguard? Safeguard, string? SafeguardText,
    string? SafeguardDetails, string? SupplementaryMeasures);

public sealed record PublicSubProcessorResponse(string? Name, string? Processing, PublicCountryRef? ProcessingCountry, PublicCountryRef? EstablishmentCountry);

/// <summary>A country where data of the board's products is stored or processed: how many products, in which zone, on what basis.</summary>
public sealed record PublicCountryResponse(string Code, string Name, CountryZone Zone, string ZoneText, int Products, IReadOnlyList<string> Bases);
