using EduDpa.Testing;

namespace EduDpa.Browser.Tests;

/// <summary>
/// EduDpa with its demo data on a SQLite file of its own, listening on a free loopback port for the browser:
/// one per test class, started when its first test needs it (so a run without Chromium starts nothing).
/// Without an SMTP host mail goes to the development mail folder, so the platform menu shows "Ontwikkelmail" too.
/// </summary>
public sealed class DemoApp : IAsyncDisposable
{
    private readonly Lazy<Task<TestApp>> _app = new(() => TestApp.StartAsync(TestDatabase.Sqlite, kestrel: true, settings: new Dictionary<string, string?>
    {
        ["Seed:Demo"] = "true",
        ["Smtp:Host"] = "",
    }));

    public Task<TestApp> GetAsync() => _app.Value;

    public async ValueTask DisposeAsync()
    {
        if (_app.IsValueCreated)
        {
            await (await _app.Value).DisposeAsync();
        }
    }
}
