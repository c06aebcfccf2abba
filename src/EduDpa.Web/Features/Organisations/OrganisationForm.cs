using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Organisations;

namespace EduDpa.Web.Features.Organisations;

/// <summary>The organisation form's fields. Names match <see cref="OrganisationInput"/>, so the domain's errors land beside the right field.</summary>
public sealed class OrganisationForm
{
    public OrganisationKind Kind { get; set; }

    [Display(Name = "Field.Name")]
    public string? Name { get; set; }

    [Display(Name = "Field.KvkNumber")]
    public string? KvkNumber { get; set; }

    [Display(Name = "Field.BevoegdGezagNumber")]
    public string? BevoegdGezagNumber { get; set; }

    [Display(Name = "Field.Street")]
    public string? Street { get; set; }

    [Display(Name = "Field.Postcode")]
    public string? Postcode { get; set; }

    [Display(Name = "Field.City")]
    public string? City { get; set; }

    [Display(Name = "Field.Website")]
    public string? Website { get; set; }

    [Display(Name = "Field.ConvenantMember")]
    public bool ConvenantMember { get; set; }

    [Display(Name = "Field.ConvenantMemberSince")]
    public DateOnly? ConvenantMemberSince { get; set; }

    public List<SchoolRow> Schools { get; set; } = [];

    public int Version { get; set; }

    public OrganisationInput ToInput() => new()
    {
        Kind = Kind, Name = Name, KvkNumber = KvkNumber, BevoegdGezagNumber = BevoegdGezagNumber,
        Street = Street, Postcode = Postcode, City = City, Website = Website,
        ConvenantMember = ConvenantMember, ConvenantMemberSince = ConvenantMemberSince,
        Schools = [.. Schools.Select(s => new SchoolInput { Id = s.Id, Name = s.Name, Brin = s.Brin, Sector = s.Sector })],
    };

    public static OrganisationForm From(Organisation o) => new()
    {
        Kind = o.Kind, Name = o.Name, KvkNumber = o.KvkNumber.Value, BevoegdGezagNumber = o.BevoegdGezagNumber?.Value,
        Street = o.Address.Street, Postcode = o.Address.Postcode.Value, City = o.Address.City, Website = o.Website?.ToString(),
        ConvenantMember = o.Convenant.IsMember, ConvenantMemberSince = o.Convenant.Since,
        Schools = [.. o.Schools.OrderBy(s => s.Name).Select(s => new SchoolRow { Id = s.Id, Name = s.Name, Brin = s.Brin.Value, Sector = s.Sector })],
        Version = o.Version,
    };

    /// <summary>The fields where <paramref name="stored"/> differs from this input, for the "changed by someone else" comparison.</summary>
    public IEnumerable<(string Field, string? Mine, string? Stored)> Differences(OrganisationForm stored)
    {
        static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        static string Describe(IEnumerable<SchoolRow> rows) => string.Join("; ", rows.Select(s => $"{s.Name} ({s.Brin}, {s.Sector})"));
        var pairs = new (string, string?, string?)[]
        {
            ("Name", Name, stored.Name), ("KvkNumber", KvkNumber, stored.KvkNumber), ("BevoegdGezagNumber", BevoegdGezagNumber, stored.BevoegdGezagNumber),
            ("Street", Street, stored.Street), ("Postcode", Postcode, stored.Postcode), ("City", City, stored.City), ("Website", Website, stored.Website),
            ("ConvenantMember", ConvenantMember.ToString(), stored.ConvenantMember.ToString()),
            ("ConvenantMemberSince", Date(ConvenantMemberSince), Date(stored.ConvenantMemberSince)),
            ("Schools", Describe(Schools), Describe(stored.Schools)),
        };
        return pairs.Where(p => !string.Equals(p.Item2?.Trim(), p.Item3?.Trim(), StringComparison.Ordinal));
    }
}

public sealed class SchoolRow
{
    public Guid? Id { get; set; }

    [Display(Name = "Field.SchoolName")]
    public string? Name { get; set; }

    [Display(Name = "Field.Brin")]
    public string? Brin { get; set; }

    [Display(Name = "Field.Sector")]
    public Sector? Sector { get; set; }
}
