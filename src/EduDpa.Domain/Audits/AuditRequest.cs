using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Files;
using EduDpa.Domain.Obligations;

namespace EduDpa.Domain.Audits;

/// <summary>
/// An audit the school board asks for under a signed agreement (model art. 7.7): the board proposes the scope, an
/// independent certified auditor and a period; the supplier approves or rejects the proposal with a reason (7.7 a);
/// the parties agree on the costs (7.7 e: the board's, unless the audit shows major defects attributable to the
/// supplier); either party uploads the report, which only the two parties read (7.7 b); closing records what they
/// agreed on the outcomes (7.7 c). Every step is guarded and kept in the history; a step after its due moment is
/// allowed and recorded as late.
/// </summary>
public sealed class AuditRequest : IVersioned
{
    public const int ShortText = 200;
    public const int LongText = 4000;

    /// <summary>
    /// The supplier answers a request within 14 days: EduDpa's response term, not the model's (which asks only for
    /// consultation "met inachtneming van een redelijke termijn"), so that a request does not wait unnoticed.
    /// </summary>
    public const int ResponseDays = 14;

    private AuditRequest() { }

    public Guid Id { get; private set; }
    public Guid AgreementId { get; private set; }
    public Guid BoardId { get; private set; }
    public Guid ProcessorId { get; private set; }
    public AuditState State { get; private set; }

    public string Scope { get; private set; } = string.Empty;

    /// <summary>The independent certified external expert (name and firm) the board proposes.</summary>
    public string Auditor { get; private set; } = string.Empty;

    public DateOnly PlannedFrom { get; private set; }
    public DateOnly? PlannedTo { get; private set; }
    public string? Reason { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }
    public string RequestedByName { get; private set; } = string.Empty;

    /// <summary>When the proposal now on the table was made (the request, or its latest revision): the response term runs from here.</summary>
    public DateTimeOffset ProposedAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }
    public string? RespondedByName { get; private set; }

    /// <summary>The supplier's note on approval, or its reason for rejecting.</summary>
    public string? Response { get; private set; }

    public CostAgreement? Costs { get; private set; }
    public AuditReport? Report { get; private set; }

    /// <summary>The report's document, also as a column of its own: the documents' query filter finds its readers through it.</summary>
    public Guid? ReportDocumentId { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosingNote { get; private set; }
    public List<AuditEvent> History { get; private set; } = [];
    public int Version { get; private set; }

    /// <summary>EduDpa's response term: the end of the 14th Amsterdam day after the proposal.</summary>
    public DateTimeOffset ResponseDue => Deadlines.AgreedTermEnds(Deadlines.DateIn(ProposedAt), ResponseDays);

    /// <summary>The report is expected by the end of the planned period (or of the planned day).</summary>
    public DateTimeOffset ReportDue => Deadlines.EndOf(PlannedTo ?? PlannedFrom);

    public bool IsOpen => State != AuditState.Closed;

    public bool ResponseLate => RespondedAt is { } at && State is not AuditState.Requested && at > ResponseDue;

    public bool ReportLate => Report?.Late == true;

    /// <summary>The board requests an audit under an agreement signed by both (or terminating, still in force).</summary>
    public static AuditRequest Request(ProcessingAgreement agreement, PartyRole actor, AuditProposal proposal, Actor who, DateTimeOffset now)
    {
        if (agreement.State is not (AgreementState.SignedByBoth or AgreementState.Terminating))
        {
            throw new DomainRuleViolation("AgreementId", AuditCodes.AgreementNotSigned);
        }
        EnsureParty(actor, PartyRole.Controller);
        var audit = new AuditRequest
        {
            Id = Guid.CreateVersion7(), AgreementId = agreement.Id, BoardId = agreement.BoardId, ProcessorId = agreement.ProcessorId,
            State = AuditState.Requested, RequestedAt = now, RequestedByName = who.Name,
        };
        audit.Apply(proposal, now);
        audit.Record(AuditEventKind.Requested, actor, who, now, false, audit.Reason);
        return audit;
    }

    /// <summary>The board changes its proposal, while it waits for an answer or after a rejection; the response term starts again.</summary>
    public void Revise(PartyRole actor, AuditProposal proposal, Actor who, DateTimeOffset now)
    {
        EnsureParty(actor, PartyRole.Controller);
        EnsureState(AuditState.Requested, AuditState.Rejected);
        Apply(proposal, now);
        State = AuditState.Requested;
        RespondedAt = null;
        RespondedByName = null;
        Response = null;
        Record(AuditEventKind.Revised, actor, who, now, false, Reason);
    }

    /// <summary>The supplier approves the proposed auditor and period (art. 7.7 a), with an optional note.</summary>
    public void Approve(PartyRole actor, string? note, Actor who, DateTimeOffset now)
    {
        EnsureParty(actor, PartyRole.Processor);
        EnsureState(AuditState.Requested);
        var errors = new ValidationErrors();
        var text = Text.Optional(note, "Note", LongText, errors);
        ThrowIfAny(errors);
        Respond(AuditState.Approved, text, who, now);
        Record(AuditEventKind.Approved, actor, who, now, now > ResponseDue, text);
    }

    /// <summary>The supplier rejects the proposal with a reason (e.g. the auditor is not independent, the period is unreasonable, a valid certificate suffices, art. 7.7 d).</summary>
    public void Reject(PartyRole actor, string? reason, Actor who, DateTimeOffset now)
    {
        EnsureParty(actor, PartyRole.Processor);
        EnsureState(AuditState.Requested);
        var errors = new ValidationErrors();
        var why = Text.Required(reason, "Reason", LongText, errors);
        ThrowIfAny(errors);
        Respond(AuditState.Rejected, why, who, now);
        Record(AuditEventKind.Rejected, actor, who, now, now > ResponseDue, why);
    }

    /// <summary>Either party proposes who bears the costs; a new proposal replaces an earlier one, even an agreed one (art. 7.7 e: after major defects the parties consult again).</summary>
    public void ProposeCosts(PartyRole actor, string? bearer, string? arrangement, Actor who, DateTimeOffset now)
    {
        EnsureOpen();
        var errors = new ValidationErrors();
        var choice = Choice.Parse<CostBearer>(bearer, "Bearer", required: true, errors);
        var text = choice == CostBearer.Shared
            ? Text.Required(arrangement, "Arrangement", LongText, errors)
            : Text.Optional(arrangement, "Arrangement", LongText, errors);
        ThrowIfAny(errors);
        Costs = new CostAgreement(choice!.Value, text, actor, who.Name, now);
        Record(AuditEventKind.CostsProposed, actor, who, now, false, text is null ? choice.Value.ToString() : $"{choice.Value}: {text}");
    }

    /// <summary>The other party agrees to the proposal on the costs; nobody agrees to their own.</summary>
    public void AgreeCosts(PartyRole actor, Actor who, DateTimeOffset now)
    {
        EnsureOpen();
        if (Costs is not { } costs)
        {
            throw new DomainRuleViolation("Costs", AuditCodes.NoCostProposal);
        }
        if (costs.IsAgreed)
        {
            throw new DomainRuleViolation("Costs", AuditCodes.CostsAlreadyAgreed);
        }
        if (costs.ProposedBy == actor)
        {
            throw new DomainRuleViolation("Costs", AuditCodes.OwnProposal);
        }
        Costs = costs with { AgreedByName = who.Name, AgreedAt = now };
        Record(AuditEventKind.CostsAgreed, actor, who, now, false, null);
    }

    /// <summary>
    /// Either party uploads the report (a PDF) with a summary of the findings, once the audit was approved; a later upload
    /// replaces it. After the planned period it is recorded as late.
    /// </summary>
    public StoredDocument UploadReport(PartyRole actor, string? summary, bool majorFindings, FileUpload? file, long maxBytes, Actor who, DateTimeOffset now)
    {
        EnsureState(AuditState.Approved, AuditState.Reported);
        var errors = new ValidationErrors();
        var text = Text.Required(summary, "Summary", LongText, errors);
        var document = StoredDocument.Pdf("Document", file, maxBytes, who, now, errors);
        ThrowIfAny(errors);
        var late = now > ReportDue;
        Report = new AuditReport(document!.Id, text, majorFindings, actor, who.Name, now, late);
        ReportDocumentId = document.Id;
        State = AuditState.Reported;
        Record(AuditEventKind.ReportUploaded, actor, who, now, late, text);
        return document;
    }

    /// <summary>
    /// Closes the audit with what the parties agreed on its outcomes (art. 7.7 c). The board may close at any time (also to
    /// withdraw its request); the supplier only once the report is in.
    /// </summary>
    public void Close(PartyRole actor, string? note, Actor who, DateTimeOffset now)
    {
        EnsureOpen();
        if (actor == PartyRole.Processor && State != AuditState.Reported)
        {
            throw new DomainRuleViolation("State", AuditCodes.ReportFirst);
        }
        var errors = new ValidationErrors();
        var text = Text.Required(note, "ClosingNote", LongText, errors);
        ThrowIfAny(errors);
        State = AuditState.Closed;
        ClosedAt = now;
        ClosingNote = text;
        Record(AuditEventKind.Closed, actor, who, now, false, text);
    }

    private void Apply(AuditProposal proposal, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var scope = Text.Required(proposal.Scope, "Scope", LongText, errors);
        var auditor = Text.Required(proposal.Auditor, "Auditor", ShortText, errors);
        var reason = Text.Optional(proposal.Reason, "Reason", LongText, errors);
        if (proposal.PlannedFrom is not { } from)
        {
            errors.Add("PlannedFrom", ValidationCodes.Required);
        }
        else
        {
            if (from < Deadlines.DateIn(now))
            {
                errors.Add("PlannedFrom", AuditCodes.DateInPast);
            }
            if (proposal.PlannedTo is { } to && to < from)
            {
                errors.Add("PlannedTo", AuditCodes.PeriodOrder);
            }
        }
        ThrowIfAny(errors);
        Scope = scope;
        Auditor = auditor;
        Reason = reason;
        PlannedFrom = proposal.PlannedFrom!.Value;
        PlannedTo = proposal.PlannedTo == proposal.PlannedFrom ? null : proposal.PlannedTo;
        ProposedAt = now;
    }

    private void Respond(AuditState state, string? text, Actor who, DateTimeOffset now)
    {
        State = state;
        RespondedAt = now;
        RespondedByName = who.Name;
        Response = text;
    }

    private void Record(AuditEventKind kind, PartyRole actor, Actor who, DateTimeOffset now, bool late, string? text)
    {
        // A new list, so that the JSON column is seen as changed.
        History = [.. History, new AuditEvent(kind, actor, who.UserId, who.Name, now, late, text)];
        Version++;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation("State", AuditCodes.WrongState);
        }
    }

    private void EnsureState(params AuditState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new DomainRuleViolation("State", AuditCodes.WrongState);
        }
    }

    private static void EnsureParty(PartyRole actor, PartyRole party)
    {
        if (actor != party)
        {
            throw new DomainRuleViolation("Party", AgreementCodes.NotYourStep);
        }
    }

    private static void ThrowIfAny(ValidationErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new DomainRuleViolation(errors);
        }
    }
}
