using EduDpa.Domain.Organisations;

namespace EduDpa.Web.Features.Organisations;

public sealed record OrganisationResponse(
    Guid Id,
    OrganisationKind Kind,
    string Name,
    string KvkNumber,
    string? BevoegdGezagNumber,
    string Street,
    string Postcode,
    string City,
    string? Website,
    bool ConvenantMember,
    DateOnly? ConvenantMemberSince,
    IReadOnlyList<SchoolResponse> Schools,
    int Version)
{
    public static OrganisationResponse From(Organisation o) => new(
        o.Id, o.Kind, o.Name, o.KvkNumber.Value, o.BevoegdGezagNumber?.Value,
        o.Address.Street, o.Address.Postcode.Value, o.Address.City, o.Website?.ToString(),
        o.Convenant.IsMember, o.Convenant.Since,
        [.. o.Schools.OrderBy(s => s.Name).Select(s => new SchoolResponse(s.Id, s.Name, s.Brin.Value, s.Sector))],
        o.Version);
}

public sealed record SchoolResponse(Guid Id, string Name, string Brin, Sector Sector);

/// <summary>The body of a create or update: the organisation's fields, and for an update the version it was read at.</summary>
public sealed record OrganisationRequest
{
    public OrganisationKind? Kind { get; init; }
    public string? Name { get; init; }
    public string? KvkNumber { get; init; }
    public string? BevoegdGezagNumber { get; init; }
    public string? Street { get; init; }
    public string? Postcode { get; init; }
    public string? City { get; init; }
    public string? Website { get; init; }
    public bool ConvenantMember { get; init; }
    public DateOnly? ConvenantMemberSince { get; init; }
    public IReadOnlyList<SchoolInput>? Schools { get; init; }

    /// <summary>Required for an update: the version the client read. A stale version gets 409.</summary>
    public int? Version { get; init; }

    public OrganisationInput ToInput() => new()
    {
        Kind = Kind, Name = Name, KvkNumber = KvkNumber, BevoegdGezagNumber = BevoegdGezagNumber,
        Street = Street, Postcode = Postcode, City = City, Website = Website,
        ConvenantMember = ConvenantMember, ConvenantMemberSince = ConvenantMemberSince, Schools = Schools ?? [],
    };
}
