using System.Net;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Testing;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

public sealed class AccessTokenTests(SharedApps apps)
{
    private static async Task<(Guid Id, string Secret)> CreateTokenAsync(WebSession session, Guid organisationId, int? validForDays = 90)
    {
        var response = await session.Client.PostJsonAsync("/api/tokens", new { name = "koppeling", organisationId, validForDays });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadAsync<JsonElement>();
        return (body.GetProperty("token").GetProperty("id").GetGuid(), body.GetProperty("secret").GetString()!);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_token_acts_as_its_owner_in_the_one_organisation_it_is_bound_to(TestDatabase database)
    {
        var app = await apps.Get(database);
        var supplier = await app.SupplierAsync();
        var otherSupplier = await app.SupplierAsync();
        var person = await app.PersonInAsync(supplier, OrganisationRoles.Editor);
        await app.MemberAsync(person, otherSupplier, OrganisationRoles.Editor);
        await app.ProductAsync(otherSupplier, "Product van de andere leverancier");
        using var session = await WebSession.SignInAsync(app, person.Email!);
        var (_, secret) = await CreateTokenAsync(session, supplier.Id);

        using var api = WebSession.Api(app, secret);
        var me = await (await api.GetAsync(new Uri("/api/me", UriKind.Relative))).ReadAsync<AccountFeature.MeResponse>();
        var created = await api.PostJsonAsync("/api/products", new { name = "Via de API" });
        var products = await (await api.GetAsync(new Uri("/api/products", UriKind.Relative))).ReadAsync<JsonElement>();

        Assert.True(me.ViaAccessToken);
        Assert.Equal(supplier.Id, me.CurrentOrganisationId);
        Assert.Equal([supplier.Id], me.Organisations.Select(o => o.Id));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(["Via de API"], products.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_secret_is_shown_once_and_only_its_hash_is_stored(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var session = await app.SignInMemberAsync(board, OrganisationRoles.Viewer);

        var created = await session.SubmitAsync("/account/tokens", "form.utrecht-form", f => f.Set("Input.Name", "rapportage"));
        var secret = (await WebSession.ParseAsync(created)).GetElementById("new-token")!.TextContent;
        var later = await session.PageAsync("/account/tokens");

        Assert.StartsWith("edudpa_", secret, StringComparison.Ordinal);
        Assert.Null(later.GetElementById("new-token"));
        Assert.DoesNotContain(secret, later.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await (await session.GetAsync("/api/tokens")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await app.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().AccessTokens.IgnoreQueryFilters().Select(t => t.TokenHash).ToListAsync());
        Assert.DoesNotContain(secret, stored);
        Assert.Contains(Infrastructure.Security.Secrets.Hash(secret), stored);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_revoked_unknown_or_malformed_token_answers_401(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var session = await app.SignInMemberAsync(board, OrganisationRoles.Viewer);
        var (id, secret) = await CreateTokenAsync(session, board.Id);
        using var api = WebSession.Api(app, secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await session.Client.DeleteAsync(new Uri($"/api/tokens/{id}", UriKind.Relative))).StatusCode);

        var revoked = await api.GetAsync(new Uri("/api/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Equal("Bearer", revoked.Headers.WwwAuthenticate.Single().Scheme);
        using var unknown = WebSession.Api(app, "edudpa_" + new string('x', 43));
        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
        using var malformed = WebSession.Api(app, "zomaar iets");
        Assert.Equal(HttpStatusCode.Unauthorized, (await malformed.GetAsync(new Uri("/api/organisations", UriKind.Relative))).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_token_cannot_manage_tokens_nor_be_bound_to_someone_elses_organisation(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        var stranger = await app.SchoolBoardAsync();
        using var session = await app.SignInMemberAsync(board, OrganisationRoles.Admin);
        var (_, secret) = await CreateTokenAsync(session, board.Id);
        using var api = WebSession.Api(app, secret);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostJsonAsync("/api/tokens", new { name = "meer", organisationId = board.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync(new Uri("/api/tokens", UriKind.Relative))).StatusCode);
        var elsewhere = await session.Client.PostJsonAsync("/api/tokens", new { name = "elders", organisationId = stranger.Id });
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.True((await elsewhere.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("organisationId", out _));
    }

    [Fact]
    public async Task A_token_stops_working_when_it_expires_and_records_when_it_was_last_used()
    {
        await using var app = await TestApp.StartAsync(TestDatabase.Sqlite);
        var board = await app.SchoolBoardAsync();
        using var session = await app.SignInMemberAsync(board, OrganisationRoles.Viewer);
        var (id, secret) = await CreateTokenAsync(session, board.Id, validForDays: 30);
        using var api = WebSession.Api(app, secret);

        app.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
        var lastUsed = await app.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().AccessTokens.IgnoreQueryFilters().Where(t => t.Id == id).Select(t => t.LastUsedAt).SingleAsync());
        Assert.Equal(app.Clock.GetUtcNow(), lastUsed);

        app.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_token_loses_its_power_when_its_owner_leaves_the_organisation(TestDatabase database)
    {
        var app = await apps.Get(database);
        var supplier = await app.SupplierAsync();
        using var admin = await app.SignInMemberAsync(supplier, OrganisationRoles.Admin);
        var editor = await app.PersonInAsync(supplier, OrganisationRoles.Editor);
        using var editorSession = await WebSession.SignInAsync(app, editor.Email!);
        var (_, secret) = await CreateTokenAsync(editorSession, supplier.Id);
        using var api = WebSession.Api(app, secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/products", UriKind.Relative))).StatusCode);

        var membership = (await (await admin.GetAsync("/api/members")).ReadAsync<JsonElement>()).EnumerateArray().Single(m => m.GetProperty("email").GetString() == editor.Email);
        await admin.Client.DeleteAsync(new Uri($"/api/members/{membership.GetProperty("id").GetGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync(new Uri("/api/products", UriKind.Relative))).StatusCode);
    }
}
