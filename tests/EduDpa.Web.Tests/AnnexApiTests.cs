using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

/// <summary>A supplier's annexes through the API: drafts, the check, publishing, versions, import and export.</summary>
public sealed class AnnexApiTests(SharedApps apps)
{
    internal sealed record Supplier(TestApp App, Organisation Organisation, Guid ProductId, WebSession Editor) : IDisposable
    {
        public static async Task<Supplier> CreateAsync(TestApp app)
        {
            var supplier = await app.SupplierAsync();
            var product = await app.ProductAsync(supplier, "Rekenmethode");
            return new Supplier(app, supplier, product.Id, await app.SignInMemberAsync(supplier, OrganisationRoles.Editor));
        }

        public string Url(string kind = "privacy", string rest = "") => $"/api/products/{ProductId}/annexes/{kind}{rest}";

        public Task<HttpResponseMessage> PutAsync(string json, string kind = "privacy", string? ifMatch = null) => Send(HttpMethod.Put, Url(kind, "/draft"), json, ifMatch);

        public Task<HttpResponseMessage> PublishAsync(string kind = "privacy", string? ifMatch = null) => Send(HttpMethod.Post, Url(kind, "/draft/publish"), null, ifMatch);

        private Task<HttpResponseMessage> Send(HttpMethod method, string url, string? json, string? ifMatch)
        {
            var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }
            if (ifMatch is not null)
            {
                request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\""));
            }
            return Editor.Client.SendAsync(request);
        }

        public void Dispose() => Editor.Dispose();
    }

    internal static string Json(PrivacyAnnex annex) => AnnexJson.Serialize(annex, indented: true);

    internal static string Json(SecurityAnnex annex) => AnnexJson.Serialize(annex, indented: true);

    private static IEnumerable<string> RuleIds(JsonElement findings) => findings.EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_supplier_saves_a_draft_sees_the_findings_and_publishes_once_they_are_resolved(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var supplier = await Supplier.CreateAsync(app);

        var saved = await (await supplier.PutAsync(Json(DemoAnnexes.RekenrouteDraft()))).ReadJsonAsync();
        var finding = saved.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "R01");
        Assert.Equal("Error", finding.GetProperty("severity").GetString());
        Assert.Equal("privacy.subProcessors[2].processingCountryCode", finding.GetProperty("field").GetString());
        Assert.Equal("artikel 10 lid 1 en 2; Bijlage 1 onderdeel G", finding.GetProperty("reference").GetString());

        var refused = await supplier.PublishAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("R01", RuleIds((await refused.ReadJsonAsync()).GetProperty("findings")));
        Assert.Empty((await (await supplier.Editor.GetAsync(supplier.Url(rest: "/versions"))).ReadJsonAsync()).EnumerateArray());

        var fixedDraft = await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()), ifMatch: saved.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("R01", RuleIds((await fixedDraft.ReadJsonAsync()).GetProperty("findings")));
        var published = await supplier.PublishAsync();

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(supplier.Url(rest: "/versions/1"), published.Headers.Location!.OriginalString);
        var version = await (await supplier.Editor.GetAsync(supplier.Url(rest: "/versions/1"))).ReadJsonAsync();
        Assert.Equal(1, version.GetProperty("version").GetProperty("number").GetInt32());
        Assert.Equal("2026-11-23", version.GetProperty("version").GetProperty("date").GetString());
        Assert.Equal("Rekenmethode", version.GetProperty("general").GetProperty("productName").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.Editor.GetAsync(supplier.Url(rest: "/draft"))).StatusCode);
    }

    [Fact]
    public async Task A_published_version_never_changes_and_the_next_one_gets_the_next_number()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);
        await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()));
        await supplier.PublishAsync();
        var first = await (await supplier.Editor.GetAsync(supplier.Url(rest: "/versions/1"))).Content.ReadAsStringAsync();

        await supplier.PutAsync(Json(DemoAnnexes.Rekenroute() with { Retention = "Twee jaar na het laatste gebruik." }));
        Assert.Equal(first, await (await supplier.Editor.GetAsync(supplier.Url(rest: "/versions/1"))).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await supplier.PublishAsync()).StatusCode);

        var versions = await (await supplier.Editor.GetAsync(supplier.Url(rest: "/versions"))).ReadJsonAsync();
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal(first, await (await supplier.Editor.GetAsync(supplier.Url(rest: "/versions/1"))).Content.ReadAsStringAsync());
        Assert.Contains("Twee jaar", await (await supplier.Editor.GetAsync(supplier.Url(rest: "/versions/2"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_then_import_through_the_api_gives_an_equal_annex()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);
        await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()));
        await supplier.PutAsync(Json(DemoAnnexes.RekenrouteSecurity()), "security");

        foreach (var kind in new[] { "privacy", "security" })
        {
            var exported = await (await supplier.Editor.GetAsync(supplier.Url(kind, "/draft"))).Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, (await supplier.PutAsync(exported, kind)).StatusCode);
            Assert.Equal(exported, await (await supplier.Editor.GetAsync(supplier.Url(kind, "/draft"))).Content.ReadAsStringAsync());
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Annex_json_with_problems_is_refused_with_the_path_of_each_and_nothing_is_stored(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var supplier = await Supplier.CreateAsync(app);
        await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()));
        var before = await (await supplier.Editor.GetAsync(supplier.Url(rest: "/draft"))).Content.ReadAsStringAsync();
        var broken = AnnexJson.Serialize(DemoAnnexes.Rekenroute())
            .Replace("\"retention\":", "\"kleur\":\"blauw\",\"retention\":", StringComparison.Ordinal)
            .Replace("\"countryCode\":\"US\"", "\"countryCode\":\"XX\"", StringComparison.Ordinal)
            .Replace("\"purposes\":[", "\"purposes\":[42,", StringComparison.Ordinal);

        var response = await supplier.PutAsync(broken);
        var malformed = await supplier.PutAsync("{\"model\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal(["kleur", "purposes[0]"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains("geen veld", errors.GetProperty("kleur")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.True((await malformed.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Any());

        // With the schema satisfied, the domain's checks name the unknown country.
        var unknownCountry = await supplier.PutAsync(AnnexJson.Serialize(DemoAnnexes.Rekenroute()).Replace("\"countryCode\":\"US\"", "\"countryCode\":\"XX\"", StringComparison.Ordinal));
        Assert.Equal(["transfers[0].countryCode"], (await unknownCountry.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(before, await (await supplier.Editor.GetAsync(supplier.Url(rest: "/draft"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_save_from_a_stale_draft_is_refused_with_what_is_stored()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);
        var first = await (await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()))).ReadJsonAsync();
        await supplier.PutAsync(Json(DemoAnnexes.Rekenroute() with { Retention = "Een jaar." }));

        var stale = await supplier.PutAsync(Json(DemoAnnexes.Rekenroute() with { Retention = "Vijf jaar." }), ifMatch: first.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(2, (await stale.ReadJsonAsync()).GetProperty("current").GetProperty("version").GetInt32());
        Assert.Contains("Een jaar.", await (await supplier.Editor.GetAsync(supplier.Url(rest: "/draft"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rules_and_schemas_are_public_and_the_check_stores_nothing()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var anonymous = WebSession.Anonymous(app);
        using var supplier = await Supplier.CreateAsync(app);

        var rules = await (await anonymous.GetAsync("/api/conformity/rules")).ReadJsonAsync();
        Assert.Equal(33, rules.GetArrayLength());
        Assert.All(rules.EnumerateArray(), r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reference").GetString())));
        var schema = await anonymous.GetAsync("/api/schemas/privacy-annex.json");
        Assert.Equal("application/schema+json", schema.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("/api/schemas/privacy-annex.json", (await schema.ReadJsonAsync()).GetProperty("$id").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.Client.PostJsonAsync("/api/conformity/check", new { })).StatusCode);

        var body = $"{{\"privacy\": {Json(DemoAnnexes.RekenrouteDraft())}, \"security\": {Json(DemoAnnexes.RekenrouteSecurity())}}}";
        var check = await (await supplier.Editor.Client.PostAsync(new Uri("/api/conformity/check", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"))).ReadJsonAsync();
        var errorRules = check.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "Error").Select(f => f.GetProperty("ruleId").GetString());
        Assert.Equal(["R01", "R18", "R18", "R19"], errorRules.Order());
        Assert.Equal(4, check.GetProperty("errors").GetInt32());
        var wrong = await supplier.Editor.Client.PostAsync(new Uri("/api/conformity/check", UriKind.Relative), new StringContent("{\"privacy\": {\"model\": 1}, \"extra\": true}", Encoding.UTF8, "application/json"));
        var errors = (await wrong.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains("privacy.model", errors.EnumerateObject().Select(p => p.Name));
        Assert.Contains("extra", errors.EnumerateObject().Select(p => p.Name));
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.Editor.GetAsync(supplier.Url(rest: "/draft"))).StatusCode);
    }

    [Fact]
    public async Task A_board_reads_published_annexes_only_of_products_in_its_agreements_and_never_a_draft()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);
        await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()));
        await supplier.PublishAsync();
        await supplier.PutAsync(Json(DemoAnnexes.Rekenroute() with { Retention = "Concepttekst" }));
        var board = await app.SchoolBoardAsync();
        using var boardEditor = await app.SignInMemberAsync(board, OrganisationRoles.Editor);

        Assert.Equal(HttpStatusCode.NotFound, (await boardEditor.GetAsync(supplier.Url(rest: "/versions/1"))).StatusCode);
        var draft = await boardEditor.Client.PostJsonAsync("/api/agreements", new { counterpartyId = supplier.Organisation.Id, productIds = new[] { supplier.ProductId }, contractDescription = "rekenen" });
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await boardEditor.GetAsync(supplier.Url(rest: "/versions/1"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await boardEditor.GetAsync($"/products/{supplier.ProductId}/annexes/privacy/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await boardEditor.GetAsync(supplier.Url(rest: "/draft"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await boardEditor.GetAsync($"/products/{supplier.ProductId}/annexes/privacy/draft")).StatusCode);
    }

    [Fact]
    public async Task Publishing_records_an_audit_line_under_the_supplier()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);
        await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()));
        await supplier.PublishAsync();

        var lines = await app.InScopeAsync(services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            return Task.FromResult(db.AuditEntries.Where(e => e.Entity == nameof(AnnexVersion) && e.OrganisationId == supplier.Organisation.Id).Select(e => e.Action.ToString()).ToList());
        });
        Assert.Equal(["Insert", "Update"], lines);
    }
}
