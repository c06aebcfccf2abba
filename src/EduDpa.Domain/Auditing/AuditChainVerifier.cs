namespace EduDpa.Domain.Auditing;

public enum AuditChainProblem
{
    /// <summary>The entry's content no longer matches its hash: it was altered.</summary>
    ContentAltered = 1,

    /// <summary>The entry does not point to the hash of the entry before it.</summary>
    LinkBroken = 2,

    /// <summary>A sequence number is missing: an entry was removed.</summary>
    EntryMissing = 3,
}

public sealed record AuditChainVerification(bool Intact, long EntriesChecked, long? FirstBrokenSequence, AuditChainProblem? Problem);

/// <summary>
/// Walks the trail in sequence order and stops at the first entry that does not fit. Feed it
/// entries one at a time (<see cref="Check"/>) so that a long trail never sits in memory.
/// </summary>
public sealed class AuditChainVerifier
{
    private long _checked;
    private long _expectedSequence = 1;
    private string _expectedPreviousHash = AuditEntry.GenesisHash;

    public AuditChainVerification? Failure { get; private set; }

    /// <summary>Checks the next entry; returns false once the chain is broken.</summary>
    public bool Check(AuditEntry entry)
    {
        if (Failure is not null)
        {
            return false;
        }
        _checked++;
        var problem = entry.Sequence != _expectedSequence ? AuditChainProblem.EntryMissing
            : entry.PreviousHash != _expectedPreviousHash ? AuditChainProblem.LinkBroken
            : entry.ComputeHash() != entry.Hash ? AuditChainProblem.ContentAltered
            : (AuditChainProblem?)null;
        if (problem is not null)
        {
            Failure = new AuditChainVerification(false, _checked, Math.Min(entry.Sequence, _expectedSequence), problem);
            return false;
        }
        _expectedSequence++;
        _expectedPreviousHash = entry.Hash;
        return true;
    }

    public AuditChainVerification Result => Failure ?? new AuditChainVerification(true, _checked, null, null);

    public static AuditChainVerification Verify(IEnumerable<AuditEntry> entries)
    {
        var verifier = new AuditChainVerifier();
        foreach (var entry in entries)
        {
            if (!verifier.Check(entry))
            {
                break;
            }
        }
        return verifier.Result;
    }
}
