namespace EduDpa.Domain.Organisations;

/// <summary>An organisation's details as a person typed them; <see cref="OrganisationDetails.TryCreate"/> checks them.</summary>
public sealed record OrganisationInput
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
    public IReadOnlyList<SchoolInput> Schools { get; init; } = [];
}

public sealed record SchoolInput
{
    /// <summary>Set for a school that already exists; null for a new one.</summary>
    public Guid? Id { get; init; }
    public string? Name { get; init; }
    public string? Brin { get; init; }
    public Sector? Sector { get; init; }
}
