using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Obligations;
using EduDpa.Domain.Requests;

namespace EduDpa.Domain.Tests;

public sealed class DataSubjectRequestTests
{
    private static readonly DateTimeOffset Now = AgreementTests.Now;
    private static readonly Actor Supplier = new(Guid.NewGuid(), "L. Leverancier");
    private static readonly Actor Board = new(Guid.NewGuid(), "B. Bestuur");
    private static readonly Representative BoardSigner = new("B. Bestuurder", "voorzitter");
    private static readonly Representative SupplierSigner = new("L. Leverancier", "directeur");

    internal static ProcessingAgreement Signed()
    {
        var agreement = AgreementTests.Draft(AgreementTests.Board(), AgreementTests.Processor());
        agreement.UpdateProcessorPart(PartyRole.Processor, SupplierSigner);
        agreement.UpdateSharedPart(PartyRole.Processor, new UnderlyingContract(new DateOnly(2026, 8, 1), "Rekenroute", 30), agreement.ProductIds);
        agreement.UpdateControllerPart(PartyRole.Controller, BoardSigner, true, []);
        agreement.Offer(PartyRole.Processor, Now);
        agreement.Approve(PartyRole.Controller, true, Board, Now);
        var hashes = new SnapshotHashes(new string('a', 64), new string('b', 64));
        agreement.Sign(PartyRole.Controller, true, BoardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => hashes, Now);
        agreement.Sign(PartyRole.Processor, true, SupplierSigner, Guid.NewGuid(), SigningReadiness.Ready, () => hashes, Now);
        return agreement;
    }

    private static DataSubjectRequest Forwarded(DateTimeOffset? received = null, DateTimeOffset? now = null) =>
        DataSubjectRequest.Forward(Signed(), PartyRole.Processor, "access", received ?? Now.AddDays(-2), "Een ouder vraagt inzage in de toetsresultaten.", "parent", Supplier, now ?? Now);

    private static DomainRuleViolation Refused(Action action) => Assert.Throws<DomainRuleViolation>(action);

    [Fact]
    public void Forwarding_records_type_group_receipt_and_a_due_moment_one_month_after_receipt()
    {
        var request = Forwarded(new DateTimeOffset(2026, 11, 20, 14, 0, 0, TimeSpan.Zero));

        Assert.Equal(RequestType.Access, request.Type);
        Assert.Equal(SubjectGroup.Parent, request.SubjectGroup);
        Assert.Equal(Now, request.ForwardedAt);
        Assert.True(request.IsOpen);
        Assert.Equal(new DateTimeOffset(2026, 12, 21, 0, 0, 0, TimeSpan.FromHours(1)), request.DueAt);
        Assert.Equal(RequestEventKind.Forwarded, Assert.Single(request.History).Kind);
    }

    [Fact]
    public void Received_on_31_January_is_due_at_the_end_of_February_and_extended_three_months_after_receipt()
    {
        var received = new DateTimeOffset(2027, 1, 31, 10, 0, 0, TimeSpan.FromHours(1));
        var request = Forwarded(received, new DateTimeOffset(2027, 2, 1, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.FromHours(1)), request.DueAt);
        request.Extend(PartyRole.Controller, "Veel gegevens in meerdere systemen.", Board, new DateTimeOffset(2027, 2, 10, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(Deadlines.RequestDue(received, extended: true), request.DueAt);
        Assert.Equal(new DateTimeOffset(2027, 5, 1, 0, 0, 0, TimeSpan.FromHours(2)), request.DueAt);
    }

    [Fact]
    public void Forwarding_refuses_unknown_type_missing_or_future_receipt_empty_description_and_unknown_group_naming_each_field()
    {
        var errors = Refused(() => DataSubjectRequest.Forward(Signed(), PartyRole.Processor, "deletion", null, "  ", "teacher", Supplier, Now)).ToErrors().ByField;
        Assert.Equal([ValidationCodes.UnknownValue], errors["Type"]);
        Assert.Equal([ValidationCodes.Required], errors["ReceivedAt"]);
        Assert.Equal([ValidationCodes.Required], errors["Description"]);
        Assert.Equal([ValidationCodes.UnknownValue], errors["SubjectGroup"]);

        Assert.Equal("Type", Refused(() => DataSubjectRequest.Forward(Signed(), PartyRole.Processor, "3", Now, "x", null, Supplier, Now)).Field);
        Assert.Equal("Type", Refused(() => DataSubjectRequest.Forward(Signed(), PartyRole.Processor, null, Now, "x", null, Supplier, Now)).Field);
        var future = Refused(() => DataSubjectRequest.Forward(Signed(), PartyRole.Processor, "erasure", Now.AddMinutes(1), "x", null, Supplier, Now));
        Assert.Equal(("ReceivedAt", ValidationCodes.DateInFuture), (future.Field, future.Code));
    }

    [Fact]
    public void Only_the_processor_forwards_and_only_on_a_signed_agreement_that_still_applies()
    {
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() => DataSubjectRequest.Forward(Signed(), PartyRole.Controller, "access", Now, "x", null, Board, Now)).Code);
        var draft = AgreementTests.Draft(AgreementTests.Board(), AgreementTests.Processor());
        Assert.Equal(AgreementCodes.WrongState, Refused(() => DataSubjectRequest.Forward(draft, PartyRole.Processor, "access", Now, "x", null, Supplier, Now)).Code);
    }

    [Fact]
    public void The_board_extends_once_with_a_reason()
    {
        var request = Forwarded();
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() => request.Extend(PartyRole.Processor, "reden", Supplier, Now)).Code);
        Assert.Equal(("Reason", ValidationCodes.Required), Pair(Refused(() => request.Extend(PartyRole.Controller, " ", Board, Now))));
        Assert.False(request.Extended);

        request.Extend(PartyRole.Controller, "Complex verzoek", Board, Now);
        Assert.True(request.Extended);
        Assert.Equal("Complex verzoek", request.ExtensionReason);
        Assert.Equal(RequestCodes.AlreadyExtended, Refused(() => request.Extend(PartyRole.Controller, "nog eens", Board, Now)).Code);
    }

    [Fact]
    public void Assistance_is_asked_by_the_board_one_question_at_a_time_and_answered_by_the_supplier()
    {
        var request = Forwarded();
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() => request.AskAssistance(PartyRole.Processor, "vraag", Supplier, Now)).Code);
        Assert.Equal(("Question", ValidationCodes.Required), Pair(Refused(() => request.AskAssistance(PartyRole.Controller, "", Board, Now))));
        Assert.Equal(("Answer", RequestCodes.NoOpenQuestion), Pair(Refused(() => request.AnswerAssistance(PartyRole.Processor, "antwoord", Supplier, Now))));

        request.AskAssistance(PartyRole.Controller, "Welke gegevens bewaart u over deze leerling?", Board, Now);
        Assert.Equal(("Question", RequestCodes.AssistancePending), Pair(Refused(() => request.AskAssistance(PartyRole.Controller, "nog een", Board, Now))));
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() => request.AnswerAssistance(PartyRole.Controller, "antwoord", Board, Now)).Code);
        Assert.Equal(("Answer", ValidationCodes.Required), Pair(Refused(() => request.AnswerAssistance(PartyRole.Processor, " ", Supplier, Now))));

        request.AnswerAssistance(PartyRole.Processor, "Toetsresultaten en inloggegevens.", Supplier, Now.AddHours(1));
        Assert.Null(request.OpenQuestion);
        Assert.Equal("Toetsresultaten en inloggegevens.", Assert.Single(request.Assistance).Answer);
        request.AskAssistance(PartyRole.Controller, "Tweede vraag", Board, Now.AddHours(2));
        Assert.Equal(2, request.OpenQuestion!.Number);
    }

    [Fact]
    public void The_outcome_needs_a_known_outcome_an_explanation_and_an_answer_moment_not_in_the_future_nor_before_receipt()
    {
        var request = Forwarded();
        Assert.Equal(AgreementCodes.NotYourStep, Refused(() => request.RecordOutcome(PartyRole.Processor, "granted", "x", Now, Supplier, Now)).Code);
        var errors = Refused(() => request.RecordOutcome(PartyRole.Controller, "maybe", null, null, Board, Now)).ToErrors().ByField;
        Assert.Equal([ValidationCodes.UnknownValue], errors["Outcome"]);
        Assert.Equal([ValidationCodes.Required], errors["Explanation"]);
        Assert.Equal([ValidationCodes.Required], errors["AnsweredAt"]);
        Assert.Equal(("AnsweredAt", ValidationCodes.DateInFuture), Pair(Refused(() => request.RecordOutcome(PartyRole.Controller, "granted", "x", Now.AddHours(1), Board, Now))));
        Assert.Equal(("AnsweredAt", RequestCodes.BeforeReceipt), Pair(Refused(() => request.RecordOutcome(PartyRole.Controller, "granted", "x", Now.AddDays(-3), Board, Now))));

        request.RecordOutcome(PartyRole.Controller, "partly-granted", "Inzage gegeven, behalve in notities van derden.", Now, Board, Now);
        Assert.Equal(RequestOutcome.PartlyGranted, request.Outcome);
        Assert.False(request.IsOpen);
        Assert.False(request.AnsweredLate);
        Assert.Equal(RequestCodes.Answered, Refused(() => request.Extend(PartyRole.Controller, "te laat", Board, Now)).Code);
        Assert.Equal(RequestCodes.Answered, Refused(() => request.AskAssistance(PartyRole.Controller, "vraag", Board, Now)).Code);
        Assert.Equal(RequestCodes.Answered, Refused(() => request.RecordOutcome(PartyRole.Controller, "refused", "x", Now, Board, Now)).Code);
    }

    [Fact]
    public void Steps_after_the_due_moment_are_allowed_and_recorded_as_late()
    {
        var request = Forwarded();
        var afterDue = request.DueAt.AddHours(1);

        request.AskAssistance(PartyRole.Controller, "Hulp gevraagd", Board, afterDue);
        request.RecordOutcome(PartyRole.Controller, "refused", "Kennelijk ongegrond.", afterDue, Board, afterDue);

        Assert.True(request.AnsweredLate);
        Assert.All(request.History.Skip(1), e => Assert.True(e.Late));
        Assert.False(request.History[0].Late);
    }

    [Fact]
    public void A_request_forwarded_after_its_due_moment_is_recorded_as_forwarded_late()
    {
        var request = Forwarded(Now.AddDays(-40));

        Assert.True(request.History[0].Late);
        Assert.Equal(DueStatus.Overdue, Deadlines.StatusAt(request.DueAt, Now));
    }

    [Fact]
    public void An_extension_after_the_due_moment_is_late_and_an_answer_within_the_extended_term_is_not()
    {
        var request = Forwarded();
        var afterDue = request.DueAt.AddDays(1);

        request.Extend(PartyRole.Controller, "Te laat verlengd", Board, afterDue);
        request.RecordOutcome(PartyRole.Controller, "granted", "Inzage gegeven.", afterDue, Board, afterDue);

        Assert.True(request.History[1].Late);
        Assert.False(request.AnsweredLate);
    }

    private static (string, string) Pair(DomainRuleViolation violation) => (violation.Field, violation.Code);
}
