using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>Recognises a unique-index violation on either provider: two saves that raced past the duplicate check.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>
    /// A save that lost a race with another instance writing the same unique keys: a unique violation, or (PostgreSQL) the
    /// deadlock two multi-row inserts of the same keys in a different order run into, where one of them is rolled back.
    /// </summary>
    public static bool IsRace(Exception exception) =>
        (exception is DbUpdateException update && Is(update))
        || Chain(exception).OfType<PostgresException>().Any(p => p.SqlState == PostgresErrorCodes.DeadlockDetected);

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
