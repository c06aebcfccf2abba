namespace EduDpa.Domain.Agreements;

public enum PendingActionKind
{
    /// <summary>Processor: the board asked for an agreement; complete it and offer it.</summary>
    OfferRequested = 1,

    /// <summary>Board: an offer waits for the reviewer.</summary>
    Review = 2,

    /// <summary>The party's signatory signs.</summary>
    Sign = 3,

    /// <summary>Processor: return or destroy the data and confirm it in writing (art. 12).</summary>
    ConfirmDestruction = 4,

    /// <summary>Board: the processor's confirmation is due (the board follows it, and chases it when overdue).</summary>
    AwaitDestruction = 5,

    /// <summary>Board: acknowledge the processor's confirmation to close the agreement.</summary>
    AcknowledgeDestruction = 6,
}

/// <summary>What a party has to do next on an agreement, with the deadline where there is one.</summary>
public sealed record PendingAction(Guid AgreementId, PendingActionKind Kind, DateOnly? DueOn, bool Overdue)
{
    public static PendingAction? For(ProcessingAgreement agreement, PartyRole party, DateOnly today)
    {
        PendingAction Action(PendingActionKind kind, DateOnly? due = null) => new(agreement.Id, kind, due, due < today);
        var controller = party == PartyRole.Controller;
        return agreement.State switch
        {
            AgreementState.Draft when !controller && agreement.InitiatedBy == PartyRole.Controller => Action(PendingActionKind.OfferRequested),
            AgreementState.Offered or AgreementState.InReview when controller => Action(PendingActionKind.Review),
            AgreementState.Approved when controller => Action(PendingActionKind.Sign),
            AgreementState.SignedByOneParty when agreement.SignatureOf(party) is null => Action(PendingActionKind.Sign),
            AgreementState.Terminating when agreement.Destruction is not null => controller ? Action(PendingActionKind.AcknowledgeDestruction) : null,
            AgreementState.Terminating => Action(controller ? PendingActionKind.AwaitDestruction : PendingActionKind.ConfirmDestruction, agreement.ReturnDeadline),
            _ => null,
        };
    }
}
