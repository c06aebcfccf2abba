using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Infrastructure.Auditing;

/// <summary>
/// Serialises appends to the audit chain so two saves never both extend the same head. Within one
/// process a semaphore per database does it; across application instances on PostgreSQL a
/// transaction-scoped advisory lock does, released when the saving transaction ends.
/// </summary>
public sealed class AuditChainLock
{
    // Arbitrary constant: the advisory-lock key that stands for "the audit chain head".
    private const long PostgresLockKey = 0x45_44_55_44_50_41; // "EDUDPA"

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Local = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> AcquireAsync(DbContext db, CancellationToken cancellationToken)
    {
        var semaphore = Local.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1));
        await semaphore.WaitAsync(cancellationToken);
        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
            }
        }
        catch
        {
            semaphore.Release();
            throw;
        }
        return new Releaser(semaphore);
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            semaphore.Release();
            return ValueTask.CompletedTask;
        }
    }
}
