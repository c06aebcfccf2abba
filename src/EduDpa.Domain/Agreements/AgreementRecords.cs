namespace EduDpa.Domain.Agreements;

/// <summary>Who acted, as the agreement records it: the user and the name shown to the other party.</summary>
public sealed record Actor(Guid UserId, string Name);

/// <summary>The board's reviewer approved the agreement for signing.</summary>
public sealed record ReviewApproval(Guid UserId, string Name, DateTimeOffset At);

/// <summary>
/// One party's signature: who signed (name and function as they stand under the agreement), the user, when,
/// and the hashes of the snapshot they signed. Both signatures carry the same hashes.
/// </summary>
public sealed record AgreementSignature(PartyRole Party, string Name, string Function, Guid UserId, DateTimeOffset SignedAt, string ContentHash, string PdfHash);

/// <summary>The SHA-256 (lower-case hex) of the frozen snapshot's canonical JSON and of its rendered PDF.</summary>
public sealed record SnapshotHashes(string ContentHash, string PdfHash);

/// <summary>The end of the underlying contract (art. 15.2), recorded by either party.</summary>
public sealed record ContractEnd(DateOnly EndDate, string Reason, PartyRole RecordedBy, Guid UserId, string UserName, DateTimeOffset RecordedAt)
{
    public const int ReasonMaxLength = 2000;
}

/// <summary>
/// The processor's written confirmation (art. 12.3, 12.4) that the personal data was returned and/or destroyed,
/// by whom and when, and that every sub-processor did the same.
/// </summary>
public sealed record DestructionConfirmation(
    bool Returned, bool Destroyed, DateOnly Date, string PerformedBy, bool SubProcessorsConfirmed, string? Remarks,
    Guid UserId, string UserName, DateTimeOffset ConfirmedAt)
{
    public const int TextMaxLength = 2000;
}

/// <summary>The board acknowledged the confirmation; the agreement is closed.</summary>
public sealed record DestructionAcknowledgement(Guid UserId, string Name, DateTimeOffset At);
