using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;

namespace EduDpa.Domain.Tests;

public sealed class AgreementTests
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    internal static readonly Guid User = Guid.NewGuid();

    internal static Organisation Board() => Create(new OrganisationInput
    {
        Kind = OrganisationKind.SchoolBoard, Name = "Stichting Test", KvkNumber = "12345678", BevoegdGezagNumber = "12345",
        Street = "Schoolstraat 1", Postcode = "1234 AB", City = "Teststad",
        Schools = [new SchoolInput { Name = "Een", Brin = "11AA", Sector = Sector.Po }, new SchoolInput { Name = "Twee", Brin = "22BB", Sector = Sector.Po }],
    });

    internal static Organisation Processor(OrganisationKind kind = OrganisationKind.Supplier) => Create(new OrganisationInput
    {
        Kind = kind, Name = "Leverancier B.V.", KvkNumber = "87654321", Street = "Weg 2", Postcode = "2345 BC", City = "Leverstad",
    });

    private static Organisation Create(OrganisationInput input) =>
        OrganisationDetails.TryCreate(input, new DateOnly(2026, 11, 23), out var details, out _) ? Organisation.Create(details) : throw new InvalidOperationException();

    internal static ProcessingAgreement Draft(Organisation board, Organisation processor, PartyRole initiator = PartyRole.Processor) =>
        ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, board.Id, processor.Id, initiator, Now, UnderlyingContract.Empty, [Guid.NewGuid()]);

    [Fact]
    public void A_draft_needs_a_known_model_and_two_different_parties()
    {
        var board = Board();
        Assert.Equal("ModelId", Assert.Throws<DomainRuleViolation>(() =>
            ProcessingAgreement.StartDraft("model-onbekend", board.Id, Guid.NewGuid(), PartyRole.Controller, Now, UnderlyingContract.Empty, [])).Field);
        Assert.Throws<DomainRuleViolation>(() =>
            ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, board.Id, board.Id, PartyRole.Controller, Now, UnderlyingContract.Empty, []));
    }

    [Fact]
    public void Each_party_edits_its_own_part_and_both_edit_the_contract()
    {
        var agreement = Draft(Board(), Processor());

        agreement.UpdateProcessorPart(PartyRole.Processor, new Representative("L. Leverancier", "directeur"));
        agreement.UpdateSharedPart(PartyRole.Controller, new UnderlyingContract(new DateOnly(2026, 8, 1), "een rekenmethode"), [Guid.NewGuid()]);

        Assert.Equal(PartyRole.Processor, PartyRole.Controller.Other());
        Assert.Equal(AgreementCodes.NotYourPart, Assert.Throws<DomainRuleViolation>(() => agreement.UpdateProcessorPart(PartyRole.Controller, null)).Code);
        Assert.Equal(AgreementCodes.NotYourPart, Assert.Throws<DomainRuleViolation>(() => agreement.UpdateControllerPart(PartyRole.Processor, null, true, [])).Code);
        Assert.Equal(3, agreement.Version);
    }

    [Fact]
    public void A_representative_is_a_name_and_a_function_together()
    {
        var errors = new ValidationErrors();
        Assert.Null(Representative.Parse("  ", null, errors));
        Assert.True(errors.IsEmpty);

        Representative.Parse("A. Bestuurder", " ", errors);
        Assert.Equal(["RepresentativeFunction"], errors.ByField.Keys);
    }

    [Fact]
    public void The_covered_schools_are_all_or_a_choice_of_the_boards_own()
    {
        var board = Board();
        var own = board.Schools.Select(s => s.Id).ToList();

        Assert.True(AgreementParts.TryControllerPart(new ControllerPartInput("A", "B", true, null), own, out _, out var all, out _));
        Assert.Empty(all);
        Assert.True(AgreementParts.TryControllerPart(new ControllerPartInput(null, null, false, [own[1]]), own, out _, out var some, out _));
        Assert.Equal([own[1]], some);
        Assert.False(AgreementParts.TryControllerPart(new ControllerPartInput(null, null, false, []), own, out _, out _, out var none));
        Assert.Equal([ValidationCodes.Required], none.ByField["SchoolIds"]);
        Assert.False(AgreementParts.TryControllerPart(new ControllerPartInput(null, null, false, [Guid.NewGuid()]), own, out _, out _, out var foreign));
        Assert.Equal([ValidationCodes.UnknownValue], foreign.ByField["SchoolIds"]);
    }

    [Fact]
    public void The_products_are_at_least_one_of_the_processors_own()
    {
        var products = new[] { Guid.NewGuid(), Guid.NewGuid() };

        Assert.True(AgreementParts.TrySharedPart(new SharedPartInput(null, null, [products[0]]), products, out _, out var chosen, out _));
        Assert.Equal([products[0]], chosen);
        Assert.False(AgreementParts.TrySharedPart(new SharedPartInput(null, " ", []), products, out _, out _, out var none));
        Assert.Equal(["ProductIds"], none.ByField.Keys);
        Assert.False(AgreementParts.TrySharedPart(new SharedPartInput(null, null, [Guid.NewGuid()]), products, out _, out _, out var foreign));
        Assert.Equal([ValidationCodes.UnknownValue], foreign.ByField["ProductIds"]);
    }

    [Fact]
    public void The_parties_details_fill_the_model_and_what_is_missing_shows_the_placeholder()
    {
        var board = Board();
        var processor = Processor();
        var agreement = Draft(board, processor);
        agreement.UpdateControllerPart(PartyRole.Controller, new Representative("mevrouw A. de Vries", "bestuurder"), false, [board.Schools[1].Id]);
        agreement.UpdateSharedPart(PartyRole.Processor, new UnderlyingContract(new DateOnly(2026, 9, 1), "de digitale rekenmethode Rekenroute"), agreement.ProductIds);

        var document = AgreementDocument.Render(agreement, AgreementFieldValues.From(agreement, board, processor), false, []);

        var controller = TextSpan.Plain(document.ControllerParty);
        Assert.StartsWith("De stichting Stichting Test (kvk 12345678), zijnde het bevoegd gezag van Stichting Test (kvk 12345678), geregistreerd onder BRIN-nummer 22BB", controller, StringComparison.Ordinal);
        Assert.Contains("te (1234 AB) Teststad, te dezen rechtsgeldig vertegenwoordigd door mevrouw A. de Vries, bestuurder, hierna te noemen: “Onderwijsinstelling” .", controller, StringComparison.Ordinal);
        Assert.Contains(document.ControllerParty, s => s.Kind == SpanKind.Field && s.Style == SpanStyle.Bold && s.Text == "Stichting Test");
        Assert.Contains("vertegenwoordigd door <functie + naam>", TextSpan.Plain(document.ProcessorParty), StringComparison.Ordinal);
        Assert.Contains(document.ProcessorParty, s => s.Kind == SpanKind.MissingField && s.Text == "<functie + naam>");
        Assert.Equal(["processor.representative"], document.MissingFields);
        Assert.StartsWith("Onderwijsinstelling en Verwerker zijn op 1 september 2026 een overeenkomst aangegaan waarbij is overeengekomen dat Verwerker de digitale rekenmethode Rekenroute levert", document.Considerations[0].PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_person_types_into_a_field_is_never_taken_for_markup()
    {
        var board = Board();
        var processor = Processor();
        var agreement = Draft(board, processor);
        agreement.UpdateSharedPart(PartyRole.Processor, new UnderlyingContract(null, "*alles* en {contract.date}"), agreement.ProductIds);

        var document = AgreementDocument.Render(agreement, AgreementFieldValues.From(agreement, board, processor), false, []);

        Assert.Contains(document.Considerations[0].Spans, s => s.Kind == SpanKind.Field && s.Text == "*alles* en {contract.date}");
    }

    [Fact]
    public void Article_5_5_is_for_distributors_only_and_says_so_when_left_out()
    {
        var board = Board();
        var supplier = Processor();
        var distributor = Processor(OrganisationKind.Distributor);

        var forSupplier = AgreementDocument.Render(Draft(board, supplier), AgreementFieldValues.From(Draft(board, supplier), board, supplier), false, []);
        var forDistributor = AgreementDocument.Render(Draft(board, distributor), AgreementFieldValues.From(Draft(board, distributor), board, distributor), true, []);

        var article5 = forSupplier.Articles.Single(a => a.Number == 5);
        Assert.DoesNotContain(article5.Clauses, c => c.Id.StartsWith("5.5", StringComparison.Ordinal));
        Assert.Equal([new OmittedClause("5.5", OmissionReason.OnlyForDistributors)], article5.Omitted);
        var clause = forDistributor.Clause("5.5")!;
        Assert.All(clause.Spans, s => Assert.Equal(SpanStyle.Italic, s.Style));
        Assert.Equal(["5.5.a", "5.5.b", "5.5.c", "5.5.d"], forDistributor.AllClauses.Where(c => c.Id.StartsWith("5.5.", StringComparison.Ordinal)).Select(c => c.Id));
        Assert.Empty(forDistributor.Articles.Single(a => a.Number == 5).Omitted);
    }

    [Fact]
    public void Emphasis_in_the_model_is_kept_as_styles_and_left_out_of_plain_text()
    {
        var spans = TemplateText.Parse("dan zal deze de andere Partij daarover *zonder onredelijke vertraging* informeren, **vet** en ***beide***");

        Assert.Equal([SpanStyle.Plain, SpanStyle.Italic, SpanStyle.Plain, SpanStyle.Bold, SpanStyle.Plain, SpanStyle.BoldItalic], spans.Select(s => s.Style));
        Assert.Equal("dan zal deze de andere Partij daarover zonder onredelijke vertraging informeren, vet en beide", TextSpan.Plain(spans));
    }

    [Fact]
    public void The_plain_text_is_the_whole_agreement_in_reading_order()
    {
        var board = Board();
        var processor = Processor();
        var agreement = Draft(board, processor);

        var text = AgreementPlainText.Write(AgreementDocument.Render(agreement, AgreementFieldValues.From(agreement, board, processor), false, []), "(volgt)");

        var order = new[] { "Model Verwerkersovereenkomst 4.0", "Partijen:", "Overwegen het volgende:", "Artikel 1: Definities", "a. Attributenset:", "Artikel 16:", "Aldus overeengekomen", "MODEL BIJLAGE 1", "MODEL BIJLAGE 3" }
            .Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingeval Verwerker (in dit artikellid verder te noemen: Distributeur)", text, StringComparison.Ordinal);
    }
}
