using EduDpa.Domain.Agreements;

namespace EduDpa.Domain.Audits;

/// <summary>
/// Where an audit request stands. The board requests (model art. 7.7); the supplier approves the proposed
/// auditor and period or rejects them with a reason (7.7 a), after which the board may revise its proposal;
/// the report goes to both parties only (7.7 b); closing records what the parties agreed on the outcomes (7.7 c).
/// </summary>
public enum AuditState
{
    Requested = 1,
    Approved = 2,
    Rejected = 3,

    /// <summary>The report is in.</summary>
    Reported = 4,
    Closed = 5,
}

/// <summary>Who bears the costs of the audit. Art. 7.7 e: the board, unless (major) defects attributable to the supplier appear; then the parties share them as they agree.</summary>
public enum CostBearer
{
    Board = 1,
    Processor = 2,
    Shared = 3,
}

public enum AuditEventKind
{
    Requested = 1,
    Revised = 2,
    Approved = 3,
    Rejected = 4,
    CostsProposed = 5,
    CostsAgreed = 6,
    ReportUploaded = 7,
    Closed = 8,
}

/// <summary>What the board proposes: the scope, the independent auditor, the period and why.</summary>
public sealed record AuditProposal(string? Scope, string? Auditor, DateOnly? PlannedFrom, DateOnly? PlannedTo, string? Reason);

/// <summary>One step in the audit's history; <paramref name="Late"/> when it was taken after the due moment of that time.</summary>
public sealed record AuditEvent(AuditEventKind Kind, PartyRole By, Guid UserId, string Name, DateTimeOffset At, bool Late, string? Text);

/// <summary>A proposal on the costs by one party, agreed (or not yet) by the other.</summary>
public sealed record CostAgreement(CostBearer Bearer, string? Arrangement, PartyRole ProposedBy, string ProposedByName, DateTimeOffset ProposedAt,
    string? AgreedByName = null, DateTimeOffset? AgreedAt = null)
{
    public bool IsAgreed => AgreedAt is not null;
}

/// <summary>The audit report (a PDF kept as a stored document), with the summary of its findings.</summary>
public sealed record AuditReport(Guid DocumentId, string Summary, bool MajorFindings, PartyRole UploadedBy, string UploadedByName, DateTimeOffset UploadedAt, bool Late);

/// <summary>What can be wrong with a step on an audit, in the spirit of <see cref="Common.ValidationCodes"/>.</summary>
public static class AuditCodes
{
    public const string AgreementNotSigned = "audit-agreement-not-signed";
    public const string WrongState = "audit-wrong-state";
    public const string PeriodOrder = "period-order";
    public const string DateInPast = "date-in-past";
    public const string NoCostProposal = "no-cost-proposal";
    public const string CostsAlreadyAgreed = "costs-already-agreed";
    public const string OwnProposal = "own-proposal";
    public const string ReportFirst = "report-first";
}
