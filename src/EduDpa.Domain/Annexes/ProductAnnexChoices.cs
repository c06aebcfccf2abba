namespace EduDpa.Domain.Annexes;

/// <summary>
/// What a board decides about one product's annexes in its agreement: each optional service (D2), consent to
/// each transfer (G) and the retention periods (F2). A decision holds for the item as it was when decided
/// (<see cref="AnnexJson.Fingerprint{T}"/>): when the supplier publishes a version that changes the item, the
/// board decides again.
/// </summary>
public sealed record ProductAnnexChoices(Guid ProductId, IReadOnlyList<ServiceDecision> OptionalServices, IReadOnlyList<TransferConsent> Transfers, RetentionChoice? Retention)
{
    public static ProductAnnexChoices None(Guid productId) => new(productId, [], [], null);

    public ServiceDecision? DecisionFor(Service service)
    {
        var fingerprint = AnnexJson.Fingerprint(service);
        return OptionalServices.FirstOrDefault(d => d.ServiceId == service.Id && d.Fingerprint == fingerprint);
    }

    public TransferConsent? ConsentFor(Transfer transfer)
    {
        var fingerprint = AnnexJson.Fingerprint(transfer);
        return Transfers.FirstOrDefault(c => c.TransferId == transfer.Id && c.Fingerprint == fingerprint);
    }

    /// <summary>The periods the board set, or the supplier's proposal when the board adopted it and it is unchanged.</summary>
    public string? RetentionFor(PrivacyAnnex annex) => Retention switch
    {
        { AdoptsProposal: true } r when r.ProposalFingerprint == AnnexJson.Fingerprint(annex.Retention) => annex.Retention,
        { AdoptsProposal: false, Periods: { } periods } => periods,
        _ => null,
    };
}

public sealed record ServiceDecision(string ServiceId, string Fingerprint, bool Accepted, DateTimeOffset DecidedAt);

public sealed record TransferConsent(string TransferId, string Fingerprint, bool Consented, DateTimeOffset DecidedAt);

/// <summary>F2: the board adopts the supplier's proposal (as it read it), or sets its own periods.</summary>
public sealed record RetentionChoice(bool AdoptsProposal, string? Periods, string? ProposalFingerprint);
