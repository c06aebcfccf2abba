namespace EduDpa.Domain.Requests;

/// <summary>The rights of data subjects (AVG art. 15-21) that a request can invoke.</summary>
public enum RequestType
{
    Access = 1,
    Rectification = 2,
    Erasure = 3,
    Restriction = 4,
    Objection = 5,
    Portability = 6,
}

/// <summary>Who the data subject is, as far as the supplier knows (optional).</summary>
public enum SubjectGroup
{
    Pupil = 1,
    Parent = 2,
    Staff = 3,
}

/// <summary>How the school board answered the data subject.</summary>
public enum RequestOutcome
{
    Granted = 1,
    PartlyGranted = 2,
    Refused = 3,
}

public enum RequestEventKind
{
    Forwarded = 1,
    Extended = 2,
    AssistanceAsked = 3,
    AssistanceAnswered = 4,
    OutcomeRecorded = 5,
}

/// <summary>What can be wrong with a step on a data subject request, in the spirit of <see cref="Common.ValidationCodes"/>.</summary>
public static class RequestCodes
{
    public const string AlreadyExtended = "request-already-extended";
    public const string Answered = "request-answered";
    public const string AssistancePending = "assistance-pending";
    public const string NoOpenQuestion = "no-open-question";
    public const string BeforeReceipt = "before-receipt";
}

/// <summary>One step in a request's history; <paramref name="Late"/> when it was taken after the due moment of that time.</summary>
public sealed record RequestEvent(RequestEventKind Kind, Agreements.PartyRole By, Guid UserId, string Name, DateTimeOffset At, bool Late, string? Text);

/// <summary>The board asks the supplier for help (model art. 9.2); the supplier answers.</summary>
public sealed record AssistanceQuestion(int Number, string Question, DateTimeOffset AskedAt, string AskedBy, string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy)
{
    public bool IsOpen => Answer is null;
}
