using System.Net;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

public sealed class AuditTrailTests(SharedApps apps)
{
    private static async Task<JsonElement[]> EntriesAsync(WebSession admin, string entity, Guid id) =>
        [.. (await (await admin.GetAsync($"/api/audit?entity={entity}&entityId={id}")).ReadAsync<JsonElement>()).EnumerateArray()];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_change_is_recorded_with_who_when_and_the_changed_fields_old_and_new(TestDatabase database)
    {
        var app = await apps.Get(database);
        var admin = await app.PlatformAdminAsync();
        using var session = await WebSession.SignInAsync(app, admin.Email!);
        var created = await (await session.Client.PostJsonAsync("/api/organisations", new
        {
            kind = "Supplier", name = "Audit B.V.", kvkNumber = Unique.Kvk(), street = "Spoorstraat 1", postcode = "1234 AB", city = "Oud",
        })).ReadAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();

        await session.Client.PutJsonAsync($"/api/organisations/{id}", new
        {
            kind = "Supplier", name = "Audit B.V.", kvkNumber = created.GetProperty("kvkNumber").GetString(), street = "Spoorstraat 1", postcode = "1234 AB", city = "Nieuw", version = 1,
        });

        var entries = await EntriesAsync(session, "Organisation", id);
        Assert.Equal(["Update", "Insert"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(admin.Email, e.GetProperty("userName").GetString()));
        Assert.All(entries, e => Assert.Equal(admin.Id, e.GetProperty("userId").GetGuid()));
        Assert.All(entries, e => Assert.Equal(id, e.GetProperty("organisationId").GetGuid()));
        Assert.Equal(app.Clock.GetUtcNow(), entries[0].GetProperty("at").GetDateTimeOffset());

        var changes = JsonDocument.Parse(entries[0].GetProperty("changes").GetString()!).RootElement;
        Assert.Equal("Oud", changes.GetProperty("Address.City").GetProperty("Old").GetString());
        Assert.Equal("Nieuw", changes.GetProperty("Address.City").GetProperty("New").GetString());
        Assert.Equal("1", changes.GetProperty("Version").GetProperty("Old").GetString());
        Assert.False(changes.TryGetProperty("Name", out _));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Secrets_are_recorded_as_changed_never_by_value(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var user = await app.UserAsync();

        var entries = await EntriesAsync(admin, "User", user.Id);

        var changes = entries.Single().GetProperty("changes").GetString()!;
        Assert.Contains("\"PasswordHash\":{\"Old\":null,\"New\":\"[secret]\"}", changes, StringComparison.Ordinal);
        Assert.DoesNotContain(user.PasswordHash!, changes, StringComparison.Ordinal);
        Assert.DoesNotContain("SecurityStamp", changes, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_refused_save_leaves_no_line_in_the_trail(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var supplier = await app.SupplierAsync();
        var body = new { kind = "Supplier", name = "x", kvkNumber = supplier.KvkNumber.Value, street = "a", postcode = "1234 AB", city = "b", version = 7 };

        Assert.Equal(HttpStatusCode.Conflict, (await admin.Client.PutJsonAsync($"/api/organisations/{supplier.Id}", body)).StatusCode);

        Assert.Equal(["Insert"], (await EntriesAsync(admin, "Organisation", supplier.Id)).Select(e => e.GetProperty("action").GetString()));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_a_platform_administrator_reads_or_verifies_the_trail(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var boardAdmin = await app.SignInMemberAsync(board, OrganisationRoles.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await boardAdmin.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await boardAdmin.GetAsync("/api/audit/verify")).StatusCode);
    }

    /// <summary>Tampering is done with SQL straight on the database, as someone bypassing the application would.</summary>
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Verification_reports_an_altered_or_removed_row(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var supplier = await app.SupplierAsync();
        await app.SchoolBoardAsync();

        var intact = await (await admin.GetAsync("/api/audit/verify")).ReadAsync<JsonElement>();
        Assert.True(intact.GetProperty("intact").GetBoolean());
        var count = intact.GetProperty("entriesChecked").GetInt64();
        Assert.True(count >= 4);
        var page = await admin.SubmitAsync("/audit", "form[hx-get]");
        Assert.Contains($"De keten is intact: {count} regels gecontroleerd.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var target = await app.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().AuditEntries
            .Where(e => e.Entity == "Organisation" && e.EntityId == supplier.Id.ToString()).Select(e => e.Sequence).SingleAsync());
        await ExecuteAsync(app, $"UPDATE \"AuditEntries\" SET \"Changes\" = 'tampered' WHERE \"Sequence\" = {target}");

        var altered = await (await admin.GetAsync("/api/audit/verify")).ReadAsync<JsonElement>();
        Assert.False(altered.GetProperty("intact").GetBoolean());
        Assert.Equal(target, altered.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal("ContentAltered", altered.GetProperty("problem").GetString());

        await ExecuteAsync(app, $"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = {target}");

        var removed = await (await admin.GetAsync("/api/audit/verify")).ReadAsync<JsonElement>();
        Assert.Equal(target, removed.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Equal("EntryMissing", removed.GetProperty("problem").GetString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Concurrent_saves_keep_one_unbroken_chain(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database);
        using var admin = await app.SignInPlatformAdminAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => app.SupplierAsync()));

        var result = await (await admin.GetAsync("/api/audit/verify")).ReadAsync<JsonElement>();
        Assert.True(result.GetProperty("intact").GetBoolean(), result.ToString());
    }

    private static Task<int> ExecuteAsync(TestApp app, string sql) =>
        app.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().Database.ExecuteSqlRawAsync(sql));
}
