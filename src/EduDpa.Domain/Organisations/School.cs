using EduDpa.Domain.Identifiers;

namespace EduDpa.Domain.Organisations;

/// <summary>A school that falls under a school board, known to DUO by its BRIN code.</summary>
public sealed class School
{
    private School() { }

    internal School(Guid organisationId, SchoolDetails details)
    {
        Id = Guid.CreateVersion7();
        OrganisationId = organisationId;
        Apply(details);
    }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public Brin Brin { get; private set; } = null!;
    public Sector Sector { get; private set; }

    internal bool Apply(SchoolDetails details)
    {
        var changed = Name != details.Name || Brin != details.Brin || Sector != details.Sector;
        Name = details.Name;
        Brin = details.Brin;
        Sector = details.Sector;
        return changed;
    }
}
