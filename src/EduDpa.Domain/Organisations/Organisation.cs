using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;

namespace EduDpa.Domain.Organisations;

/// <summary>
/// A school board (controller) or a supplier or distributor (processor). A school board holds
/// its schools; every change goes through <see cref="Update"/> so the version always moves.
/// </summary>
public sealed class Organisation : IVersioned
{
    private readonly List<School> _schools = [];

    private Organisation() { }

    public Guid Id { get; private set; }
    public OrganisationKind Kind { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public KvkNumber KvkNumber { get; private set; } = null!;
    public BevoegdGezagNumber? BevoegdGezagNumber { get; private set; }
    public Address Address { get; private set; } = null!;
    public Uri? Website { get; private set; }
    public ConvenantMembership Convenant { get; private set; } = ConvenantMembership.None;
    public IReadOnlyList<School> Schools => _schools;
    public int Version { get; private set; }

    public bool IsSchoolBoard => Kind == OrganisationKind.SchoolBoard;
    public bool IsProcessor => Kind.IsProcessor();

    public static Organisation Create(OrganisationDetails details)
    {
        var organisation = new Organisation { Id = Guid.CreateVersion7(), Kind = details.Kind, Version = 1 };
        organisation.ApplyDetails(details);
        return organisation;
    }

    /// <summary>
    /// Replaces the details. A school board stays a school board and a processor stays a processor
    /// (a supplier may become a distributor and back). Schools are matched by id: listed ones are
    /// updated, new ones added, missing ones removed.
    /// </summary>
    public void Update(OrganisationDetails details)
    {
        if (details.Kind != Kind && !(details.Kind.IsProcessor() && Kind.IsProcessor()))
        {
            throw new DomainRuleViolation(nameof(OrganisationInput.Kind), ValidationCodes.UnknownValue);
        }
        foreach (var (school, index) in details.Schools.Select((s, i) => (s, i)))
        {
            if (school.Id is { } id && _schools.All(s => s.Id != id))
            {
                throw new DomainRuleViolation($"{nameof(OrganisationInput.Schools)}[{index}].{nameof(SchoolInput.Id)}", ValidationCodes.UnknownValue);
            }
        }
        Kind = details.Kind;
        ApplyDetails(details);
        Version++;
    }

    private void ApplyDetails(OrganisationDetails details)
    {
        Name = details.Name;
        KvkNumber = details.KvkNumber;
        BevoegdGezagNumber = details.BevoegdGezagNumber;
        Address = details.Address;
        Website = details.Website;
        Convenant = details.Convenant;

        var kept = details.Schools.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
        _schools.RemoveAll(s => !kept.Contains(s.Id));
        foreach (var school in details.Schools)
        {
            var existing = school.Id is { } id ? _schools.Single(s => s.Id == id) : null;
            if (existing is null)
            {
                _schools.Add(new School(Id, school));
            }
            else
            {
                existing.Apply(school);
            }
        }
    }
}
