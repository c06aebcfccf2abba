using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace EduDpa.Testing;

/// <summary>
/// EduDpa hosted for a test through its real pipeline: on a SQLite file of its own or a PostgreSQL
/// database of its own, with a fake clock (<see cref="Clock"/>) and a real SMTP listener (<see cref="Mail"/>).
/// With <c>kestrel: true</c> it listens on a free loopback port, for the browser.
/// </summary>
public sealed class TestApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("edudpa-test-").FullName;
    private readonly Dictionary<string, string?> _settings;
    private string? _postgresDatabase;

    private TestApp(TestDatabase database, IDictionary<string, string?>? settings)
    {
        Database = database;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
    }

    public TestDatabase Database { get; }
    public FakeTimeProvider Clock { get; } = new(Start);
    public SmtpListener Mail { get; } = new();

    /// <summary>The root address when hosted on Kestrel (e.g. http://127.0.0.1:41234).</summary>
    public Uri? Address { get; private set; }

    /// <summary>
    /// Starts an app on <paramref name="database"/>. Settings override configuration, e.g.
    /// <c>["Seed:Demo"] = "true"</c> or <c>["Smtp:Host"] = ""</c> for the development mail folder.
    /// </summary>
    public static async Task<TestApp> StartAsync(TestDatabase database, bool kestrel = false, IDictionary<string, string?>? settings = null)
    {
        var app = new TestApp(database, settings);
        if (database == TestDatabase.Postgres)
        {
            await app.CreatePostgresDatabaseAsync();
        }
        if (kestrel)
        {
            app.UseKestrel(0);
            app.StartServer();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            app.Address = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        }
        else
        {
            _ = app.Server;
        }
        return app;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Test");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = _dataDirectory,
            ["Seed:Demo"] = "false",
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Mail:SendInBackground"] = "false",
            ["App:PublicUrl"] = "http://localhost",
            ["Logging:LogLevel:Default"] = "Warning",
            // EF logs the missing history table of a brand-new database as a failed command; that is expected here.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
        };
        if (Database == TestDatabase.Postgres)
        {
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:EduDpa"] = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresConnectionString) { Database = _postgresDatabase }.ConnectionString;
        }
        else
        {
            settings["Database:Provider"] = "Sqlite";
            settings["ConnectionStrings:EduDpa"] = $"Data Source={Path.Combine(_dataDirectory, "edudpa.db")}";
        }
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }
        // A null value leaves the setting out, so the application's own default applies.
        foreach (var (key, value) in settings.Where(s => s.Value is not null))
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>Runs <paramref name="work"/> in a service scope acting as the system (no user), as seeding does.</summary>
    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().ActAsSystem();
        return await work(scope.ServiceProvider);
    }

    public Task InScopeAsync(Func<IServiceProvider, Task> work) => InScopeAsync(async services =>
    {
        await work(services);
        return true;
    });

    private async Task CreatePostgresDatabaseAsync()
    {
        var admin = TestEnvironment.PostgresConnectionString ?? throw new InvalidOperationException(TestEnvironment.NoPostgres);
        _postgresDatabase = $"edudpa_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_postgresDatabase}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(TestEnvironment.PostgresConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS.
        }
    }
}
