using EduDpa.Domain.Common;

namespace EduDpa.Domain.Agreements;

/// <summary>
/// The agreement's life after drafting: offer, review, signing with a frozen snapshot, the end of the underlying
/// contract, return or destruction (art. 12) and closing. Each step is a guarded method; a refused step names
/// the guard that failed.
/// </summary>
public sealed partial class ProcessingAgreement
{
    public const int ReasonMaxLength = 2000;

    public DateTimeOffset? OfferedAt { get; private set; }

    /// <summary>When someone of the board first opened the offer (the supplier's progress view shows it).</summary>
    public DateTimeOffset? OpenedAt { get; private set; }

    public ReviewApproval? Approval { get; private set; }
    public List<AgreementSignature> Signatures { get; private set; } = [];

    /// <summary>In force from this date (Amsterdam): the day of the second signature, or the contract's date if later.</summary>
    public DateOnly? EffectiveFrom { get; private set; }

    /// <summary>Why the board declined or the processor withdrew it.</summary>
    public string? EndReason { get; private set; }

    public ContractEnd? Ending { get; private set; }
    public DestructionConfirmation? Destruction { get; private set; }
    public DestructionAcknowledgement? Acknowledgement { get; private set; }

    /// <summary>The agreement this one replaces when signed (a renewal, or a change after signing).</summary>
    public Guid? SupersedesId { get; private set; }

    public Guid? SupersededById { get; private set; }

    /// <summary>The open offer a board adopted to start this agreement.</summary>
    public Guid? OpenOfferId { get; private set; }

    public DateTimeOffset StateChangedAt { get; private set; }

    /// <summary>The state as the parties see it on a day: a signed agreement is active from its effective date, a terminating one awaits return after its end date.</summary>
    public AgreementState StateOn(DateOnly today) => State switch
    {
        AgreementState.SignedByBoth when EffectiveFrom <= today => AgreementState.Active,
        AgreementState.Terminating when Ending!.EndDate <= today => AgreementState.AwaitingReturn,
        _ => State,
    };

    public AgreementSignature? SignatureOf(PartyRole party) => Signatures.FirstOrDefault(s => s.Party == party);

    /// <summary>The last day for return or destruction: the contract's end plus the term agreed in art. 12.2.</summary>
    public DateOnly? ReturnDeadline => Ending is { } end && Contract.ReturnTermDays is { } days ? end.EndDate.AddDays(days) : null;

    public void Offer(PartyRole actor, DateTimeOffset now)
    {
        EnsureState(AgreementState.Draft);
        EnsureStepOf(actor, PartyRole.Processor);
        OfferedAt = now;
        MoveTo(AgreementState.Offered, now);
    }

    /// <summary>A fresh offer from the processor: a draft started and offered in one step (bulk and open offers).</summary>
    public static ProcessingAgreement StartOffer(
        string modelId, Guid boardId, Guid processorId, PartyRole initiatedBy, DateTimeOffset now, UnderlyingContract contract, IReadOnlyList<Guid> productIds,
        Representative? processorRepresentative, Guid? openOfferId = null)
    {
        var agreement = StartDraft(modelId, boardId, processorId, initiatedBy, now, contract, productIds);
        agreement.ProcessorRepresentative = processorRepresentative;
        agreement.OpenOfferId = openOfferId;
        agreement.Offer(PartyRole.Processor, now);
        return agreement;
    }

    public void MarkOpened(DateTimeOffset now) => OpenedAt ??= now;

    public void StartReview(PartyRole actor, bool isReviewer, DateTimeOffset now)
    {
        EnsureState(AgreementState.Offered);
        EnsureStepOf(actor, PartyRole.Controller);
        EnsureRole(isReviewer, AgreementCodes.NotReviewer);
        MoveTo(AgreementState.InReview, now);
    }

    /// <summary>The reviewer approves for signing; an offer may be approved without a separate start of the review.</summary>
    public void Approve(PartyRole actor, bool isReviewer, Actor reviewer, DateTimeOffset now)
    {
        EnsureState(AgreementState.Offered, AgreementState.InReview);
        EnsureStepOf(actor, PartyRole.Controller);
        EnsureRole(isReviewer, AgreementCodes.NotReviewer);
        Approval = new ReviewApproval(reviewer.UserId, reviewer.Name, now);
        MoveTo(AgreementState.Approved, now);
    }

    /// <summary>Back to drafting to change the shared part or negotiate Bijlage 3; the processor offers again after.</summary>
    public void ReturnToDraft(PartyRole actor, DateTimeOffset now)
    {
        _ = actor;
        EnsureState(AgreementState.Offered, AgreementState.InReview, AgreementState.Approved);
        Approval = null;
        MoveTo(AgreementState.Draft, now);
    }

    public void Decline(PartyRole actor, string? reason, DateTimeOffset now)
    {
        EnsureState(AgreementState.Offered, AgreementState.InReview, AgreementState.Approved);
        EnsureStepOf(actor, PartyRole.Controller);
        EndReason = RequiredText(reason, "Reason", ReasonMaxLength);
        MoveTo(AgreementState.Declined, now);
    }

    /// <summary>The processor withdraws what it has not yet signed; either party may drop a draft.</summary>
    public void Withdraw(PartyRole actor, string? reason, DateTimeOffset now)
    {
        if (State != AgreementState.Draft)
        {
            EnsureState(AgreementState.Offered, AgreementState.InReview, AgreementState.Approved);
            EnsureStepOf(actor, PartyRole.Processor);
        }
        var errors = new ValidationErrors();
        EndReason = Text.Optional(reason, "Reason", ReasonMaxLength, errors);
        ThrowIfAny(errors);
        MoveTo(AgreementState.Withdrawn, now);
    }

    /// <summary>
    /// Signs for <paramref name="party"/>. Every guard that fails is reported at once. Once they all pass, the
    /// first signature freezes the snapshot (<paramref name="freeze"/> stores it and gives its hashes); the
    /// second signs the same hashes.
    /// </summary>
    public void Sign(PartyRole party, bool isSignatory, Representative signer, Guid userId, SigningReadiness readiness, Func<SnapshotHashes> freeze, DateTimeOffset now)
    {
        EnsureState(AgreementState.Approved, AgreementState.SignedByOneParty);
        if (SignatureOf(party) is not null)
        {
            throw new DomainRuleViolation("Signature", AgreementCodes.AlreadySigned);
        }
        var errors = new ValidationErrors();
        if (!isSignatory)
        {
            errors.Add("Role", AgreementCodes.NotSignatory);
        }
        if (readiness.ErrorRuleIds.Count > 0)
        {
            errors.Add("Findings", AgreementCodes.ConformityErrors);
        }
        if (readiness.UndecidedServices > 0)
        {
            errors.Add("AnnexChoices", AgreementCodes.ServicesUndecided);
        }
        if (readiness.UnconsentedTransfers > 0)
        {
            errors.Add("AnnexChoices", AgreementCodes.TransfersNotConsented);
        }
        if (readiness.OpenAmendments > 0)
        {
            errors.Add("Amendments", AgreementCodes.AmendmentsOpen);
        }
        if (Contract.ReturnTermDays is null)
        {
            errors.Add("ReturnTermDays", AgreementCodes.ReturnTermMissing);
        }
        if (BoardRepresentative is null)
        {
            errors.Add(nameof(BoardRepresentative), AgreementCodes.RepresentativeMissing);
        }
        if (ProcessorRepresentative is null)
        {
            errors.Add(nameof(ProcessorRepresentative), AgreementCodes.RepresentativeMissing);
        }
        ThrowIfAny(errors);

        var hashes = Signatures.Count == 0 ? freeze() : new SnapshotHashes(Signatures[0].ContentHash, Signatures[0].PdfHash);
        Signatures.Add(new AgreementSignature(party, signer.Name, signer.Function, userId, now, hashes.ContentHash, hashes.PdfHash));
        if (Signatures.Count == 1)
        {
            MoveTo(AgreementState.SignedByOneParty, now);
            return;
        }
        var signedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, AmsterdamTime.Zone).DateTime);
        EffectiveFrom = Contract.Date is { } contractDate && contractDate > signedOn ? contractDate : signedOn;
        MoveTo(AgreementState.SignedByBoth, now);
    }

    /// <summary>Either party records that the underlying contract ends (or ended); the agreement ends with it (art. 15.2).</summary>
    public void RecordEnd(PartyRole actor, DateOnly? endDate, string? reason, Actor who, DateTimeOffset now)
    {
        EnsureState(AgreementState.SignedByBoth);
        var errors = new ValidationErrors();
        if (endDate is null)
        {
            errors.Add("EndDate", ValidationCodes.Required);
        }
        var why = Text.Required(reason, "Reason", ContractEnd.ReasonMaxLength, errors);
        ThrowIfAny(errors);
        Ending = new ContractEnd(endDate!.Value, why, actor, who.UserId, who.Name, now);
        MoveTo(AgreementState.Terminating, now);
    }

    /// <summary>The processor confirms in writing, once the contract has ended, that the data was returned and/or destroyed, its sub-processors included (art. 12.3, 12.4).</summary>
    public void ConfirmDestruction(PartyRole actor, bool returned, bool destroyed, DateOnly? date, string? performedBy, bool subProcessorsConfirmed, string? remarks, Actor who, DateTimeOffset now)
    {
        EnsureState(AgreementState.Terminating);
        EnsureStepOf(actor, PartyRole.Processor);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, AmsterdamTime.Zone).DateTime);
        if (Ending!.EndDate > today)
        {
            throw new DomainRuleViolation("EndDate", AgreementCodes.ContractNotEnded);
        }
        var errors = new ValidationErrors();
        if (!returned && !destroyed)
        {
            errors.Add("Returned", AgreementCodes.NothingConfirmed);
        }
        if (date is null)
        {
            errors.Add("Date", ValidationCodes.Required);
        }
        else if (date > today)
        {
            errors.Add("Date", ValidationCodes.DateInFuture);
        }
        var by = Text.Required(performedBy, "PerformedBy", DestructionConfirmation.TextMaxLength, errors);
        if (!subProcessorsConfirmed)
        {
            errors.Add("SubProcessorsConfirmed", AgreementCodes.SubProcessorsNotConfirmed);
        }
        var note = Text.Optional(remarks, "Remarks", DestructionConfirmation.TextMaxLength, errors);
        ThrowIfAny(errors);
        Destruction = new DestructionConfirmation(returned, destroyed, date!.Value, by, true, note, who.UserId, who.Name, now);
        Version++;
    }

    /// <summary>The board acknowledges the processor's confirmation; the agreement closes.</summary>
    public void AcknowledgeDestruction(PartyRole actor, Actor who, DateTimeOffset now)
    {
        EnsureState(AgreementState.Terminating);
        EnsureStepOf(actor, PartyRole.Controller);
        if (Destruction is null)
        {
            throw new DomainRuleViolation(nameof(Destruction), AgreementCodes.NotConfirmed);
        }
        Acknowledgement = new DestructionAcknowledgement(who.UserId, who.Name, now);
        MoveTo(AgreementState.Closed, now);
    }

    /// <summary>
    /// A new draft between the same parties, prefilled from this agreement, on <paramref name="modelId"/>
    /// (the newest model for a renewal). When both sign it, it supersedes this one.
    /// </summary>
    public ProcessingAgreement StartSuccessor(PartyRole actor, string modelId, DateTimeOffset now)
    {
        EnsureState(AgreementState.SignedByBoth);
        var successor = StartDraft(modelId, BoardId, ProcessorId, actor, now, Contract, ProductIds);
        successor.BoardRepresentative = BoardRepresentative;
        successor.ProcessorRepresentative = ProcessorRepresentative;
        successor.CoversAllSchools = CoversAllSchools;
        successor.SchoolIds = [.. SchoolIds];
        successor.BoardContact = BoardContact;
        successor.BoardIncidentContact = BoardIncidentContact;
        successor.AnnexChoices = [.. AnnexChoices];
        successor.SupersedesId = Id;
        return successor;
    }

    /// <summary>The successor was signed by both: this agreement no longer applies.</summary>
    public void SupersedeBy(ProcessingAgreement successor, DateTimeOffset now)
    {
        if (successor.SupersedesId != Id || successor.State != AgreementState.SignedByBoth)
        {
            throw new DomainRuleViolation(nameof(SupersededById), AgreementCodes.WrongState);
        }
        EnsureState(AgreementState.SignedByBoth, AgreementState.Terminating);
        SupersededById = successor.Id;
        MoveTo(AgreementState.Superseded, now);
    }

    private void MoveTo(AgreementState state, DateTimeOffset now)
    {
        State = state;
        StateChangedAt = now;
        Version++;
    }

    private void EnsureState(params AgreementState[] allowed)
    {
        if (!allowed.Contains(State))
        {
            throw new DomainRuleViolation(nameof(State), AgreementCodes.WrongState);
        }
    }

    private static void EnsureStepOf(PartyRole actor, PartyRole party)
    {
        if (actor != party)
        {
            throw new DomainRuleViolation("Party", AgreementCodes.NotYourStep);
        }
    }

    private static void EnsureRole(bool hasRole, string code)
    {
        if (!hasRole)
        {
            throw new DomainRuleViolation("Role", code);
        }
    }

    private static string RequiredText(string? value, string field, int maxLength)
    {
        var errors = new ValidationErrors();
        var text = Text.Required(value, field, maxLength, errors);
        ThrowIfAny(errors);
        return text;
    }

    private static void ThrowIfAny(ValidationErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new DomainRuleViolation(errors);
        }
    }
}
