using EduDpa.Domain.Agreements;
using EduDpa.Domain.Audits;
using EduDpa.Domain.Common;
using EduDpa.Domain.Files;

namespace EduDpa.Domain.Tests;

public sealed class AuditRequestTests
{
    private static readonly DateTimeOffset Now = AgreementTests.Now;
    private static readonly Actor Board = new(Guid.NewGuid(), "B. Privacy");
    private static readonly Actor Supplier = new(Guid.NewGuid(), "L. Security");
    private const long Max = 1024;

    private static AuditProposal Proposal(DateOnly? from = null, DateOnly? to = null) =>
        new("Toegangsbeheer en logging van Rekenroute", "Onafhankelijk Auditbureau B.V. (RE-auditor)", from ?? new DateOnly(2027, 1, 11), to ?? new DateOnly(2027, 1, 22), "Jaarlijkse controle");

    private static AuditRequest Requested() => AuditRequest.Request(BreachTests.Signed(), PartyRole.Controller, Proposal(), Board, Now);

    private static AuditRequest Approved()
    {
        var audit = Requested();
        audit.Approve(PartyRole.Processor, null, Supplier, Now.AddDays(2));
        return audit;
    }

    private static ValidationErrors Refused(Action action) => Assert.Throws<DomainRuleViolation>(action).ToErrors();

    [Fact]
    public void The_board_requests_an_audit_under_a_signed_agreement_and_the_supplier_has_14_days_to_answer()
    {
        var audit = Requested();
        Assert.Equal(AuditState.Requested, audit.State);
        Assert.Equal(1, audit.Version);
        // 23 November + 14 days: the end of 7 December in Amsterdam.
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.FromHours(1)), audit.ResponseDue);
        Assert.Equal(new DateTimeOffset(2027, 1, 23, 0, 0, 0, TimeSpan.FromHours(1)), audit.ReportDue);
        Assert.Equal(AuditEventKind.Requested, Assert.Single(audit.History).Kind);
    }

    [Fact]
    public void Only_the_board_requests_and_only_under_an_agreement_in_force()
    {
        Assert.Equal([AgreementCodes.NotYourStep], Refused(() => AuditRequest.Request(BreachTests.Signed(), PartyRole.Processor, Proposal(), Supplier, Now)).ByField["Party"]);
        var draft = AgreementTests.Draft(AgreementTests.Board(), AgreementTests.Processor());
        Assert.Equal([AuditCodes.AgreementNotSigned], Refused(() => AuditRequest.Request(draft, PartyRole.Controller, Proposal(), Board, Now)).ByField["AgreementId"]);
    }

    [Fact]
    public void A_proposal_names_its_scope_auditor_and_a_period_that_is_not_past_nor_reversed()
    {
        var errors = Refused(() => AuditRequest.Request(BreachTests.Signed(), PartyRole.Controller, new AuditProposal(null, " ", null, null, null), Board, Now));
        Assert.Equal(["Scope", "Auditor", "PlannedFrom"], errors.ByField.Keys.ToArray());
        Assert.Equal([AuditCodes.DateInPast], Refused(() => AuditRequest.Request(BreachTests.Signed(), PartyRole.Controller, Proposal(new DateOnly(2026, 11, 22)), Board, Now)).ByField["PlannedFrom"]);
        Assert.Equal([AuditCodes.PeriodOrder], Refused(() => AuditRequest.Request(BreachTests.Signed(), PartyRole.Controller, Proposal(new DateOnly(2027, 1, 11), new DateOnly(2027, 1, 10)), Board, Now)).ByField["PlannedTo"]);
    }

    [Fact]
    public void Approval_and_rejection_are_the_suppliers_and_a_rejection_needs_a_reason()
    {
        var audit = Requested();
        Assert.Equal([AgreementCodes.NotYourStep], Refused(() => audit.Approve(PartyRole.Controller, null, Board, Now)).ByField["Party"]);
        Assert.Equal([AgreementCodes.NotYourStep], Refused(() => audit.Reject(PartyRole.Controller, "Nee", Board, Now)).ByField["Party"]);
        Assert.Equal([ValidationCodes.Required], Refused(() => audit.Reject(PartyRole.Processor, null, Supplier, Now)).ByField["Reason"]);

        audit.Reject(PartyRole.Processor, "De voorgestelde auditor is niet onafhankelijk; een geldige ISO 27001-verklaring volstaat (7.7 d)", Supplier, Now.AddDays(1));
        Assert.Equal(AuditState.Rejected, audit.State);
        Assert.False(audit.ResponseLate);
        Assert.Equal([AuditCodes.WrongState], Refused(() => audit.Approve(PartyRole.Processor, null, Supplier, Now)).ByField["State"]);
    }

    [Fact]
    public void After_a_rejection_the_board_revises_and_the_response_term_starts_again()
    {
        var audit = Requested();
        audit.Reject(PartyRole.Processor, "Andere auditor graag", Supplier, Now.AddDays(1));
        Assert.Equal([AgreementCodes.NotYourStep], Refused(() => audit.Revise(PartyRole.Processor, Proposal(), Supplier, Now)).ByField["Party"]);
        audit.Revise(PartyRole.Controller, Proposal() with { Auditor = "Tweede Auditbureau" }, Board, Now.AddDays(3));
        Assert.Equal(AuditState.Requested, audit.State);
        Assert.Equal("Tweede Auditbureau", audit.Auditor);
        Assert.Null(audit.Response);
        Assert.Equal(Now.AddDays(3), audit.ProposedAt);
        Assert.True(audit.ResponseDue > Now.AddDays(16));
    }

    [Fact]
    public void An_answer_after_the_14_days_is_kept_and_recorded_as_late()
    {
        var audit = Requested();
        audit.Approve(PartyRole.Processor, "Akkoord met de auditor", Supplier, Now.AddDays(20));
        Assert.Equal(AuditState.Approved, audit.State);
        Assert.True(audit.ResponseLate);
        Assert.True(audit.History[^1].Late);
        Assert.False(Approved().ResponseLate);
    }

    [Fact]
    public void Costs_are_proposed_by_one_party_and_agreed_by_the_other_only()
    {
        var audit = Approved();
        Assert.Equal([AuditCodes.NoCostProposal], Refused(() => audit.AgreeCosts(PartyRole.Processor, Supplier, Now)).ByField["Costs"]);
        Assert.Equal([ValidationCodes.Required], Refused(() => audit.ProposeCosts(PartyRole.Controller, null, null, Board, Now)).ByField["Bearer"]);
        Assert.Equal([ValidationCodes.Required], Refused(() => audit.ProposeCosts(PartyRole.Controller, "Shared", null, Board, Now)).ByField["Arrangement"]);
        Assert.Equal([ValidationCodes.UnknownValue], Refused(() => audit.ProposeCosts(PartyRole.Controller, "Nobody", null, Board, Now)).ByField["Bearer"]);

        audit.ProposeCosts(PartyRole.Controller, "Board", "Conform artikel 7.7 e", Board, Now);
        Assert.Equal([AuditCodes.OwnProposal], Refused(() => audit.AgreeCosts(PartyRole.Controller, Board, Now)).ByField["Costs"]);
        audit.AgreeCosts(PartyRole.Processor, Supplier, Now.AddHours(1));
        Assert.True(audit.Costs!.IsAgreed);
        Assert.Equal(Supplier.Name, audit.Costs.AgreedByName);
        Assert.Equal([AuditCodes.CostsAlreadyAgreed], Refused(() => audit.AgreeCosts(PartyRole.Processor, Supplier, Now)).ByField["Costs"]);

        // Major defects: the parties consult again (7.7 e); a new proposal replaces the agreed one until the other agrees.
        audit.ProposeCosts(PartyRole.Controller, "Shared", "Leverancier draagt de helft wegens gebreken in toegangsbeheer", Board, Now.AddDays(1));
        Assert.False(audit.Costs.IsAgreed);
        Assert.Equal(CostBearer.Shared, audit.Costs.Bearer);
    }

    [Fact]
    public void The_report_comes_after_approval_from_either_party_and_late_after_the_planned_period()
    {
        var requested = Requested();
        Assert.Equal([AuditCodes.WrongState], Refused(() => requested.UploadReport(PartyRole.Controller, "Bevindingen", false, CertificateTests.Pdf(), Max, Board, Now)).ByField["State"]);

        var audit = Approved();
        var errors = Refused(() => audit.UploadReport(PartyRole.Processor, null, false, new FileUpload("x.pdf", "application/pdf", 3, "abc"u8.ToArray()), Max, Supplier, Now));
        Assert.Equal(["Summary", "Document"], errors.ByField.Keys.ToArray());
        Assert.Equal([FileCodes.NotPdf], errors.ByField["Document"]);

        var onTime = audit.UploadReport(PartyRole.Processor, "Twee kleine bevindingen", false, CertificateTests.Pdf("rapport"), Max, Supplier, new DateTimeOffset(2027, 1, 22, 15, 0, 0, TimeSpan.Zero));
        Assert.Equal(onTime.Id, audit.Report!.DocumentId);
        Assert.False(audit.ReportLate);
        Assert.Equal(AuditState.Reported, audit.State);

        var late = Approved();
        late.UploadReport(PartyRole.Controller, "Grote gebreken in logging", true, CertificateTests.Pdf("rapport"), Max, Board, new DateTimeOffset(2027, 1, 23, 0, 0, 0, TimeSpan.Zero));
        Assert.True(late.ReportLate);
        Assert.True(late.Report!.MajorFindings);
    }

    [Fact]
    public void The_supplier_closes_only_after_the_report_the_board_at_any_time_and_closing_needs_a_note()
    {
        var audit = Approved();
        Assert.Equal([AuditCodes.ReportFirst], Refused(() => audit.Close(PartyRole.Processor, "Klaar", Supplier, Now)).ByField["State"]);
        Assert.Equal([ValidationCodes.Required], Refused(() => audit.Close(PartyRole.Controller, "", Board, Now)).ByField["ClosingNote"]);
        audit.Close(PartyRole.Controller, "Verzoek ingetrokken: de SOC 2-verklaring volstaat (7.7 d)", Board, Now);
        Assert.False(audit.IsOpen);
        Assert.Equal([AuditCodes.WrongState], Refused(() => audit.ProposeCosts(PartyRole.Controller, "Board", null, Board, Now)).ByField["State"]);

        var reported = Approved();
        reported.UploadReport(PartyRole.Processor, "Geen bevindingen", false, CertificateTests.Pdf(), Max, Supplier, Now.AddDays(3));
        reported.Close(PartyRole.Processor, "Afspraken over de uitkomsten vastgelegd", Supplier, Now.AddDays(4));
        Assert.Equal(AuditState.Closed, reported.State);
        Assert.Equal(AuditEventKind.Closed, reported.History[^1].Kind);
    }
}
