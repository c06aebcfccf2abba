using EduDpa.Domain.Auditing;

namespace EduDpa.Domain.Tests;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < length; i++)
        {
            var previous = entries.Count == 0 ? ((long, string)?)null : (entries[^1].Sequence, entries[^1].Hash);
            entries.Add(AuditEntry.Append(previous, Now.AddSeconds(i), Guid.NewGuid(), "iemand@school.example", Guid.NewGuid(),
                "Organisation", Guid.NewGuid().ToString(), AuditAction.Update, $$$"""{"Name":{"Old":"A{{{i}}}","New":"B{{{i}}}"}}"""));
        }
        return entries;
    }

    /// <summary>What someone with write access to the database could do to a row.</summary>
    private static void Tamper(AuditEntry entry, string property, object value) =>
        typeof(AuditEntry).GetProperty(property)!.SetValue(entry, value);

    [Fact]
    public void A_chain_links_each_entry_to_the_previous_one()
    {
        var chain = Chain(3);

        Assert.Equal(AuditEntry.GenesisHash, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal([1L, 2L, 3L], chain.Select(e => e.Sequence));
        Assert.Equal(new AuditChainVerification(true, 3, null, null), AuditChainVerifier.Verify(chain));
    }

    [Fact]
    public void An_empty_trail_is_intact() =>
        Assert.True(AuditChainVerifier.Verify([]).Intact);

    [Theory]
    [InlineData(nameof(AuditEntry.Changes), """{"Name":{"Old":"A1","New":"X"}}""")]
    [InlineData(nameof(AuditEntry.UserName), "iemand-anders@school.example")]
    [InlineData(nameof(AuditEntry.EntityId), "other")]
    public void Altering_any_field_of_an_entry_is_found_at_that_entry(string property, string value)
    {
        var chain = Chain(4);
        Tamper(chain[1], property, value);

        Assert.Equal(new AuditChainVerification(false, 2, 2, AuditChainProblem.ContentAltered), AuditChainVerifier.Verify(chain));
    }

    [Fact]
    public void Altering_the_time_of_an_entry_is_found()
    {
        var chain = Chain(2);
        Tamper(chain[0], nameof(AuditEntry.At), Now.AddDays(-1));

        Assert.Equal(AuditChainProblem.ContentAltered, AuditChainVerifier.Verify(chain).Problem);
    }

    [Fact]
    public void Rewriting_an_entry_with_a_fresh_hash_breaks_the_link_of_the_next()
    {
        var chain = Chain(3);
        Tamper(chain[1], nameof(AuditEntry.Changes), "{}");
        Tamper(chain[1], nameof(AuditEntry.Hash), chain[1].ComputeHash());

        Assert.Equal(new AuditChainVerification(false, 3, 3, AuditChainProblem.LinkBroken), AuditChainVerifier.Verify(chain));
    }

    [Fact]
    public void Removing_an_entry_is_found_where_it_is_missing()
    {
        var chain = Chain(4);
        chain.RemoveAt(2);

        Assert.Equal(new AuditChainVerification(false, 3, 3, AuditChainProblem.EntryMissing), AuditChainVerifier.Verify(chain));
    }

    [Fact]
    public void The_time_is_kept_to_the_microsecond_so_that_a_database_read_hashes_the_same()
    {
        var entry = AuditEntry.Append(null, new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567), null, null, null, "E", "1", AuditAction.Insert, "{}");

        Assert.Equal(1_234_560, entry.At.Ticks % TimeSpan.TicksPerSecond);
        Assert.Equal(entry.Hash, entry.ComputeHash());
    }

    [Fact]
    public void Fields_cannot_be_shifted_into_one_another_without_changing_the_hash()
    {
        var a = AuditEntry.Append(null, Now, null, "ab", null, "c", "1", AuditAction.Insert, "{}");
        var b = AuditEntry.Append(null, Now, null, "a", null, "bc", "1", AuditAction.Insert, "{}");

        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Entries_expose_no_public_setters()
    {
        var setters = typeof(AuditEntry).GetProperties().Where(p => p.SetMethod?.IsPublic == true);
        Assert.Empty(setters);
    }
}
