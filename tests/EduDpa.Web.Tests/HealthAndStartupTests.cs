using System.Net;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

public sealed class HealthAndStartupTests(SharedApps apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Liveness_and_readiness_answer_without_signing_in(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var client = WebSession.Anonymous(app);

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_database_is_migrated_on_start_with_nothing_left_to_apply(TestDatabase database)
    {
        var app = await apps.Get(database);

        var pending = await app.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().Database.GetPendingMigrationsAsync());

        Assert.Empty(pending);
    }

    [Fact]
    public void Each_provider_has_migrations_that_match_the_model()
    {
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(sqlite.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context SqliteEduDpaDbContext --output-dir Infrastructure/Data/Migrations/Sqlite");
        Assert.False(postgres.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add <Name> --context PostgresEduDpaDbContext --output-dir Infrastructure/Data/Migrations/Postgres");
        Assert.NotEmpty(sqlite.Database.GetMigrations());
        Assert.NotEmpty(postgres.Database.GetMigrations());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Demo_data_fills_an_empty_database_once_and_its_accounts_can_sign_in(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database, settings: new Dictionary<string, string?> { ["Seed:Demo"] = "true" });

        var (users, boards, suppliers) = await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            var all = db.Organisations.IgnoreQueryFilters();
            return (await db.Users.CountAsync(),
                await all.CountAsync(o => o.Kind == Domain.Organisations.OrganisationKind.SchoolBoard),
                await all.CountAsync(o => o.Kind != Domain.Organisations.OrganisationKind.SchoolBoard));
        });
        Assert.Equal(DemoData.Accounts.Select(a => a.Email).Distinct().Count(), users);
        Assert.Equal(2, boards);
        Assert.Equal(3, suppliers);

        var seededAgain = await app.InScopeAsync(services => ActivatorUtilities.CreateInstance<DemoData>(services).SeedIfEmptyAsync());
        Assert.False(seededAgain);

        foreach (var account in DemoData.Accounts.DistinctBy(a => a.Email))
        {
            using var session = await WebSession.SignInAsync(app, account.Email, DemoData.Password);
        }
    }

    [Fact]
    public async Task Outside_development_no_demo_data_is_seeded_unless_asked()
    {
        await using var app = await TestApp.StartAsync(TestDatabase.Sqlite, settings: new Dictionary<string, string?> { ["Seed:Demo"] = null });

        var users = await app.InScopeAsync(services => services.GetRequiredService<UserManager<Features.Account.User>>().Users.CountAsync());

        Assert.Equal(0, users);
    }
}
