namespace EduDpa.Domain.Agreements;

/// <summary>
/// Where an agreement is in its life. Drafting is where the parties fill in their details and negotiate
/// Bijlage 3; the processor offers it, the board's reviewer approves it, both signatories sign it, and at the
/// end of the underlying contract the data is returned or destroyed and the agreement closes.
/// </summary>
public enum AgreementState
{
    Draft = 1,

    /// <summary>The processor offered it; waiting for the board's reviewer.</summary>
    Offered = 2,

    /// <summary>The board's reviewer is reviewing it.</summary>
    InReview = 3,

    /// <summary>The board's reviewer approved it: the signatories may sign.</summary>
    Approved = 4,

    /// <summary>One party signed the frozen snapshot; waiting for the other.</summary>
    SignedByOneParty = 5,

    /// <summary>Both signed; in force from <see cref="ProcessingAgreement.EffectiveFrom"/> (shown as <see cref="Active"/> from then).</summary>
    SignedByBoth = 6,

    /// <summary>Not stored: a signed agreement from its effective date.</summary>
    Active = 7,

    /// <summary>The end of the underlying contract is recorded; in force until that date.</summary>
    Terminating = 8,

    /// <summary>Not stored: terminating, the contract has ended, the data is to be returned or destroyed.</summary>
    AwaitingReturn = 9,

    Closed = 10,

    /// <summary>The board declined the offer, with a reason.</summary>
    Declined = 11,

    /// <summary>The processor withdrew it before it was signed.</summary>
    Withdrawn = 12,

    /// <summary>A newer agreement between the same parties was signed in its place.</summary>
    Superseded = 13,
}

public static class AgreementStates
{
    /// <summary>Waiting for a signature or a review: still changing hands, nothing in force yet.</summary>
    public static readonly AgreementState[] BeforeSigning =
        [AgreementState.Draft, AgreementState.Offered, AgreementState.InReview, AgreementState.Approved];

    /// <summary>States after which nothing happens any more.</summary>
    public static readonly AgreementState[] Ended =
        [AgreementState.Closed, AgreementState.Declined, AgreementState.Withdrawn, AgreementState.Superseded];

    public static bool IsSigned(this AgreementState state) =>
        state is AgreementState.SignedByBoth or AgreementState.Active or AgreementState.Terminating or AgreementState.AwaitingReturn
            or AgreementState.Closed or AgreementState.Superseded;
}
