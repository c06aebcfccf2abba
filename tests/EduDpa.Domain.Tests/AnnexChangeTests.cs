using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Conformity;
using EduDpa.Domain.Obligations;
using EduDpa.Domain.Tests.Conformity;

namespace EduDpa.Domain.Tests;

/// <summary>Changes to a product's annexes after signing: what counts as significant, sub-processor changes (art. 11.2), notices and what applies.</summary>
public sealed class AnnexChangeTests
{
    private static readonly DateTimeOffset Now = Samples.Now;
    private static readonly Actor Supplier = new(Guid.NewGuid(), "L. Leverancier");
    private static readonly Actor Board = new(Guid.NewGuid(), "B. Bestuur");
    private static readonly SubProcessor Analytics = new("Analyse Voorbeeld Ltd.", "Analyse van het gebruik", ["F1-pupil-1"], "IN", "IN");

    private static DomainRuleViolation Refused(Action action) => Assert.Throws<DomainRuleViolation>(action);

    private static SubProcessorEditInput Add(SubProcessor sub, string? transferService = null, Safeguard? safeguard = null) => new(
        SubProcessorAction.Add, null, sub.Name, sub.Processing, sub.DataCategories, sub.ProcessingCountryCode, sub.EstablishmentCountryCode,
        transferService, transferService is null ? null : "Analyse van gebruiksgegevens", safeguard, null, safeguard == Safeguard.StandardContractualClauses ? "Pseudonimisering vóór doorgifte" : null, null);

    // ---- What is significant (art. 14.3)

    [Fact]
    public void The_same_annex_again_is_no_change_and_removing_a_purpose_is_not_significant()
    {
        var annex = Samples.Privacy();

        Assert.False(AnnexComparison.Privacy(annex, annex).IsSignificant);
        Assert.False(AnnexComparison.Privacy(annex, annex with { Purposes = ["E1", "E4"] }).IsSignificant);
    }

    [Fact]
    public void New_purposes_data_categories_services_and_transfers_are_significant()
    {
        var annex = Samples.Privacy();

        var purposes = AnnexComparison.Privacy(annex, annex with { Purposes = [.. annex.Purposes, "E20"] });
        var data = AnnexComparison.Privacy(annex, annex with { DataCategories = [.. annex.DataCategories, new DataCategoryChoice("F1-parent-1")] });
        var service = AnnexComparison.Privacy(annex, annex with { OptionalServices = [.. annex.OptionalServices, new Service("d3", "Chat", "Berichten")] });
        var transfer = AnnexComparison.Privacy(annex, annex with { Transfers = [Samples.SupportTransfer with { Safeguard = Safeguard.BindingCorporateRules, SafeguardDetails = "BCR" }] });

        Assert.Equal(["E20"], purposes.AddedPurposes);
        Assert.Equal(["F1-parent-1"], data.AddedDataCategories);
        Assert.Equal("d3", Assert.Single(service.AddedServices).Id);
        Assert.Equal("t1", Assert.Single(transfer.AddedTransfers).Id);
        Assert.All([purposes, data, service, transfer], d => Assert.True(d.IsSignificant));
    }

    [Fact]
    public void Sub_processors_are_matched_by_name_whatever_their_order_or_case()
    {
        var annex = Samples.Privacy();
        var reordered = annex with { SubProcessors = [annex.SubProcessors[1], annex.SubProcessors[0] with { Name = "HOSTING VOORBEELD B.V. " }] };
        var moved = annex with { SubProcessors = [annex.SubProcessors[0] with { ProcessingCountryCode = "DE" }, annex.SubProcessors[1]] };
        var replaced = annex with { SubProcessors = [annex.SubProcessors[0], Analytics] };

        Assert.False(AnnexComparison.Privacy(annex, reordered).SubProcessorsChanged);
        var change = Assert.Single(AnnexComparison.Privacy(annex, moved).ChangedSubProcessors);
        Assert.Equal("DE", change.After.ProcessingCountryCode);
        var difference = AnnexComparison.Privacy(annex, replaced);
        Assert.Equal("Analyse Voorbeeld Ltd.", Assert.Single(difference.AddedSubProcessors).Name);
        Assert.Equal("Voorbeeld Support Inc.", Assert.Single(difference.RemovedSubProcessors).Name);
        Assert.True(difference.IsSignificant);
    }

    [Fact]
    public void A_measure_no_longer_met_or_a_new_classification_weakens_the_security_annex()
    {
        var annex = Samples.Security();
        var notMet = annex with { Rosa = [.. annex.Rosa.Select(r => r.Id == "B3" ? r with { Compliance = Compliance.NotMet, CorrectBy = new DateOnly(2027, 1, 1) } : r)] };
        var unaffirmed = annex with { Measures = [.. annex.Measures.Select(m => m.Id == "A2" ? m with { Affirmed = false, Explanation = "Nog niet" } : m)] };
        var classified = annex with { Assessment = annex.Assessment with { Classification = new BivClassification(BivLevel.High, BivLevel.Medium, BivLevel.High) } };

        Assert.Equal(["B3"], AnnexComparison.Security(annex, notMet).WeakenedMeasures);
        Assert.Equal(["A2"], AnnexComparison.Security(annex, unaffirmed).WeakenedMeasures);
        Assert.True(AnnexComparison.Security(annex, classified).IsSignificant);
        Assert.False(AnnexComparison.Security(notMet, annex).IsSignificant);
    }

    // ---- Sub-processor edits (art. 11.2)

    [Fact]
    public void A_new_sub_processor_outside_the_EEA_needs_its_transfer_with_a_safeguard()
    {
        var errors = new ValidationErrors();
        Assert.Null(SubProcessorEdit.Parse(Add(Analytics), Samples.Privacy(), () => "t9", errors));

        Assert.Equal([ChangeCodes.TransferNeeded], errors.ByField["TransferServiceId"]);
        Assert.Equal([ChangeCodes.TransferNeeded], errors.ByField["TransferSafeguard"]);
        Assert.Equal([ValidationCodes.Required], errors.ByField["TransferDescription"]);
    }

    [Fact]
    public void An_added_sub_processor_with_its_transfer_gives_an_annex_without_conformity_errors()
    {
        var annex = Samples.Privacy();
        var errors = new ValidationErrors();
        var edit = SubProcessorEdit.Parse(Add(Analytics, "d1", Safeguard.StandardContractualClauses), annex, () => "t9", errors);

        Assert.True(errors.IsEmpty, string.Join(", ", errors.ByField.Keys));
        var changed = edit!.ApplyTo(annex);
        Assert.Equal("Analyse Voorbeeld Ltd.", changed.SubProcessors[^1].Name);
        var transfer = Assert.Single(changed.Transfers, t => t.Id == "t9");
        Assert.Equal(("IN", "Analyse Voorbeeld Ltd."), (transfer.CountryCode, transfer.Recipient));
        Assert.False(ConformityCheck.Annexes(changed, Samples.Security()).HasErrors());
    }

    [Fact]
    public void A_sub_processor_in_a_country_the_annex_already_transfers_to_brings_no_new_transfer()
    {
        var errors = new ValidationErrors();
        var edit = SubProcessorEdit.Parse(Add(Analytics with { Name = "Mail Voorbeeld Inc.", ProcessingCountryCode = "US", EstablishmentCountryCode = "US" }), Samples.Privacy(), () => "t9", errors);

        Assert.True(errors.IsEmpty);
        Assert.Empty(edit!.Transfers);
    }

    [Fact]
    public void Replacing_keeps_the_place_in_section_H_and_removing_takes_the_sub_processor_out()
    {
        var annex = Samples.Privacy();
        var errors = new ValidationErrors();
        var replace = SubProcessorEdit.Parse(Add(new SubProcessor("Hosting Ander B.V.", "Hosting", ["F1-pupil-1"], "DE", "DE")) with { Action = SubProcessorAction.Replace, Existing = "hosting voorbeeld b.v." }, annex, () => "t9", errors);
        var remove = SubProcessorEdit.Parse(new SubProcessorEditInput(SubProcessorAction.Remove, "Voorbeeld Support Inc.", null, null, null, null, null, null, null, null, null, null, null), annex, () => "t9", errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(["Hosting Ander B.V.", "Voorbeeld Support Inc."], replace!.ApplyTo(annex).SubProcessors.Select(s => s.Name));
        Assert.Equal(["Hosting Voorbeeld B.V."], remove!.ApplyTo(annex).SubProcessors.Select(s => s.Name));
    }

    [Fact]
    public void Bad_input_names_each_field()
    {
        var annex = Samples.Privacy();
        var errors = new ValidationErrors();
        SubProcessorEdit.Parse(new SubProcessorEditInput(SubProcessorAction.Replace, "Onbekend B.V.", "Hosting Voorbeeld B.V.", null, ["F1-parent-9"], "XX", null, null, null, null, null, null, null), annex, () => "t9", errors);

        Assert.Equal([ChangeCodes.UnknownSubProcessor], errors.ByField["Existing"]);
        Assert.Equal([ChangeCodes.SubProcessorExists], errors.ByField["Name"]);
        Assert.Equal([ValidationCodes.Required], errors.ByField["Processing"]);
        Assert.Equal([ChangeCodes.NotInSectionF], errors.ByField["DataCategories"]);
        Assert.Equal([ValidationCodes.UnknownCountry], errors.ByField["ProcessingCountryCode"]);
        Assert.Equal([ValidationCodes.Required], errors.ByField["EstablishmentCountryCode"]);
        var noAction = new ValidationErrors();
        SubProcessorEdit.Parse(new SubProcessorEditInput(null, null, null, null, null, null, null, null, null, null, null, null, null), annex, () => "t9", noAction);
        Assert.Equal([ValidationCodes.Required], noAction.ByField["Action"]);
    }

    // ---- Announcing

    private static AnnexChange Announced(DateOnly? intended = null, DateTimeOffset? now = null)
    {
        var errors = new ValidationErrors();
        var annex = Samples.Privacy();
        var edit = SubProcessorEdit.Parse(Add(Analytics, "d1", Safeguard.StandardContractualClauses), annex, () => "t9", errors)!;
        return AnnexChange.AnnounceSubProcessors(Samples.ProductId, Guid.NewGuid(), "Rekenroute", 1, 2, edit, AnnexComparison.Privacy(annex, edit.ApplyTo(annex)),
            "Betere analyse van het gebruik", intended ?? new DateOnly(2027, 2, 1), Supplier, now ?? Now);
    }

    [Fact]
    public void A_sub_processor_change_gives_six_weeks_to_object_and_may_not_take_effect_before_they_end()
    {
        var change = Announced();

        Assert.Equal(AnnexChangeKind.SubProcessors, change.Kind);
        Assert.Equal(Deadlines.ObjectionPeriodEnds(Now), change.RespondBy);
        Assert.Equal(new DateTimeOffset(2027, 1, 5, 0, 0, 0, TimeSpan.FromHours(1)), change.RespondBy);
        var tooSoon = Refused(() => Announced(new DateOnly(2027, 1, 4)));
        Assert.Equal([ChangeCodes.TooSoon], tooSoon.ToErrors().ByField["IntendedDate"]);
        Assert.Equal(new DateOnly(2027, 1, 5), Announced(new DateOnly(2027, 1, 5)).IntendedDate);
    }

    [Fact]
    public void A_significant_publication_needs_the_consequences_in_plain_language_a_minor_one_does_not()
    {
        var annex = Samples.Privacy();
        var significant = AnnexComparison.Privacy(annex, annex with { Purposes = [.. annex.Purposes, "E20"] });

        var refused = Refused(() => AnnexChange.FromPublication(Samples.ProductId, Guid.NewGuid(), "Rekenroute", AnnexKind.Privacy, 1, 2, significant, " ", null, Supplier, Now));
        Assert.Equal([ChangeCodes.ExplanationRequired], refused.ToErrors().ByField["Explanation"]);
        Assert.Equal([ValidationCodes.Required], refused.ToErrors().ByField["IntendedDate"]);

        var change = AnnexChange.FromPublication(Samples.ProductId, Guid.NewGuid(), "Rekenroute", AnnexKind.Privacy, 1, 2, significant,
            "Wij gaan ook de leesvoortgang analyseren.", new DateOnly(2027, 1, 1), Supplier, Now);
        Assert.Equal((AnnexChangeKind.Significant, Deadlines.EndOf(new DateOnly(2027, 1, 1))), (change.Kind, change.RespondBy));

        var minor = AnnexChange.FromPublication(Samples.ProductId, Guid.NewGuid(), "Rekenroute", AnnexKind.Privacy, 1, 2, AnnexDifference.None, null, null, Supplier, Now);
        Assert.Equal((AnnexChangeKind.Minor, (DateTimeOffset?)null), (minor.Kind, minor.RespondBy));
    }

    // ---- Notices

    private static ChangeNotice Notice(AnnexChange change) => change.NoticeFor(DataSubjectRequestTests.Signed());

    [Fact]
    public void Silence_applies_a_sub_processor_change_when_the_objection_period_ends()
    {
        var change = Announced();
        var notice = Notice(change);

        Assert.True(notice.AwaitsBoard(Now));
        Assert.Null(notice.AppliesFrom(change.RespondBy!.Value.AddTicks(-1)));
        Assert.Equal(change.RespondBy, notice.AppliesFrom(change.RespondBy.Value));
        Assert.True(notice.AppliedBySilence(change.RespondBy.Value));
        Assert.False(notice.AwaitsBoard(change.RespondBy.Value));
    }

    [Fact]
    public void Accepting_applies_it_at_once_and_only_the_board_answers()
    {
        var notice = Notice(Announced());

        Assert.Equal([ChangeCodes.BoardReacts], Refused(() => notice.Accept(PartyRole.Processor, Supplier, Now)).ToErrors().ByField["Party"]);
        notice.Accept(PartyRole.Controller, Board, Now.AddDays(3));

        Assert.Equal(NoticeState.Accepted, notice.State);
        Assert.Equal(Now.AddDays(3), notice.AppliesFrom(Now.AddDays(3)));
        Assert.False(notice.Reaction!.Late);
        Refused(() => notice.RaiseObjection(PartyRole.Controller, "Toch niet", Board, Now.AddDays(4)));
    }

    [Fact]
    public void An_objection_needs_reasons_and_stops_the_change_until_the_parties_settle_it()
    {
        var change = Announced();
        var notice = Notice(change);

        Assert.Equal([ValidationCodes.Required], Refused(() => notice.RaiseObjection(PartyRole.Controller, "", Board, Now)).ToErrors().ByField["Reason"]);
        notice.RaiseObjection(PartyRole.Controller, "Geen doorgifte van leerlinggegevens naar India", Board, Now.AddDays(1));

        Assert.Equal(NoticeState.InConsultation, notice.State);
        Assert.Null(notice.AppliesFrom(change.RespondBy!.Value.AddDays(30)));
        var noEnd = Refused(() => notice.RecordOutcome(PartyRole.Processor, ConsultationOutcomeKind.Terminated, "Wij beëindigen", null, Supplier, Now.AddDays(2)));
        Assert.Equal([ValidationCodes.Required], noEnd.ToErrors().ByField["EndDate"]);
        notice.RecordOutcome(PartyRole.Processor, ConsultationOutcomeKind.Applied, "Afgesproken: alleen gepseudonimiseerde gegevens", null, Supplier, Now.AddDays(2));
        Assert.Equal(NoticeState.Resolved, notice.State);
        Assert.Equal(Now.AddDays(2), notice.AppliesFrom(Now.AddDays(2)));
    }

    [Fact]
    public void The_supplier_may_withdraw_the_change_for_one_board_which_then_keeps_its_version()
    {
        var change = Announced();
        var notice = Notice(change);
        notice.RaiseObjection(PartyRole.Controller, "Liever niet", Board, Now);

        Assert.Equal([ChangeCodes.SupplierWithdraws], Refused(() => notice.Withdraw(PartyRole.Controller, null, Board, Now)).ToErrors().ByField["Party"]);
        notice.Withdraw(PartyRole.Processor, "Voor dit bestuur blijft alles zoals het was", Supplier, Now.AddDays(1));

        Assert.Equal(NoticeState.Withdrawn, notice.State);
        Assert.Null(notice.AppliesFrom(change.RespondBy!.Value.AddDays(1)));
        Assert.Equal([ChangeCodes.NotInConsultation], Refused(() => notice.RecordOutcome(PartyRole.Processor, ConsultationOutcomeKind.Applied, "x", null, Supplier, Now)).ToErrors().ByField["State"]);
    }

    [Fact]
    public void A_late_objection_is_recorded_as_late_and_the_change_it_came_too_late_for_applies_unless_the_parties_undo_it()
    {
        var change = Announced();
        var notice = Notice(change);
        var late = change.RespondBy!.Value.AddDays(2);

        notice.RaiseObjection(PartyRole.Controller, "Wij zagen het bericht te laat", Board, late);

        Assert.True(notice.Reaction!.Late);
        Assert.Equal(change.RespondBy, notice.AppliesFrom(late));
        notice.RecordOutcome(PartyRole.Controller, ConsultationOutcomeKind.NotApplied, "De leverancier schakelt de subverwerker voor ons niet in", null, Board, late.AddDays(1));
        Assert.Null(notice.AppliesFrom(late.AddDays(1)));
    }

    [Fact]
    public void A_significant_change_applies_only_after_acceptance_and_a_minor_one_at_once()
    {
        var annex = Samples.Privacy();
        var significant = AnnexChange.FromPublication(Samples.ProductId, Guid.NewGuid(), "Rekenroute", AnnexKind.Privacy, 1, 2,
            AnnexComparison.Privacy(annex, annex with { Purposes = [.. annex.Purposes, "E20"] }), "Ook leesvoortgang", new DateOnly(2026, 12, 1), Supplier, Now);
        var notice = Notice(significant);
        Assert.Null(notice.AppliesFrom(significant.RespondBy!.Value.AddDays(60)));
        notice.Accept(PartyRole.Controller, Board, significant.RespondBy.Value.AddDays(1));
        Assert.True(notice.Reaction!.Late);
        Assert.Equal(significant.RespondBy.Value.AddDays(1), notice.AppliesFrom(significant.RespondBy.Value.AddDays(1)));

        var minor = Notice(AnnexChange.FromPublication(Samples.ProductId, Guid.NewGuid(), "Rekenroute", AnnexKind.Privacy, 1, 2, AnnexDifference.None, null, null, Supplier, Now));
        Assert.Equal(NoticeState.Informed, minor.State);
        Assert.Equal(Now, minor.AppliesFrom(Now));
        Assert.Equal([ChangeCodes.NoticeClosed], Refused(() => minor.Accept(PartyRole.Controller, Board, Now)).ToErrors().ByField["State"]);
    }

    [Fact]
    public void The_highest_applied_version_is_in_force_and_an_older_open_notice_is_superseded()
    {
        var agreement = DataSubjectRequestTests.Signed();
        var snapshot = new SnapshotContent(agreement.Id, Samples.Model, "", null!, null!, UnderlyingContract.Empty, true, [], null, null,
            [new SnapshotProduct(Samples.ProductId, "Rekenroute", Samples.Privacy(), Samples.Security(), ProductAnnexChoices.None(Samples.ProductId))], [], Now);
        var version2 = Announced().NoticeFor(agreement);
        var version3 = AnnexChange.FromPublication(Samples.ProductId, agreement.ProcessorId, "Rekenroute", AnnexKind.Privacy, 2, 3, AnnexDifference.None, null, null, Supplier, Now.AddDays(1)).NoticeFor(agreement);
        var later = Now.AddDays(2);

        var inForce = AnnexesInForce.Of(snapshot, [version2, version3], later);

        var privacy = Assert.Single(inForce, f => f.Kind == AnnexKind.Privacy);
        Assert.Equal((3, Now.AddDays(1)), (privacy.Number, privacy.Since));
        Assert.Equal(1, Assert.Single(inForce, f => f.Kind == AnnexKind.Security).Number);
        Assert.True(AnnexesInForce.IsSuperseded(version2, inForce));
        Assert.False(AnnexesInForce.IsSuperseded(version3, inForce));
        Assert.Equal(1, AnnexesInForce.Of(snapshot, [], later).Single(f => f.Kind == AnnexKind.Privacy).Number);
    }
}
