using EduDpa.Domain.Agreements;
using EduDpa.Domain.Breaches;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Tests;

public sealed class BreachTests
{
    private static readonly DateTimeOffset Now = AgreementTests.Now;
    private static readonly Actor Someone = new(Guid.NewGuid(), "I. Incident");
    private static readonly SnapshotHashes Hashes = new(new string('a', 64), new string('b', 64));

    internal static ProcessingAgreement Signed()
    {
        var agreement = AgreementTests.Draft(AgreementTests.Board(), AgreementTests.Processor());
        var board = new Representative("B. Bestuurder", "voorzitter");
        var supplier = new Representative("L. Leverancier", "directeur");
        agreement.UpdateProcessorPart(PartyRole.Processor, supplier);
        agreement.UpdateSharedPart(PartyRole.Processor, new UnderlyingContract(null, "Rekenroute", 30), agreement.ProductIds);
        agreement.UpdateControllerPart(PartyRole.Controller, board, true, []);
        agreement.Offer(PartyRole.Processor, Now);
        agreement.Approve(PartyRole.Controller, true, Someone, Now);
        agreement.Sign(PartyRole.Controller, true, board, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        agreement.Sign(PartyRole.Processor, true, supplier, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        return agreement;
    }

    /// <summary>An agreement signed by both between <paramref name="processorId"/> and a new board, covering <paramref name="productIds"/>.</summary>
    private static ProcessingAgreement SignedWith(Guid processorId, params Guid[] productIds)
    {
        var agreement = ProcessingAgreement.StartDraft(Models.ModelCatalog.ModelAgreement40, Guid.NewGuid(), processorId, PartyRole.Processor, Now,
            new UnderlyingContract(null, "Licentie", 30), productIds);
        var representative = new Representative("R. Vertegenwoordiger", "directeur");
        agreement.UpdateProcessorPart(PartyRole.Processor, representative);
        agreement.UpdateControllerPart(PartyRole.Controller, representative, true, []);
        agreement.Offer(PartyRole.Processor, Now);
        agreement.Approve(PartyRole.Controller, true, Someone, Now);
        agreement.Sign(PartyRole.Controller, true, representative, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        agreement.Sign(PartyRole.Processor, true, representative, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        return agreement;
    }

    [Fact]
    public void A_product_breach_becomes_one_breach_per_signed_agreement_covering_the_product_sharing_an_incident()
    {
        var processor = Guid.NewGuid();
        var product = Guid.NewGuid();
        var first = SignedWith(processor, product);
        var second = SignedWith(processor, Guid.NewGuid(), product);
        var otherProduct = SignedWith(processor, Guid.NewGuid());
        var draft = ProcessingAgreement.StartDraft(Models.ModelCatalog.ModelAgreement40, Guid.NewGuid(), processor, PartyRole.Processor, Now, UnderlyingContract.Empty, [product]);

        var breaches = DataBreach.RecordForProduct(product, [first, second, otherProduct, draft], Someone, Facts(), Now);

        Assert.Equal([first.BoardId, second.BoardId], breaches.Select(b => b.BoardId));
        Assert.Equal([first.Id, second.Id], breaches.Select(b => b.AgreementId));
        Assert.Single(breaches.Select(b => b.IncidentId).Distinct());
        Assert.NotNull(breaches[0].IncidentId);
        Assert.All(breaches, b => Assert.Equal((product, PartyRole.Processor, Now.AddHours(72)), (b.ProductId!.Value, b.RecordedBy, b.DecisionDue)));
        Assert.NotEqual(breaches[0].Id, breaches[1].Id);
        Assert.Null(Recorded().IncidentId);
    }

    [Fact]
    public void A_product_breach_without_a_signed_agreement_names_the_product_and_every_missing_fact()
    {
        var processor = Guid.NewGuid();
        var product = Guid.NewGuid();
        var draft = ProcessingAgreement.StartDraft(Models.ModelCatalog.ModelAgreement40, Guid.NewGuid(), processor, PartyRole.Processor, Now, UnderlyingContract.Empty, [product]);

        var errors = Refused(() => DataBreach.RecordForProduct(product, [draft, SignedWith(processor, Guid.NewGuid())], Someone, Facts() with { Summary = " ", DiscoveredAt = null }, Now));

        Assert.Equal([BreachCodes.NoSignedAgreement], errors.ByField["ProductId"]);
        Assert.Contains("Summary", errors.ByField.Keys);
        Assert.Contains("DiscoveredAt", errors.ByField.Keys);
        var wrong = Refused(() => DataBreach.RecordForProduct(product, [SignedWith(processor, product), SignedWith(processor, product)], Someone, Facts(nature: BreachNature.None), Now));
        Assert.Equal(["Nature"], wrong.ByField.Keys);
        Assert.Single(wrong.ByField["Nature"]);
    }

    private static BreachFacts Facts(DateTimeOffset? discovered = null, BreachNature nature = BreachNature.Copying, BreachKind kind = BreachKind.DataBreach) =>
        new(kind, discovered ?? Now.AddHours(-5), null, null, null, "Laptop met cijferlijsten gestolen", nature, "Diefstal", "Melding docent", "Wachtwoorden gewijzigd",
            Protection.No, 120, 0, 2, "Inzage in cijfers", "Namen en cijfers", false, false);

    private static DataBreach Recorded(PartyRole by = PartyRole.Processor) => DataBreach.Record(Signed(), by, Someone, Facts(), Now);

    private static ValidationErrors Refused(Action action) => Assert.Throws<DomainRuleViolation>(action).ToErrors();

    [Fact]
    public void A_supplier_records_a_breach_and_the_board_is_aware_from_that_moment_with_72_hours_to_decide()
    {
        var breach = Recorded();
        Assert.Equal(Now, breach.BecameAwareAt);
        Assert.Equal(Now.AddHours(72), breach.DecisionDue);
        Assert.Equal(1, breach.Version);
        Assert.True(breach.IsOpen);
    }

    [Fact]
    public void The_board_records_its_own_breach_aware_from_the_moment_it_gives_or_now()
    {
        var agreement = Signed();
        Assert.Equal(Now, DataBreach.Record(agreement, PartyRole.Controller, Someone, Facts(), Now).BecameAwareAt);
        var given = Facts() with { BecameAwareAt = Now.AddHours(-1) };
        Assert.Equal(Now.AddHours(-1), DataBreach.Record(agreement, PartyRole.Controller, Someone, given, Now).BecameAwareAt);
    }

    [Fact]
    public void Only_a_signed_agreement_takes_a_breach()
    {
        var draft = AgreementTests.Draft(AgreementTests.Board(), AgreementTests.Processor());
        Assert.Contains(BreachCodes.AgreementNotSigned, Refused(() => DataBreach.Record(draft, PartyRole.Controller, Someone, Facts(), Now)).ByField["AgreementId"]);
    }

    [Fact]
    public void Every_missing_or_wrong_fact_is_named_at_once()
    {
        var facts = Facts(nature: BreachNature.None) with { DiscoveredAt = null, Summary = " ", Kind = null, Pupils = -1 };
        var errors = Refused(() => DataBreach.Record(Signed(), PartyRole.Processor, Someone, facts, Now));
        Assert.Equal(["DiscoveredAt", "Kind", "Pupils", "Summary"], errors.ByField.Keys.Order());

        errors = Refused(() => DataBreach.Record(Signed(), PartyRole.Processor, Someone, Facts(nature: BreachNature.None), Now));
        Assert.Contains(BreachCodes.NatureRequired, errors.ByField["Nature"]);
    }

    [Fact]
    public void A_security_incident_needs_no_nature()
    {
        var breach = DataBreach.Record(Signed(), PartyRole.Processor, Someone, Facts(nature: BreachNature.None, kind: BreachKind.SecurityIncident), Now);
        Assert.Equal(BreachKind.SecurityIncident, breach.Kind);
    }

    [Fact]
    public void Times_must_be_in_order_and_not_in_the_future()
    {
        Assert.Contains(ValidationCodes.DateInFuture, Refused(() => DataBreach.Record(Signed(), PartyRole.Processor, Someone, Facts(Now.AddMinutes(1)), Now)).ByField["DiscoveredAt"]);
        var early = Facts() with { BecameAwareAt = Now.AddHours(-6) };
        Assert.Contains(BreachCodes.BeforeDiscovery, Refused(() => DataBreach.Record(Signed(), PartyRole.Controller, Someone, early, Now)).ByField["BecameAwareAt"]);
        var period = Facts() with { PeriodFrom = Now.AddDays(-1), PeriodTo = Now.AddDays(-2) };
        Assert.Contains(BreachCodes.PeriodOrder, Refused(() => DataBreach.Record(Signed(), PartyRole.Controller, Someone, period, Now)).ByField["PeriodTo"]);
    }

    [Fact]
    public void The_board_decides_on_the_authority_in_time_or_late()
    {
        var breach = Recorded();
        breach.DecideAuthority(PartyRole.Controller, true, Now.AddHours(1), "AP-2026-1", null, Someone, Now.AddHours(2));
        Assert.False(breach.AuthorityDecisionLate);
        Assert.Equal("AP-2026-1", breach.Authority!.Reference);

        var late = Recorded();
        late.DecideAuthority(PartyRole.Controller, false, null, null, "Geen risico", Someone, Now.AddHours(73));
        Assert.True(late.AuthorityDecisionLate);
    }

    [Fact]
    public void The_authority_decision_is_the_boards_once_and_complete()
    {
        var breach = Recorded();
        Assert.Contains(BreachCodes.BoardDecides, Refused(() => breach.DecideAuthority(PartyRole.Processor, false, null, null, "x", Someone, Now)).ByField["Party"]);
        Assert.Contains(ValidationCodes.Required, Refused(() => breach.DecideAuthority(PartyRole.Controller, null, null, null, null, Someone, Now)).ByField["Notified"]);
        var errors = Refused(() => breach.DecideAuthority(PartyRole.Controller, true, null, null, null, Someone, Now));
        Assert.Equal(["NotifiedAt", "Reference"], errors.ByField.Keys.Order());
        Assert.Contains(ValidationCodes.DateInFuture, Refused(() => breach.DecideAuthority(PartyRole.Controller, true, Now.AddHours(1), "AP", null, Someone, Now)).ByField["NotifiedAt"]);
        Assert.Contains(ValidationCodes.Required, Refused(() => breach.DecideAuthority(PartyRole.Controller, false, null, null, "", Someone, Now)).ByField["Reason"]);
        breach.DecideAuthority(PartyRole.Controller, false, null, null, "Geen risico", Someone, Now);
        Assert.Contains(BreachCodes.AlreadyDecided, Refused(() => breach.DecideAuthority(PartyRole.Controller, false, null, null, "Nogmaals", Someone, Now)).ByField["Notified"]);
    }

    [Fact]
    public void The_data_subjects_decision_is_the_boards_once_and_complete()
    {
        var breach = Recorded();
        Assert.Contains(BreachCodes.BoardDecides, Refused(() => breach.DecideDataSubjects(PartyRole.Processor, true, Now, null, Someone, Now)).ByField["Party"]);
        Assert.Contains(ValidationCodes.Required, Refused(() => breach.DecideDataSubjects(PartyRole.Controller, null, null, null, Someone, Now)).ByField["Informed"]);
        Assert.Contains(ValidationCodes.Required, Refused(() => breach.DecideDataSubjects(PartyRole.Controller, true, null, null, Someone, Now)).ByField["InformedAt"]);
        Assert.Contains(ValidationCodes.Required, Refused(() => breach.DecideDataSubjects(PartyRole.Controller, false, null, " ", Someone, Now)).ByField["Reason"]);
        breach.DecideDataSubjects(PartyRole.Controller, true, Now, null, Someone, Now);
        Assert.True(breach.DataSubjects!.Informed);
        Assert.Contains(BreachCodes.AlreadyDecided, Refused(() => breach.DecideDataSubjects(PartyRole.Controller, true, Now, null, Someone, Now)).ByField["Informed"]);
    }

    [Fact]
    public void Updates_form_a_timeline_and_closing_needs_the_corrective_measures()
    {
        var breach = Recorded();
        breach.AddUpdate(PartyRole.Processor, "Oorzaak gevonden", Someone, Now.AddHours(1));
        breach.AddUpdate(PartyRole.Controller, "Ouders gebeld", Someone, Now.AddHours(2));
        Assert.Equal([PartyRole.Processor, PartyRole.Controller], breach.Updates.Select(u => u.Party));
        Assert.Contains(ValidationCodes.Required, Refused(() => breach.AddUpdate(PartyRole.Controller, "", Someone, Now)).ByField["Text"]);
        Assert.Contains(ValidationCodes.Required, Refused(() => breach.Close(PartyRole.Controller, null, Someone, Now)).ByField["CorrectiveMeasures"]);

        breach.Close(PartyRole.Processor, "Versleuteling van laptops verplicht", Someone, Now.AddDays(1));
        Assert.False(breach.IsOpen);
        Assert.Contains(BreachCodes.BreachClosed, Refused(() => breach.AddUpdate(PartyRole.Controller, "Nog iets", Someone, Now)).ByField["State"]);
        Assert.Contains(BreachCodes.BreachClosed, Refused(() => breach.Close(PartyRole.Controller, "Nogmaals", Someone, Now)).ByField["State"]);
        Assert.Contains(BreachCodes.BreachClosed, Refused(() => breach.DecideAuthority(PartyRole.Controller, false, null, null, "Te laat", Someone, Now)).ByField["State"]);
    }
}
