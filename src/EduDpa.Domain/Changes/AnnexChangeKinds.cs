namespace EduDpa.Domain.Changes;

/// <summary>How a change to a product's annex after signing reaches the agreements that cover the product.</summary>
public enum AnnexChangeKind
{
    /// <summary>Art. 11.2: an intended change to the sub-processors; the board may object within six weeks, silence applies it.</summary>
    SubProcessors = 1,

    /// <summary>Art. 14.3: adds data, purposes, services, sub-processors or transfers, or weakens security; applies only once the board accepts.</summary>
    Significant = 2,

    /// <summary>Anything else (a correction, a removal, a clarification): applies at once; the board is informed.</summary>
    Minor = 3,
}

/// <summary>Where one agreement's notice of a change stands.</summary>
public enum NoticeState
{
    /// <summary>Waiting for the board (for art. 11.2: until the objection period ends, after which silence applies it).</summary>
    Open = 1,

    /// <summary>The board accepted; the new version applies.</summary>
    Accepted = 2,

    /// <summary>The board objected (art. 11.2) or did not accept (art. 14.3): the parties consult.</summary>
    InConsultation = 3,

    /// <summary>The supplier withdrew the change for this board: the agreement keeps its version.</summary>
    Withdrawn = 4,

    /// <summary>The consultation ended with an outcome (applied, not applied, or the agreement ends).</summary>
    Resolved = 5,

    /// <summary>A minor change: applied at once, the board informed.</summary>
    Informed = 6,
}

/// <summary>How a consultation after an objection ended.</summary>
public enum ConsultationOutcomeKind
{
    /// <summary>The parties agreed: the new version applies to this agreement.</summary>
    Applied = 1,

    /// <summary>The supplier keeps the old arrangement for this board: the new version does not apply.</summary>
    NotApplied = 2,

    /// <summary>The parties end the agreement (with the underlying contract).</summary>
    Terminated = 3,
}

/// <summary>What a sub-processor change does to section H.</summary>
public enum SubProcessorAction
{
    Add = 1,
    Replace = 2,
    Remove = 3,
}

/// <summary>What can be wrong with a change or a reaction to it, in the spirit of <see cref="Common.ValidationCodes"/>.</summary>
public static class ChangeCodes
{
    public const string NoPublishedAnnex = "no-published-annex";
    public const string PublishedMeanwhile = "published-meanwhile";
    public const string UnknownSubProcessor = "unknown-sub-processor";
    public const string SubProcessorExists = "sub-processor-exists";
    public const string NotInSectionF = "not-in-section-f";
    public const string TransferNeeded = "transfer-needed";
    public const string TooSoon = "intended-date-too-soon";
    public const string ExplanationRequired = "explanation-required";
    public const string BoardReacts = "board-reacts";
    public const string SupplierWithdraws = "supplier-withdraws";
    public const string NoticeClosed = "notice-closed";
    public const string NotInConsultation = "not-in-consultation";
}
