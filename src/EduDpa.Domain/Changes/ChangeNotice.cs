using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Changes;

/// <summary>The board's answer to a notice: accepted, or objected (art. 11.2) / not accepted (art. 14.3) with its reasons.</summary>
public sealed record NoticeReaction(bool Accepted, string? Reason, Guid UserId, string UserName, DateTimeOffset At, bool Late);

/// <summary>The supplier withdrew the change for this board.</summary>
public sealed record NoticeWithdrawal(string? Reason, Guid UserId, string UserName, DateTimeOffset At);

/// <summary>How the consultation after an objection ended, recorded by either party; a termination names the end date.</summary>
public sealed record ConsultationOutcome(ConsultationOutcomeKind Kind, string Note, DateOnly? EndDate, PartyRole Party, Guid UserId, string UserName, DateTimeOffset At);

/// <summary>
/// One agreement's notice of an <see cref="AnnexChange"/>: what its board answers and, after an objection, how the
/// parties settle it. Whether and from when the new annex version applies to the agreement follows from the
/// state and the time (<see cref="AppliesFrom"/>): nothing needs to run when an objection period ends.
/// </summary>
public sealed class ChangeNotice : IVersioned
{
    public const int TextMaxLength = 4000;

    private ChangeNotice() { }

    public Guid ChangeId { get; private set; }
    public Guid AgreementId { get; private set; }
    public Guid BoardId { get; private set; }
    public Guid ProcessorId { get; private set; }
    public Guid ProductId { get; private set; }
    public AnnexChangeKind Kind { get; private set; }
    public AnnexKind AnnexKind { get; private set; }
    public int ToNumber { get; private set; }

    /// <summary>The written notice to the board (art. 11.2: the objection period runs from here).</summary>
    public DateTimeOffset NoticeGivenAt { get; private set; }

    public DateTimeOffset? RespondBy { get; private set; }
    public NoticeState State { get; private set; }
    public NoticeReaction? Reaction { get; private set; }
    public NoticeWithdrawal? Withdrawal { get; private set; }
    public ConsultationOutcome? Outcome { get; private set; }

    /// <summary>When the board's e-mail about the notice was queued (bookkeeping of the notification step).</summary>
    public DateTimeOffset? MailedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>The state a notice starts in: a minor change is applied at once, anything else waits for the board.</summary>
    public static NoticeState InitialState(AnnexChangeKind kind) => kind == AnnexChangeKind.Minor ? NoticeState.Informed : NoticeState.Open;

    internal static ChangeNotice For(AnnexChange change, Guid agreementId, Guid boardId) => new()
    {
        ChangeId = change.Id, AgreementId = agreementId, BoardId = boardId, ProcessorId = change.SupplierId, ProductId = change.ProductId,
        Kind = change.Kind, AnnexKind = change.AnnexKind, ToNumber = change.ToNumber, NoticeGivenAt = change.AnnouncedAt, RespondBy = change.RespondBy,
        State = InitialState(change.Kind), Version = 1,
    };

    /// <summary>Open, for art. 11.2 past the objection period without a reaction: the board's silence applied the change.</summary>
    public bool AppliedBySilence(DateTimeOffset now) => State == NoticeState.Open && Kind == AnnexChangeKind.SubProcessors && now >= RespondBy;

    /// <summary>Whether the board still has to answer: open and not yet applied by silence.</summary>
    public bool AwaitsBoard(DateTimeOffset now) => State == NoticeState.Open && !AppliedBySilence(now);

    /// <summary>From when the new version applies to this agreement at <paramref name="now"/>; null while it does not.</summary>
    public DateTimeOffset? AppliesFrom(DateTimeOffset now) => State switch
    {
        NoticeState.Informed => NoticeGivenAt,
        NoticeState.Accepted when Kind == AnnexChangeKind.SubProcessors && RespondBy < Reaction!.At => RespondBy,
        NoticeState.Accepted => Reaction!.At,
        // An objection after the period came too late to stop the change; it still opens the consultation.
        NoticeState.InConsultation when Kind == AnnexChangeKind.SubProcessors && Reaction!.Late => RespondBy,
        NoticeState.Resolved when Outcome!.Kind == ConsultationOutcomeKind.Applied => Kind == AnnexChangeKind.SubProcessors && Reaction!.Late ? RespondBy : Outcome.At,
        NoticeState.Open when AppliedBySilence(now) => RespondBy,
        _ => null,
    };

    /// <summary>The board accepts the change. After the period it is recorded as late (under art. 11.2 it already applied).</summary>
    public void Accept(PartyRole actor, Actor who, DateTimeOffset now)
    {
        EnsureBoardAnswers(actor);
        Reaction = new NoticeReaction(true, null, who.UserId, who.Name, now, now > RespondBy);
        State = NoticeState.Accepted;
        Version++;
    }

    /// <summary>The board objects (art. 11.2) or does not accept (art. 14.3), with its reasons: the parties consult.</summary>
    public void RaiseObjection(PartyRole actor, string? reason, Actor who, DateTimeOffset now)
    {
        EnsureBoardAnswers(actor);
        var errors = new ValidationErrors();
        var why = Text.Required(reason, "Reason", TextMaxLength, errors);
        ThrowIfAny(errors);
        Reaction = new NoticeReaction(false, why, who.UserId, who.Name, now, now > RespondBy);
        State = NoticeState.InConsultation;
        Version++;
    }

    /// <summary>The supplier withdraws the change for this board, before or after an objection: the agreement keeps its version.</summary>
    public void Withdraw(PartyRole actor, string? reason, Actor who, DateTimeOffset now)
    {
        if (actor != PartyRole.Processor)
        {
            throw new DomainRuleViolation("Party", ChangeCodes.SupplierWithdraws);
        }
        if (State is not (NoticeState.Open or NoticeState.InConsultation))
        {
            throw new DomainRuleViolation(nameof(State), ChangeCodes.NoticeClosed);
        }
        var errors = new ValidationErrors();
        var why = Text.Optional(reason, "Reason", TextMaxLength, errors);
        ThrowIfAny(errors);
        Withdrawal = new NoticeWithdrawal(why, who.UserId, who.Name, now);
        State = NoticeState.Withdrawn;
        Version++;
    }

    /// <summary>Either party records how the consultation ended; ending the agreement needs the end date.</summary>
    public void RecordOutcome(PartyRole actor, ConsultationOutcomeKind? kind, string? note, DateOnly? endDate, Actor who, DateTimeOffset now)
    {
        if (State != NoticeState.InConsultation)
        {
            throw new DomainRuleViolation(nameof(State), ChangeCodes.NotInConsultation);
        }
        var errors = new ValidationErrors();
        if (kind is null || !Enum.IsDefined(kind.Value))
        {
            errors.Add("Outcome", kind is null ? ValidationCodes.Required : ValidationCodes.UnknownValue);
        }
        var text = Text.Required(note, "Note", TextMaxLength, errors);
        if (kind == ConsultationOutcomeKind.Terminated && endDate is null)
        {
            errors.Add("EndDate", ValidationCodes.Required);
        }
        ThrowIfAny(errors);
        Outcome = new ConsultationOutcome(kind!.Value, text, kind == ConsultationOutcomeKind.Terminated ? endDate : null, actor, who.UserId, who.Name, now);
        State = NoticeState.Resolved;
        Version++;
    }

    private void EnsureBoardAnswers(PartyRole actor)
    {
        if (actor != PartyRole.Controller)
        {
            throw new DomainRuleViolation("Party", ChangeCodes.BoardReacts);
        }
        if (Kind == AnnexChangeKind.Minor || State != NoticeState.Open)
        {
            throw new DomainRuleViolation(nameof(State), ChangeCodes.NoticeClosed);
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
