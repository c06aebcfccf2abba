using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Infrastructure.Data;

/// <summary>Migrates the database on start (or with the <c>migrate</c> command) and fills an empty one with demo data.</summary>
public static class DatabaseStartup
{
    public static async Task MigrateAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EduDpaDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // Readers never wait for the writer; the setting is kept in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
    }

    /// <summary>
    /// Runs before the app serves requests. <c>Database:MigrateOnStart</c> (default true) and
    /// <c>Seed:Demo</c> (default: on in Development, off elsewhere) switch the two steps.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (Flag(app.Configuration, "Database:MigrateOnStart", true))
        {
            await app.MigrateAsync();
        }
        if (Flag(app.Configuration, "Seed:Demo", app.Environment.IsDevelopment()))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var seeder = ActivatorUtilities.CreateInstance<DemoData>(scope.ServiceProvider);
            var seeded = await seeder.SeedIfEmptyAsync();
            if (seeded)
            {
                app.Logger.LogInformation("Filled the empty database with demo data; demo accounts are listed in the README.");
            }
        }
    }

    /// <summary>A true/false setting; left empty it takes its default, anything else but true/false stops the start with a clear message.</summary>
    private static bool Flag(IConfiguration configuration, string key, bool defaultValue) => configuration[key] switch
    {
        null or "" => defaultValue,
        var text when bool.TryParse(text, out var value) => value,
        var text => throw new InvalidOperationException($"Setting {key} must be true or false, not '{text}'."),
    };
}
