namespace EduDpa.Web.Features.Offers;

/// <summary>The terms every offer of a product carries: the processor's representative, the underlying contract and the return term (art. 12.2).</summary>
public interface IOfferTermsInput
{
    string? RepresentativeName { get; }
    string? RepresentativeFunction { get; }
    string? ContractDescription { get; }
    int? ReturnTermDays { get; }
}

/// <summary>
/// Offering a product to many boards at once: all convenant members (<c>members</c>), all boards with a school in a
/// sector (<c>sector</c> with po, vo, so, vso, (v)so or mbo), or a list of KvK numbers, one per line (<c>kvk</c>).
/// </summary>
public sealed record BulkOfferRequest : IOfferTermsInput
{
    public string? Target { get; init; }
    public string? Sector { get; init; }
    public string? KvkNumbers { get; init; }
    public string? RepresentativeName { get; init; }
    public string? RepresentativeFunction { get; init; }
    public string? ContractDescription { get; init; }
    public int? ReturnTermDays { get; init; }
}

/// <summary>Publishing a product's open offer: the same terms, for any board that adopts it.</summary>
public sealed record OpenOfferRequest : IOfferTermsInput
{
    public string? RepresentativeName { get; init; }
    public string? RepresentativeFunction { get; init; }
    public string? ContractDescription { get; init; }
    public int? ReturnTermDays { get; init; }
}
