namespace EduDpa.Web.Features.Agreements;

/// <summary>What starting and editing a draft have in common: the shared part and one's own part.</summary>
public interface IDraftFields
{
    IReadOnlyList<Guid>? ProductIds { get; }
    DateOnly? ContractDate { get; }
    string? ContractDescription { get; }

    /// <summary>Art. 12.2: days after the contract ends within which the data is returned or destroyed; agreed before signing.</summary>
    int? ReturnTermDays { get; }
    string? RepresentativeName { get; }
    string? RepresentativeFunction { get; }
    bool CoversAllSchools { get; }
    IReadOnlyList<Guid>? SchoolIds { get; }
}

/// <summary>Starting a draft: the other party, the products, the underlying contract and one's own part.</summary>
public sealed record DraftRequest : IDraftFields
{
    public Guid? CounterpartyId { get; init; }
    public IReadOnlyList<Guid>? ProductIds { get; init; }
    public DateOnly? ContractDate { get; init; }
    public string? ContractDescription { get; init; }
    public int? ReturnTermDays { get; init; }
    public string? RepresentativeName { get; init; }
    public string? RepresentativeFunction { get; init; }

    /// <summary>For a school board: whether all its schools are covered (default), else <see cref="SchoolIds"/>.</summary>
    public bool CoversAllSchools { get; init; } = true;
    public IReadOnlyList<Guid>? SchoolIds { get; init; }
}

/// <summary>
/// Editing: one's own part and the shared part, from the version one read. After an offer only the board's
/// own part still changes (until approval); the shared part is then left as it is.
/// </summary>
public sealed record DraftUpdate : IDraftFields
{
    public IReadOnlyList<Guid>? ProductIds { get; init; }
    public DateOnly? ContractDate { get; init; }
    public string? ContractDescription { get; init; }
    public int? ReturnTermDays { get; init; }
    public string? RepresentativeName { get; init; }
    public string? RepresentativeFunction { get; init; }
    public bool CoversAllSchools { get; init; } = true;
    public IReadOnlyList<Guid>? SchoolIds { get; init; }
    public int? Version { get; init; }
}
