using EduDpa.Domain.Common;
using EduDpa.Domain.Organisations;

namespace EduDpa.Domain.Tests;

public sealed class OrganisationTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static OrganisationInput Board(params SchoolInput[] schools) => new()
    {
        Kind = OrganisationKind.SchoolBoard, Name = "Stichting Testonderwijs", KvkNumber = "12345678", BevoegdGezagNumber = "12345",
        Street = "Schoolstraat 1", Postcode = "1234 AB", City = "Teststad",
        Schools = schools.Length > 0 ? schools : [new SchoolInput { Name = "De Eerste", Brin = "12AB", Sector = Sector.Po }],
    };

    private static OrganisationDetails Details(OrganisationInput input)
    {
        Assert.True(OrganisationDetails.TryCreate(input, Today, out var details, out var errors), string.Join(", ", errors.ByField.Keys));
        return details;
    }

    [Fact]
    public void Every_problem_is_reported_at_once_under_its_field()
    {
        var input = Board(new SchoolInput { Name = "", Brin = "XX", Sector = null }) with
        {
            Name = " ", KvkNumber = "1234", BevoegdGezagNumber = null, Postcode = "0000 AA", City = null,
        };

        Assert.False(OrganisationDetails.TryCreate(input, Today, out _, out var errors));

        Assert.Equal([ValidationCodes.Required], errors.ByField["Name"]);
        Assert.Equal([ValidationCodes.KvkNumberFormat], errors.ByField["KvkNumber"]);
        Assert.Equal([ValidationCodes.Required], errors.ByField["BevoegdGezagNumber"]);
        Assert.Equal([ValidationCodes.PostcodeFormat], errors.ByField["Postcode"]);
        Assert.Equal([ValidationCodes.Required], errors.ByField["City"]);
        Assert.Equal([ValidationCodes.Required], errors.ByField["Schools[0].Name"]);
        Assert.Equal([ValidationCodes.BrinFormat], errors.ByField["Schools[0].Brin"]);
        Assert.Equal([ValidationCodes.Required], errors.ByField["Schools[0].Sector"]);
    }

    [Fact]
    public void A_supplier_needs_no_bevoegd_gezag_number_but_may_not_have_schools()
    {
        var supplier = Board() with { Kind = OrganisationKind.Supplier, BevoegdGezagNumber = null };

        Assert.False(OrganisationDetails.TryCreate(supplier, Today, out _, out var errors));
        Assert.Equal(["Schools"], errors.ByField.Keys);

        Assert.True(OrganisationDetails.TryCreate(supplier with { Schools = [] }, Today, out var details, out _));
        Assert.Null(details.BevoegdGezagNumber);
    }

    [Fact]
    public void A_convenant_member_has_a_joining_date_that_is_not_in_the_future()
    {
        Assert.False(OrganisationDetails.TryCreate(Board() with { ConvenantMember = true }, Today, out _, out var missing));
        Assert.Equal([ValidationCodes.DateRequiredForMember], missing.ByField["ConvenantMemberSince"]);

        Assert.False(OrganisationDetails.TryCreate(Board() with { ConvenantMember = true, ConvenantMemberSince = Today.AddDays(1) }, Today, out _, out var future));
        Assert.Equal([ValidationCodes.DateInFuture], future.ByField["ConvenantMemberSince"]);

        var member = Details(Board() with { ConvenantMember = true, ConvenantMemberSince = Today });
        Assert.Equal(new ConvenantMembership(true, Today), member.Convenant);
    }

    [Fact]
    public void A_date_given_without_membership_is_not_kept() =>
        Assert.Equal(ConvenantMembership.None, Details(Board() with { ConvenantMember = false, ConvenantMemberSince = Today }).Convenant);

    [Fact]
    public void The_same_brin_twice_in_one_board_is_refused_on_the_second()
    {
        var input = Board(
            new SchoolInput { Name = "Een", Brin = "12AB", Sector = Sector.Po },
            new SchoolInput { Name = "Twee", Brin = "12ab", Sector = Sector.Vo });

        Assert.False(OrganisationDetails.TryCreate(input, Today, out _, out var errors));
        Assert.Equal(["Schools[1].Brin"], errors.ByField.Keys);
    }

    [Theory]
    [InlineData("www.leverancier.nl")]
    [InlineData("ftp://leverancier.nl")]
    [InlineData("https://localhost")]
    public void A_website_is_a_full_http_address(string website)
    {
        var input = Board() with { Kind = OrganisationKind.Supplier, Schools = [], Website = website };
        Assert.False(OrganisationDetails.TryCreate(input, Today, out _, out var errors));
        Assert.Equal([ValidationCodes.WebsiteFormat], errors.ByField["Website"]);
    }

    [Fact]
    public void Text_is_trimmed_and_inner_white_space_collapsed() =>
        Assert.Equal("Stichting Test Onderwijs", Details(Board() with { Name = "  Stichting   Test\tOnderwijs " }).Name);

    [Fact]
    public void Creating_starts_at_version_1_and_every_update_raises_it()
    {
        var organisation = Organisation.Create(Details(Board()));
        Assert.Equal(1, organisation.Version);

        organisation.Update(Details(Board() with { Name = "Nieuwe naam" }));

        Assert.Equal(2, organisation.Version);
        Assert.Equal("Nieuwe naam", organisation.Name);
    }

    [Fact]
    public void Schools_are_matched_by_id_kept_added_and_removed()
    {
        var organisation = Organisation.Create(Details(Board(
            new SchoolInput { Name = "Blijft", Brin = "11AA", Sector = Sector.Po },
            new SchoolInput { Name = "Gaat weg", Brin = "22BB", Sector = Sector.Po })));
        var kept = organisation.Schools.Single(s => s.Name == "Blijft");

        organisation.Update(Details(Board(
            new SchoolInput { Id = kept.Id, Name = "Blijft, hernoemd", Brin = "11AA", Sector = Sector.So },
            new SchoolInput { Name = "Nieuw", Brin = "33CC", Sector = Sector.Vo })));

        Assert.Equal(["Blijft, hernoemd", "Nieuw"], organisation.Schools.Select(s => s.Name).Order());
        Assert.Same(kept, organisation.Schools.Single(s => s.Brin.Value == "11AA"));
        Assert.Equal(Sector.So, kept.Sector);
        Assert.All(organisation.Schools, s => Assert.Equal(organisation.Id, s.OrganisationId));
    }

    [Fact]
    public void An_update_naming_a_school_of_someone_else_is_refused()
    {
        var organisation = Organisation.Create(Details(Board()));
        var stranger = Board(new SchoolInput { Id = Guid.NewGuid(), Name = "Vreemd", Brin = "44DD", Sector = Sector.Po });

        var refused = Assert.Throws<DomainRuleViolation>(() => organisation.Update(Details(stranger)));

        Assert.Equal("Schools[0].Id", refused.Field);
        Assert.Equal(1, organisation.Version);
    }

    [Fact]
    public void A_school_board_cannot_become_a_processor_but_a_supplier_can_become_a_distributor()
    {
        var board = Organisation.Create(Details(Board()));
        Assert.Throws<DomainRuleViolation>(() => board.Update(Details(Board() with { Kind = OrganisationKind.Supplier, Schools = [] })));

        var supplierInput = Board() with { Kind = OrganisationKind.Supplier, BevoegdGezagNumber = null, Schools = [] };
        var supplier = Organisation.Create(Details(supplierInput));
        supplier.Update(Details(supplierInput with { Kind = OrganisationKind.Distributor }));
        Assert.Equal(OrganisationKind.Distributor, supplier.Kind);
        Assert.True(supplier.IsProcessor);
    }
}
