using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Obligations;

namespace EduDpa.Domain.Requests;

/// <summary>
/// A request of a data subject (AVG art. 12, 15-21) that reached the supplier and that it forwards to the school
/// board under a signed agreement (model art. 9). The board answers it within one month of receipt, once
/// extendable to three; it may ask the supplier for assistance. Every step is guarded and kept in the history;
/// a step after the due moment is allowed and recorded as late.
/// </summary>
public sealed class DataSubjectRequest : IVersioned
{
    public const int DescriptionMaxLength = 4000;
    public const int TextMaxLength = 4000;

    private DataSubjectRequest() { }

    public Guid Id { get; private set; }
    public Guid AgreementId { get; private set; }
    public Guid BoardId { get; private set; }
    public Guid ProcessorId { get; private set; }
    public RequestType Type { get; private set; }
    public SubjectGroup? SubjectGroup { get; private set; }
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset ForwardedAt { get; private set; }
    public string Description { get; private set; } = string.Empty;

    public bool Extended { get; private set; }
    public string? ExtensionReason { get; private set; }

    public RequestOutcome? Outcome { get; private set; }
    public string? OutcomeExplanation { get; private set; }
    public DateTimeOffset? AnsweredAt { get; private set; }

    public List<AssistanceQuestion> Assistance { get; private set; } = [];
    public List<RequestEvent> History { get; private set; } = [];
    public int Version { get; private set; }

    /// <summary>AVG art. 12.3: one month after receipt, three once extended.</summary>
    public DateTimeOffset DueAt => Deadlines.RequestDue(ReceivedAt, Extended);

    public bool IsOpen => Outcome is null;

    /// <summary>The board answered after the due moment.</summary>
    public bool AnsweredLate => AnsweredAt is { } answered && answered > DueAt;

    public AssistanceQuestion? OpenQuestion => Assistance.FirstOrDefault(q => q.IsOpen);

    /// <summary>The supplier forwards a request it received. The agreement must be signed and still apply.</summary>
    public static DataSubjectRequest Forward(ProcessingAgreement agreement, PartyRole actor, string? type, DateTimeOffset? receivedAt, string? description, string? subjectGroup,
        Actor who, DateTimeOffset now)
    {
        if (!agreement.State.IsSigned() || agreement.State is AgreementState.Closed or AgreementState.Superseded)
        {
            throw new DomainRuleViolation("State", AgreementCodes.WrongState);
        }
        EnsureParty(actor, PartyRole.Processor);
        var errors = new ValidationErrors();
        var kind = ParseEnum<RequestType>(type, "Type", required: true, errors);
        var group = ParseEnum<SubjectGroup>(subjectGroup, "SubjectGroup", required: false, errors);
        if (receivedAt is null)
        {
            errors.Add("ReceivedAt", ValidationCodes.Required);
        }
        else if (receivedAt > now)
        {
            errors.Add("ReceivedAt", ValidationCodes.DateInFuture);
        }
        var text = Text.Required(description, "Description", DescriptionMaxLength, errors);
        ThrowIfAny(errors);
        var request = new DataSubjectRequest
        {
            Id = Guid.CreateVersion7(), AgreementId = agreement.Id, BoardId = agreement.BoardId, ProcessorId = agreement.ProcessorId,
            Type = kind!.Value, SubjectGroup = group, ReceivedAt = receivedAt!.Value, ForwardedAt = now, Description = text,
        };
        // Recording the first step makes it version 1.
        request.Record(RequestEventKind.Forwarded, actor, who, now, null);
        return request;
    }

    /// <summary>The board extends the term once by two months, with a reason (AVG art. 12.3).</summary>
    public void Extend(PartyRole actor, string? reason, Actor who, DateTimeOffset now)
    {
        EnsureParty(actor, PartyRole.Controller);
        EnsureOpen();
        if (Extended)
        {
            throw new DomainRuleViolation(nameof(Extended), RequestCodes.AlreadyExtended);
        }
        var errors = new ValidationErrors();
        var why = Text.Required(reason, "Reason", TextMaxLength, errors);
        ThrowIfAny(errors);
        // Late is judged against the term that ran before this extension.
        Record(RequestEventKind.Extended, actor, who, now, why);
        Extended = true;
        ExtensionReason = why;
    }

    /// <summary>The board asks the supplier for assistance; one question is open at a time.</summary>
    public void AskAssistance(PartyRole actor, string? question, Actor who, DateTimeOffset now)
    {
        EnsureParty(actor, PartyRole.Controller);
        EnsureOpen();
        if (OpenQuestion is not null)
        {
            throw new DomainRuleViolation("Question", RequestCodes.AssistancePending);
        }
        var errors = new ValidationErrors();
        var text = Text.Required(question, "Question", TextMaxLength, errors);
        ThrowIfAny(errors);
        Assistance.Add(new AssistanceQuestion(Assistance.Count + 1, text, now, who.Name, null, null, null));
        Record(RequestEventKind.AssistanceAsked, actor, who, now, text);
    }

    /// <summary>The supplier answers the open question (also after the board recorded its outcome: the help may still matter).</summary>
    public void AnswerAssistance(PartyRole actor, string? answer, Actor who, DateTimeOffset now)
    {
        EnsureParty(actor, PartyRole.Processor);
        if (OpenQuestion is not { } open)
        {
            throw new DomainRuleViolation("Answer", RequestCodes.NoOpenQuestion);
        }
        var errors = new ValidationErrors();
        var text = Text.Required(answer, "Answer", TextMaxLength, errors);
        ThrowIfAny(errors);
        Assistance[open.Number - 1] = open with { Answer = text, AnsweredAt = now, AnsweredBy = who.Name };
        Assistance = [.. Assistance];
        Record(RequestEventKind.AssistanceAnswered, actor, who, now, text);
    }

    /// <summary>The board records how it answered the data subject, and when.</summary>
    public void RecordOutcome(PartyRole actor, string? outcome, string? explanation, DateTimeOffset? answeredAt, Actor who, DateTimeOffset now)
    {
        EnsureParty(actor, PartyRole.Controller);
        EnsureOpen();
        var errors = new ValidationErrors();
        var result = ParseEnum<RequestOutcome>(outcome, "Outcome", required: true, errors);
        var why = Text.Required(explanation, "Explanation", TextMaxLength, errors);
        if (answeredAt is null)
        {
            errors.Add("AnsweredAt", ValidationCodes.Required);
        }
        else if (answeredAt > now)
        {
            errors.Add("AnsweredAt", ValidationCodes.DateInFuture);
        }
        else if (answeredAt < ReceivedAt)
        {
            errors.Add("AnsweredAt", RequestCodes.BeforeReceipt);
        }
        ThrowIfAny(errors);
        Outcome = result;
        OutcomeExplanation = why;
        AnsweredAt = answeredAt;
        History.Add(new RequestEvent(RequestEventKind.OutcomeRecorded, actor, who.UserId, who.Name, now, AnsweredLate, why));
        History = [.. History];
        Version++;
    }

    private void Record(RequestEventKind kind, PartyRole actor, Actor who, DateTimeOffset now, string? text)
    {
        // A new list, so that the JSON column is seen as changed.
        History = [.. History, new RequestEvent(kind, actor, who.UserId, who.Name, now, now > DueAt, text)];
        Version++;
    }

    private void EnsureOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleViolation("State", RequestCodes.Answered);
        }
    }

    private static void EnsureParty(PartyRole actor, PartyRole party)
    {
        if (actor != party)
        {
            throw new DomainRuleViolation("Party", AgreementCodes.NotYourStep);
        }
    }

    /// <summary>A name of the enum ("access", "PartlyGranted"); numbers and unknown names are refused, naming the field.</summary>
    private static T? ParseEnum<T>(string? value, string field, bool required, ValidationErrors errors) where T : struct, Enum
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors.Add(field, ValidationCodes.Required);
            }
            return null;
        }
        if (text.Any(char.IsDigit) || !Enum.TryParse<T>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            errors.Add(field, ValidationCodes.UnknownValue);
            return null;
        }
        return parsed;
    }

    private static void ThrowIfAny(ValidationErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new DomainRuleViolation(errors);
        }
    }
}
