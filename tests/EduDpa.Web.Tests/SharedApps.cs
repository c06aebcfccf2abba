using System.Collections.Concurrent;
using EduDpa.Testing;

[assembly: AssemblyFixture(typeof(EduDpa.Web.Tests.SharedApps))]

namespace EduDpa.Web.Tests;

/// <summary>
/// One running app per database for the whole test run; tests make their own organisations and people
/// (unique KvK numbers, addresses) so they never see each other's data. Tests that move the clock start
/// an app of their own with <see cref="TestApp.StartAsync"/>.
/// </summary>
public sealed class SharedApps : IAsyncDisposable
{
    private readonly ConcurrentDictionary<TestDatabase, Lazy<Task<TestApp>>> _apps = new();

    public Task<TestApp> Get(TestDatabase database) =>
        _apps.GetOrAdd(database, d => new Lazy<Task<TestApp>>(() => TestApp.StartAsync(d))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values.Where(a => a.IsValueCreated))
        {
            await (await app.Value).DisposeAsync();
        }
    }
}

/// <summary>Theory data: every integration test runs on SQLite, and on PostgreSQL when the machine has it.</summary>
public static class Databases
{
    public static IEnumerable<TheoryDataRow<TestDatabase>> Both =>
    [
        new(TestDatabase.Sqlite),
        new(TestDatabase.Postgres) { Skip = TestEnvironment.PostgresConnectionString is null ? TestEnvironment.NoPostgres : null },
    ];
}
