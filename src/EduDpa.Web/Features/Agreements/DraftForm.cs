using System.ComponentModel.DataAnnotations;

namespace EduDpa.Web.Features.Agreements;

/// <summary>The fields of the new-draft and edit forms; names match <see cref="DraftRequest"/> so errors land beside them.</summary>
public sealed class DraftForm
{
    [Display(Name = "Field.CounterpartyId")]
    public Guid? CounterpartyId { get; set; }

    public List<Guid> ProductIds { get; set; } = [];

    [Display(Name = "Field.ContractDate")]
    public DateOnly? ContractDate { get; set; }

    [Display(Name = "Field.ContractDescription")]
    public string? ContractDescription { get; set; }

    [Display(Name = "Field.ReturnTermDays")]
    public int? ReturnTermDays { get; set; }

    [Display(Name = "Field.RepresentativeName")]
    public string? RepresentativeName { get; set; }

    [Display(Name = "Field.RepresentativeFunction")]
    public string? RepresentativeFunction { get; set; }

    public bool CoversAllSchools { get; set; } = true;

    public List<Guid> SchoolIds { get; set; } = [];

    public int Version { get; set; }

    public DraftRequest ToRequest() => new()
    {
        CounterpartyId = CounterpartyId, ProductIds = ProductIds, ContractDate = ContractDate, ContractDescription = ContractDescription, ReturnTermDays = ReturnTermDays,
        RepresentativeName = RepresentativeName, RepresentativeFunction = RepresentativeFunction, CoversAllSchools = CoversAllSchools, SchoolIds = SchoolIds,
    };

    public DraftUpdate ToUpdate() => new()
    {
        ProductIds = ProductIds, ContractDate = ContractDate, ContractDescription = ContractDescription, ReturnTermDays = ReturnTermDays,
        RepresentativeName = RepresentativeName, RepresentativeFunction = RepresentativeFunction, CoversAllSchools = CoversAllSchools, SchoolIds = SchoolIds,
        Version = Version,
    };
}
