using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Tests.Conformity;
using EduDpa.Domain.Transparency;

namespace EduDpa.Domain.Tests;

/// <summary>The board's public page settings, and what a signed agreement puts on the page and in the register.</summary>
public sealed class TransparencyTests
{
    private static readonly DateTimeOffset Now = Samples.Now;
    private static readonly Actor Supplier = new(Guid.NewGuid(), "L. Leverancier");

    private static DomainRuleViolation Refused(Action action) => Assert.Throws<DomainRuleViolation>(action);

    private static TransparencyPageInput Input(bool published = true, string? email = "privacy@school.example") =>
        new(published, "Wij vertellen u graag welke leermiddelen wij gebruiken.", "Functionaris gegevensbescherming", email, "+31 30 123 4567", "https://school.example/privacy");

    // ---- The page's settings

    [Fact]
    public void A_published_page_needs_an_address_to_write_to_and_every_field_is_checked()
    {
        var refused = Refused(() => TransparencyPage.Create(Guid.NewGuid(), Input(email: null), Now));
        Assert.Equal([ValidationCodes.Required], refused.ToErrors().ByField["ContactEmail"]);

        var wrong = Refused(() => TransparencyPage.Create(Guid.NewGuid(), new TransparencyPageInput(true, new string('x', 4001), new string('n', 201), "geen-adres", "bel ons", "ftp://school"), Now));
        Assert.Equal(["ContactEmail", "ContactName", "ContactPhone", "ContactUrl", "Introduction"], wrong.ToErrors().ByField.Keys.Order());

        var draft = TransparencyPage.Create(Guid.NewGuid(), Input(published: false, email: null), Now);
        Assert.False(draft.Published);
        Assert.Null(draft.PublishedAt);
    }

    [Fact]
    public void Publishing_keeps_paragraphs_cleans_the_rest_and_moves_the_version()
    {
        var page = TransparencyPage.Create(Guid.NewGuid(), Input() with { Introduction = "  Eerste   alinea\nloopt door.\r\n\r\n\r\nTweede alinea.  ", ContactEmail = " Privacy@School.Example " }, Now);

        Assert.True(page.Published);
        Assert.Equal(Now, page.PublishedAt);
        Assert.Equal(["Eerste alinea loopt door.", "Tweede alinea."], page.IntroductionParagraphs);
        Assert.Equal("privacy@school.example", page.ContactEmail);
        Assert.Equal(1, page.Version);

        page.Change(Input(published: false), Now.AddDays(1));
        Assert.False(page.Published);
        Assert.Equal(Now, page.PublishedAt);
        Assert.Equal(2, page.Version);
        Assert.Throws<DomainRuleViolation>(() => page.Change(Input(email: "x"), Now.AddDays(2)));
        Assert.Equal(2, page.Version);
    }

    // ---- What an agreement puts on the page

    private static (ProcessingAgreement Agreement, SnapshotContent Snapshot) SignedWith(PrivacyAnnex privacy, ProductAnnexChoices? choices = null)
    {
        var agreement = DataSubjectRequestTests.Signed();
        var productId = agreement.ProductIds[0];
        var snapshot = new SnapshotContent(agreement.Id, Samples.Model, "", null!, new SnapshotParty(agreement.ProcessorId, "Leermiddel Fictief B.V.", "12345678", "", null),
            UnderlyingContract.Empty, true, [], null, null,
            [new SnapshotProduct(productId, "Rekenroute", privacy, Samples.Security(), (choices ?? Samples.Choices(privacy)) with { ProductId = productId })], [], Now);
        return (agreement, snapshot);
    }

    private static IReadOnlyList<ProductInUse> Products(ProcessingAgreement agreement, SnapshotContent snapshot, IEnumerable<ChangeNotice>? notices = null, DateTimeOffset? at = null,
        PrivacyAnnex? version2 = null) =>
        AgreementProducts.Of(agreement, snapshot, notices ?? [], at ?? Now, (_, number) => number == 2 ? version2 : null, (_, _) => null);

    [Fact]
    public void A_signed_agreement_gives_its_products_with_the_signed_annex_and_what_the_board_uses()
    {
        var (agreement, snapshot) = SignedWith(Samples.Privacy());

        var product = Assert.Single(Products(agreement, snapshot));

        Assert.Equal((UseBasis.Agreement, agreement.Id, "Rekenroute (fictief)", "Leermiddel Fictief B.V."), (product.Basis, product.SourceId, product.ProductName, product.SupplierName));
        Assert.Equal((new DateOnly(2026, 11, 23), AgreementState.Active, true), (product.BasisDate, product.State, product.InForce));
        Assert.Equal(new AnnexVersionReference(1, new DateOnly(2026, 11, 1)), product.PrivacyAnnex);
        Assert.Equal((7, 7), (product.Security!.MeasuresAffirmed, product.Security.MeasuresTotal));
        Assert.Equal(["d1", "d2"], product.Facts.Services.Select(s => s.Id));
        Assert.True(product.Facts.DataOutsideEea);
        Assert.False(product.Facts.PupilDataOutsideEea);
        Assert.False(product.Facts.HasSpecialCategories);
        Assert.Equal(["pupil", "staff"], product.Facts.DataSubjectGroups);
        Assert.Equal(CountryZone.Safeguards, product.Facts.ZoneOf("US"));
        Assert.Equal(CountryZone.Eea, product.Facts.ZoneOf("IE"));
    }

    [Fact]
    public void A_declined_optional_service_leaves_out_its_locations_and_the_boards_retention_stands()
    {
        var privacy = Samples.Privacy();
        var choices = Samples.Choices(privacy) with
        {
            OptionalServices = [new ServiceDecision("d2", AnnexJson.Fingerprint(Samples.Optional), false, Now)],
            Retention = new RetentionChoice(false, "Twee jaar na het laatste gebruik.", null),
        };
        var (agreement, snapshot) = SignedWith(privacy, choices);

        var facts = Assert.Single(Products(agreement, snapshot)).Facts;

        Assert.Equal(["d1"], facts.Services.Select(s => s.Id));
        Assert.Equal(["NL"], facts.Locations.Select(l => l.CountryCode));
        Assert.Equal("Twee jaar na het laatste gebruik.", facts.Retention);
    }

    [Fact]
    public void Special_categories_and_pupil_data_outside_the_EEA_are_recognised()
    {
        var privacy = Samples.Privacy() with
        {
            DataCategories = [new("F1-pupil-1"), new("F1-pupil-19")],
            SubProcessors = [new SubProcessor("Analyse Inc.", "Analyse", ["F1-pupil-19"], "US", "US")],
        };
        var (agreement, snapshot) = SignedWith(privacy);

        var facts = Assert.Single(Products(agreement, snapshot)).Facts;

        Assert.Equal("F1-pupil-19", Assert.Single(facts.SpecialCategories).Id);
        Assert.True(facts.PupilDataOutsideEea);
    }

    [Fact]
    public void A_change_that_applies_brings_the_newer_version_an_open_one_does_not()
    {
        var (agreement, snapshot) = SignedWith(Samples.Privacy());
        var version2 = Samples.Privacy() with
        {
            SubProcessors = [.. Samples.Privacy().SubProcessors, new SubProcessor("Analyse Voorbeeld Ltd.", "Analyse", ["F1-pupil-1"], "IN", "IN")],
            Version = new AnnexStamp(2, new DateOnly(2026, 12, 1)),
        };
        var edit = SubProcessorEdit.Parse(new SubProcessorEditInput(SubProcessorAction.Add, null, "Analyse Voorbeeld Ltd.", "Analyse", ["F1-pupil-1"], "IN", "IN",
            "d1", "Analyse", Safeguard.StandardContractualClauses, null, "Pseudonimisering", null), Samples.Privacy(), () => "t9", new ValidationErrors())!;
        var change = AnnexChange.AnnounceSubProcessors(agreement.ProductIds[0], agreement.ProcessorId, "Rekenroute", 1, 2, edit, AnnexDifference.None,
            "Betere analyse", new DateOnly(2027, 2, 1), Supplier, Now);
        var notice = change.NoticeFor(agreement);

        var open = Assert.Single(Products(agreement, snapshot, [notice], Now.AddDays(1), version2));
        var applied = Assert.Single(Products(agreement, snapshot, [notice], change.RespondBy!.Value, version2));

        Assert.Equal(1, open.PrivacyAnnex!.Number);
        Assert.DoesNotContain(open.Facts.SubProcessors, s => s.Name == "Analyse Voorbeeld Ltd.");
        Assert.Equal(2, applied.PrivacyAnnex!.Number);
        Assert.Contains(applied.Facts.SubProcessors, s => s.Name == "Analyse Voorbeeld Ltd.");
        Assert.True(applied.Facts.PupilDataOutsideEea);
    }

    [Fact]
    public void A_terminating_agreement_is_in_force_until_its_end_date_and_a_draft_gives_nothing()
    {
        var (agreement, snapshot) = SignedWith(Samples.Privacy());
        agreement.RecordEnd(PartyRole.Controller, new DateOnly(2026, 12, 31), "Contract loopt af", Supplier, Now);

        var before = Assert.Single(Products(agreement, snapshot, at: new DateTimeOffset(2026, 12, 30, 22, 0, 0, TimeSpan.Zero)));
        var after = Assert.Single(Products(agreement, snapshot, at: new DateTimeOffset(2026, 12, 30, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal((AgreementState.Terminating, true, new DateOnly(2026, 12, 31)), (before.State, before.InForce, before.EndsOn));
        Assert.Equal((AgreementState.AwaitingReturn, false), (after.State, after.InForce));
        Assert.Empty(AgreementProducts.Of(AgreementTests.Draft(AgreementTests.Board(), AgreementTests.Processor()), snapshot, [], Now, (_, _) => null, (_, _) => null));
    }

    [Fact]
    public void Countries_are_zoned_by_the_EEA_and_the_adequacy_decisions()
    {
        var adequacy = Samples.SupportTransfer with { Safeguard = Safeguard.AdequacyDecision, RecipientQualification = "DPF" };

        Assert.Equal(CountryZone.Eea, CountryZones.Of("DE", []));
        Assert.Equal(CountryZone.Adequacy, CountryZones.Of("CH", []));
        Assert.Equal(CountryZone.Adequacy, CountryZones.Of("US", [adequacy]));
        Assert.Equal(CountryZone.Safeguards, CountryZones.Of("US", [adequacy, Samples.SupportTransfer]));
        Assert.Equal(CountryZone.Safeguards, CountryZones.Of("IN", [Samples.SupportTransfer with { CountryCode = "IN" }]));
    }

    [Fact]
    public void The_model_wording_fills_in_what_the_supplier_wrote_and_drops_the_models_markup()
    {
        var facts = AgreementProducts.Facts(Samples.Privacy() with
        {
            Purposes = ["E1", "E11", "E22"], ThirdParties = ["E11.2"], OtherPurpose = "het oefenen met spelling",
            DataCategories = [new("F1-pupil-19"), new("F1-pupil-28", "klikgedrag"), new("F1-pupil-30", "leesniveau"), new("F1-parent-3")],
        }, ProductAnnexChoices.None(Samples.ProductId));

        var purposes = ModelWording.Purposes(facts);
        var data = ModelWording.DataCategories(facts);

        Assert.Equal("de opslag van leer- en toetsresultaten", purposes[0].Text);
        Assert.EndsWith("waaronder: samenwerkingsverbanden in het kader van passend onderwijs en regionale samenwerkingen", purposes[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("namelijk het oefenen met spelling", purposes[2].Text, StringComparison.Ordinal);
        Assert.Equal(["pupil", "parent"], data.Select(g => g.Group));
        Assert.StartsWith("Gegevens over gezondheid: Gegevens die noodzakelijk zijn", data[0].Categories[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Gebruikersgegevens: Diagnostische gegevens, loggegevens, metadata, anders namelijk klikgedrag", "Andere Persoonsgegevens: leesniveau"],
            data[0].Categories.Skip(1).Select(c => c.Text));
        Assert.True(data[0].Categories[0].Special);
        Assert.Equal("Contactgegevens: Achternaam", Assert.Single(data[1].Categories).Text);
    }
}
