using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Tests;

public sealed class AgreementLifecycleTests
{
    private static readonly DateTimeOffset Now = AgreementTests.Now;
    private static readonly Actor Reviewer = new(Guid.NewGuid(), "R. Beoordelaar");
    private static readonly Representative BoardSigner = new("B. Bestuurder", "voorzitter college van bestuur");
    private static readonly Representative SupplierSigner = new("L. Leverancier", "directeur");
    private static readonly SnapshotHashes Hashes = new(new string('a', 64), new string('b', 64));

    private static ProcessingAgreement Ready()
    {
        var agreement = AgreementTests.Draft(AgreementTests.Board(), AgreementTests.Processor());
        agreement.UpdateProcessorPart(PartyRole.Processor, SupplierSigner);
        agreement.UpdateSharedPart(PartyRole.Processor, new UnderlyingContract(new DateOnly(2026, 8, 1), "Rekenroute", 30), agreement.ProductIds);
        agreement.UpdateControllerPart(PartyRole.Controller, BoardSigner, true, []);
        return agreement;
    }

    private static ProcessingAgreement Approved()
    {
        var agreement = Ready();
        agreement.Offer(PartyRole.Processor, Now);
        agreement.Approve(PartyRole.Controller, isReviewer: true, Reviewer, Now);
        return agreement;
    }

    private static ProcessingAgreement SignedByBoth()
    {
        var agreement = Approved();
        agreement.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        agreement.Sign(PartyRole.Processor, true, SupplierSigner, Guid.NewGuid(), SigningReadiness.Ready, Unused, Now.AddHours(2));
        return agreement;
    }

    /// <summary>The second signature never freezes anything: it signs the first one's hashes.</summary>
    private static SnapshotHashes Unused() => throw new InvalidOperationException("The snapshot is frozen at the first signature only.");

    private static DomainRuleViolation Refused(Action action) => Assert.Throws<DomainRuleViolation>(action);

    [Fact]
    public void Offer_review_approve_sign_sign_makes_an_agreement_active_on_its_effective_date()
    {
        var agreement = Ready();

        agreement.Offer(PartyRole.Processor, Now);
        Assert.Equal(AgreementState.Offered, agreement.State);
        agreement.StartReview(PartyRole.Controller, isReviewer: true, Now);
        Assert.Equal(AgreementState.InReview, agreement.State);
        agreement.Approve(PartyRole.Controller, isReviewer: true, Reviewer, Now);
        Assert.Equal(AgreementState.Approved, agreement.State);
        Assert.Equal(Reviewer.Name, agreement.Approval!.Name);

        agreement.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        Assert.Equal(AgreementState.SignedByOneParty, agreement.State);
        agreement.Sign(PartyRole.Processor, true, SupplierSigner, Guid.NewGuid(), SigningReadiness.Ready, Unused, Now);

        Assert.Equal(AgreementState.SignedByBoth, agreement.State);
        Assert.Equal(new DateOnly(2026, 11, 23), agreement.EffectiveFrom);
        Assert.Equal(AgreementState.Active, agreement.StateOn(new DateOnly(2026, 11, 23)));
        Assert.All(agreement.Signatures, s => Assert.Equal(Hashes, new SnapshotHashes(s.ContentHash, s.PdfHash)));
    }

    [Fact]
    public void The_second_signature_signs_the_hashes_of_the_first()
    {
        var agreement = Approved();
        agreement.Sign(PartyRole.Processor, true, SupplierSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        agreement.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, Unused, Now);

        Assert.Equal(Hashes.ContentHash, agreement.SignatureOf(PartyRole.Controller)!.ContentHash);
    }

    [Fact]
    public void A_contract_that_starts_later_makes_the_agreement_active_from_that_date()
    {
        var agreement = Ready();
        agreement.UpdateSharedPart(PartyRole.Processor, new UnderlyingContract(new DateOnly(2027, 1, 1), "Rekenroute", 30), agreement.ProductIds);
        agreement.Offer(PartyRole.Processor, Now);
        agreement.Approve(PartyRole.Controller, true, Reviewer, Now);
        agreement.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        agreement.Sign(PartyRole.Processor, true, SupplierSigner, Guid.NewGuid(), SigningReadiness.Ready, Unused, Now);

        Assert.Equal(AgreementState.SignedByBoth, agreement.StateOn(new DateOnly(2026, 12, 31)));
        Assert.Equal(AgreementState.Active, agreement.StateOn(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void The_signing_date_is_the_date_in_Amsterdam()
    {
        var agreement = Approved();
        var lateEvening = new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero); // 00:30 on the 24th in Amsterdam
        agreement.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, lateEvening);
        agreement.Sign(PartyRole.Processor, true, SupplierSigner, Guid.NewGuid(), SigningReadiness.Ready, Unused, lateEvening);

        Assert.Equal(new DateOnly(2026, 11, 24), agreement.EffectiveFrom);
    }

    [Fact]
    public void Only_the_processor_offers_and_only_a_draft()
    {
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() => Ready().Offer(PartyRole.Controller, Now)).Code);
        var offered = Ready();
        offered.Offer(PartyRole.Processor, Now);
        Assert.Equal(AgreementCodes.WrongState, Refused(() => offered.Offer(PartyRole.Processor, Now)).Code);
    }

    [Fact]
    public void Only_the_boards_reviewer_reviews_and_approves()
    {
        var agreement = Ready();
        agreement.Offer(PartyRole.Processor, Now);

        Assert.Equal(AgreementCodes.NotReviewer, Refused(() => agreement.StartReview(PartyRole.Controller, isReviewer: false, Now)).Code);
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() => agreement.Approve(PartyRole.Processor, isReviewer: true, Reviewer, Now)).Code);
        Assert.Equal(AgreementCodes.NotReviewer, Refused(() => agreement.Approve(PartyRole.Controller, isReviewer: false, Reviewer, Now)).Code);
        Assert.Equal(AgreementCodes.WrongState, Refused(() => Ready().Approve(PartyRole.Controller, true, Reviewer, Now)).Code);
    }

    [Fact]
    public void The_board_completes_its_part_until_approval_and_the_processor_only_while_drafting()
    {
        var agreement = Ready();
        agreement.Offer(PartyRole.Processor, Now);

        agreement.UpdateControllerPart(PartyRole.Controller, BoardSigner, true, []);
        agreement.UpdateBoardAnnexPart(PartyRole.Controller, null, null, []);
        Assert.Equal(AgreementCodes.NotADraft, Refused(() => agreement.UpdateProcessorPart(PartyRole.Processor, SupplierSigner)).Code);
        Assert.Equal(AgreementCodes.NotADraft, Refused(() => agreement.UpdateSharedPart(PartyRole.Processor, agreement.Contract, agreement.ProductIds)).Code);

        agreement.Approve(PartyRole.Controller, true, Reviewer, Now);
        Assert.Equal(AgreementCodes.NotADraft, Refused(() => agreement.UpdateControllerPart(PartyRole.Controller, BoardSigner, true, [])).Code);
    }

    [Fact]
    public void Returning_to_draft_drops_the_approval_and_needs_a_new_offer()
    {
        var agreement = Approved();
        agreement.ReturnToDraft(PartyRole.Controller, Now);

        Assert.Equal(AgreementState.Draft, agreement.State);
        Assert.Null(agreement.Approval);
        Assert.Equal(AgreementCodes.WrongState, Refused(() => agreement.ReturnToDraft(PartyRole.Controller, Now)).Code);
    }

    [Fact]
    public void Declining_needs_a_reason_and_is_the_boards()
    {
        var agreement = Ready();
        agreement.Offer(PartyRole.Processor, Now);

        Assert.Equal("Reason", Refused(() => agreement.Decline(PartyRole.Controller, "  ", Now)).Field);
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() => agreement.Decline(PartyRole.Processor, "nee", Now)).Code);
        agreement.Decline(PartyRole.Controller, "We gebruiken dit product niet meer.", Now);

        Assert.Equal(AgreementState.Declined, agreement.State);
        Assert.Equal("We gebruiken dit product niet meer.", agreement.EndReason);
    }

    [Fact]
    public void The_processor_withdraws_before_anyone_signs_and_either_party_drops_a_draft()
    {
        var draft = Ready();
        draft.Withdraw(PartyRole.Controller, null, Now);
        Assert.Equal(AgreementState.Withdrawn, draft.State);

        var approved = Approved();
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() => approved.Withdraw(PartyRole.Controller, null, Now)).Code);
        approved.Withdraw(PartyRole.Processor, "Verkeerd product aangeboden", Now);
        Assert.Equal(AgreementState.Withdrawn, approved.State);

        var signed = Approved();
        signed.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        Assert.Equal(AgreementCodes.WrongState, Refused(() => signed.Withdraw(PartyRole.Processor, null, Now)).Code);
    }

    [Fact]
    public void Signing_reports_every_guard_that_failed_at_once_and_freezes_nothing()
    {
        var agreement = AgreementTests.Draft(AgreementTests.Board(), AgreementTests.Processor());
        agreement.Offer(PartyRole.Processor, Now);
        agreement.Approve(PartyRole.Controller, true, Reviewer, Now);

        var errors = Refused(() => agreement.Sign(PartyRole.Controller, isSignatory: false, BoardSigner, Guid.NewGuid(),
            new SigningReadiness(["R05"], UndecidedServices: 1, UnconsentedTransfers: 2, OpenAmendments: 1), Unused, Now)).ToErrors().ByField;

        Assert.Equal([AgreementCodes.NotSignatory], errors["Role"]);
        Assert.Equal([AgreementCodes.ConformityErrors], errors["Findings"]);
        Assert.Equal([AgreementCodes.ServicesUndecided, AgreementCodes.TransfersNotConsented], errors["AnnexChoices"]);
        Assert.Equal([AgreementCodes.AmendmentsOpen], errors["Amendments"]);
        Assert.Equal([AgreementCodes.ReturnTermMissing], errors["ReturnTermDays"]);
        Assert.Equal([AgreementCodes.RepresentativeMissing], errors["BoardRepresentative"]);
        Assert.Equal([AgreementCodes.RepresentativeMissing], errors["ProcessorRepresentative"]);
        Assert.Equal(AgreementState.Approved, agreement.State);
        Assert.Empty(agreement.Signatures);
    }

    [Fact]
    public void A_party_signs_once_and_not_before_approval()
    {
        var agreement = Approved();
        agreement.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);

        Assert.Equal(AgreementCodes.AlreadySigned, Refused(() => agreement.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now)).Code);
        Assert.Single(agreement.Signatures);

        var offered = Ready();
        offered.Offer(PartyRole.Processor, Now);
        Assert.Equal(AgreementCodes.WrongState, Refused(() => offered.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now)).Code);
    }

    [Fact]
    public void The_end_of_the_contract_sets_the_deadline_for_return_or_destruction()
    {
        var agreement = SignedByBoth();
        var who = new Actor(Guid.NewGuid(), "L. Leverancier");

        Assert.Equal("Reason", Refused(() => agreement.RecordEnd(PartyRole.Processor, new DateOnly(2026, 12, 31), "", who, Now)).Field);
        Assert.Equal("EndDate", Refused(() => agreement.RecordEnd(PartyRole.Processor, null, "Opgezegd", who, Now)).Field);
        agreement.RecordEnd(PartyRole.Processor, new DateOnly(2026, 12, 31), "Licentie opgezegd", who, Now);

        Assert.Equal(AgreementState.Terminating, agreement.StateOn(new DateOnly(2026, 12, 30)));
        Assert.Equal(AgreementState.AwaitingReturn, agreement.StateOn(new DateOnly(2026, 12, 31)));
        Assert.Equal(new DateOnly(2027, 1, 30), agreement.ReturnDeadline);
    }

    [Fact]
    public void Destruction_is_confirmed_by_the_processor_after_the_end_and_acknowledged_by_the_board()
    {
        var agreement = SignedByBoth();
        var supplier = new Actor(Guid.NewGuid(), "L. Leverancier");
        agreement.RecordEnd(PartyRole.Controller, new DateOnly(2026, 11, 30), "Overgestapt op een andere methode", new Actor(Guid.NewGuid(), "B"), Now);

        Assert.Equal(AgreementCodes.ContractNotEnded, Refused(() =>
            agreement.ConfirmDestruction(PartyRole.Processor, false, true, new DateOnly(2026, 11, 23), "Beheer", true, null, supplier, Now)).Code);

        var afterEnd = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
        var errors = Refused(() => agreement.ConfirmDestruction(PartyRole.Processor, false, false, new DateOnly(2026, 12, 3), " ", false, null, supplier, afterEnd)).ToErrors().ByField;
        Assert.Equal([AgreementCodes.NothingConfirmed], errors["Returned"]);
        Assert.Equal([ValidationCodes.DateInFuture], errors["Date"]);
        Assert.Equal([ValidationCodes.Required], errors["PerformedBy"]);
        Assert.Equal([AgreementCodes.SubProcessorsNotConfirmed], errors["SubProcessorsConfirmed"]);
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() =>
            agreement.ConfirmDestruction(PartyRole.Controller, false, true, new DateOnly(2026, 12, 1), "Beheer", true, null, supplier, afterEnd)).Code);
        Assert.Equal(AgreementCodes.NotConfirmed, Refused(() => agreement.AcknowledgeDestruction(PartyRole.Controller, supplier, afterEnd)).Code);

        agreement.ConfirmDestruction(PartyRole.Processor, true, true, new DateOnly(2026, 12, 1), "Afdeling beheer", true, null, supplier, afterEnd);
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() => agreement.AcknowledgeDestruction(PartyRole.Processor, supplier, afterEnd)).Code);
        agreement.AcknowledgeDestruction(PartyRole.Controller, new Actor(Guid.NewGuid(), "B. Bestuurder"), afterEnd);

        Assert.Equal(AgreementState.Closed, agreement.State);
    }

    [Fact]
    public void A_successor_is_a_prefilled_draft_that_supersedes_the_old_agreement_once_signed()
    {
        var old = SignedByBoth();
        var successor = old.StartSuccessor(PartyRole.Processor, ModelCatalog.ModelAgreement40, Now);

        Assert.Equal(AgreementState.Draft, successor.State);
        Assert.Equal(old.Id, successor.SupersedesId);
        Assert.Equal(old.Contract, successor.Contract);
        Assert.Equal(old.BoardRepresentative, successor.BoardRepresentative);
        Assert.Equal(AgreementCodes.WrongState, Refused(() => old.SupersedeBy(successor, Now)).Code);

        successor.Offer(PartyRole.Processor, Now);
        successor.Approve(PartyRole.Controller, true, Reviewer, Now);
        successor.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        successor.Sign(PartyRole.Processor, true, SupplierSigner, Guid.NewGuid(), SigningReadiness.Ready, Unused, Now);
        old.SupersedeBy(successor, Now);

        Assert.Equal(AgreementState.Superseded, old.State);
        Assert.Equal(successor.Id, old.SupersededById);
        Assert.Equal(AgreementCodes.WrongState, Refused(() => Approved().StartSuccessor(PartyRole.Processor, ModelCatalog.ModelAgreement40, Now)).Code);
    }

    [Fact]
    public void Each_party_sees_what_it_has_to_do_next()
    {
        var today = new DateOnly(2026, 11, 23);
        var requested = AgreementTests.Draft(AgreementTests.Board(), AgreementTests.Processor(), PartyRole.Controller);
        Assert.Equal(PendingActionKind.OfferRequested, PendingAction.For(requested, PartyRole.Processor, today)!.Kind);
        Assert.Null(PendingAction.For(requested, PartyRole.Controller, today));

        var approved = Approved();
        Assert.Equal(PendingActionKind.Sign, PendingAction.For(approved, PartyRole.Controller, today)!.Kind);
        Assert.Null(PendingAction.For(approved, PartyRole.Processor, today));
        approved.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => Hashes, Now);
        Assert.Equal(PendingActionKind.Sign, PendingAction.For(approved, PartyRole.Processor, today)!.Kind);
        Assert.Null(PendingAction.For(approved, PartyRole.Controller, today));

        var ending = SignedByBoth();
        ending.RecordEnd(PartyRole.Controller, new DateOnly(2026, 11, 1), "Einde", new Actor(Guid.NewGuid(), "B"), Now);
        var due = PendingAction.For(ending, PartyRole.Processor, today)!;
        Assert.Equal((PendingActionKind.ConfirmDestruction, new DateOnly(2026, 12, 1), false), (due.Kind, due.DueOn, due.Overdue));
        var overdue = PendingAction.For(ending, PartyRole.Controller, new DateOnly(2026, 12, 2))!;
        Assert.Equal((PendingActionKind.AwaitDestruction, true), (overdue.Kind, overdue.Overdue));
    }
}
