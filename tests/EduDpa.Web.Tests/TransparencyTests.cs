using System.Net;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Obligations;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;

namespace EduDpa.Web.Tests;

/// <summary>
/// The public pages and open JSON for parents: exactly the board's products in use, nothing of another board and
/// nothing private, per school, search and filters, 404 and 400, caching with eviction, and the annex version in force.
/// </summary>
public sealed class TransparencyWebTests(SharedApps apps)
{
    /// <summary>A board with two schools and three products: Rekenroute (US sub-processor, all schools), Leerlingportaal (first school only), a draft.</summary>
    private sealed record Board(Organisation Organisation, Organisation Supplier, Guid RekenrouteAgreement, Guid PortaalAgreement, string Rekenroute, string Portaal, string Draft)
    {
        public string Kvk => Organisation.KvkNumber.Value;

        public School First => Organisation.Schools.OrderBy(s => s.Brin.Value).First();

        public School Second => Organisation.Schools.OrderBy(s => s.Brin.Value).Last();

        public static async Task<Board> CreateAsync(TestApp app, bool publish = true)
        {
            var board = await PublicKit.BoardAsync(app);
            var supplier = await app.SupplierAsync();
            var first = board.Schools.OrderBy(s => s.Brin.Value).First();
            var rekenroute = Unique.Name("Rekenroute");
            var portaal = Unique.Name("Portaal");
            var draft = Unique.Name("Concept");
            var (reken, _) = await PublicKit.SignedAsync(app, board, supplier, rekenroute, DemoAnnexes.Rekenroute(), DemoAnnexes.RekenrouteSecurity());
            var (portal, _) = await PublicKit.SignedAsync(app, board, supplier, portaal, DemoAnnexes.Portaal(), DemoAnnexes.PortaalSecurity(), [first.Id]);
            await PublicKit.DraftAsync(app, board, supplier, draft);
            if (publish)
            {
                (await PublicKit.PublishAsync(app, board)).Dispose();
            }
            return new Board(board, supplier, reken, portal, rekenroute, portaal, draft);
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_public_JSON_holds_exactly_the_boards_products_in_use_and_nothing_of_another_board_or_anyone_private(TestDatabase database)
    {
        var app = await apps.Get(database);
        var mine = await Board.CreateAsync(app);
        var other = await Board.CreateAsync(app);
        using var visitor = WebSession.Anonymous(app);

        Assert.Equal(new[] { mine.Portaal, mine.Rekenroute }.Order(), await PublicKit.ProductNamesAsync(visitor.Client, $"/api/public/boards/{mine.Kvk}"));
        var body = await (await visitor.GetAsync($"/api/public/boards/{mine.Kvk}")).Content.ReadAsStringAsync();
        foreach (var absent in new[] { other.Rekenroute, other.Portaal, other.Organisation.Name, mine.Draft, PublicKit.BoardContactName, PublicKit.RepresentativeName,
                     "Eva Editor", "A. Auditor", "Dirk Distributeur", mine.RekenrouteAgreement.ToString() })
        {
            Assert.DoesNotContain(absent, body, StringComparison.Ordinal);
        }

        var json = await (await visitor.GetAsync($"/api/public/boards/{mine.Kvk}")).ReadJsonAsync();
        Assert.Equal(mine.Organisation.Name, json.GetProperty("board").GetProperty("name").GetString());
        Assert.Equal("fg@bestuur.example", json.GetProperty("board").GetProperty("contact").GetProperty("email").GetString());
        var rekenroute = json.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("name").GetString() == mine.Rekenroute);
        Assert.True(rekenroute.GetProperty("dataOutsideEea").GetBoolean());
        Assert.Equal("Agreement", rekenroute.GetProperty("basis").GetString());
        Assert.Equal(app.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), rekenroute.GetProperty("basisDate").GetString());
        Assert.Contains(rekenroute.GetProperty("purposes").EnumerateArray(), p => p.GetProperty("id").GetString() == "E1" && p.GetProperty("text").GetString() == "de opslag van leer- en toetsresultaten");
        var us = rekenroute.GetProperty("subProcessors").EnumerateArray().Single(s => s.GetProperty("processingCountry").GetProperty("code").GetString() == "US");
        Assert.Equal("Helpdesk Voorbeeld Inc. (fictief)", us.GetProperty("name").GetString());
        var transfer = Assert.Single(rekenroute.GetProperty("transfers").EnumerateArray());
        Assert.Equal(("StandardContractualClauses", "Safeguards"), (transfer.GetProperty("safeguard").GetString(), transfer.GetProperty("country").GetProperty("zone").GetString()));
        var pupils = rekenroute.GetProperty("data").EnumerateArray().Single(g => g.GetProperty("group").GetString() == "pupil");
        Assert.Contains(pupils.GetProperty("categories").EnumerateArray(), c => c.GetProperty("text").GetString() == "Contactgegevens: Achternaam");
        var countries = json.GetProperty("countries").EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c);
        Assert.Equal(("Eea", 2), (countries["NL"].GetProperty("zone").GetString(), countries["NL"].GetProperty("products").GetInt32()));
        Assert.Equal("Safeguards", countries["US"].GetProperty("zone").GetString());

        // A school shows what covers it: Leerlingportaal only at the first school.
        Assert.Equal(new[] { mine.Portaal, mine.Rekenroute }.Order(), await PublicKit.ProductNamesAsync(visitor.Client, $"/api/public/schools/{mine.First.Brin.Value}"));
        Assert.Equal([mine.Rekenroute], await PublicKit.ProductNamesAsync(visitor.Client, $"/api/public/schools/{mine.Second.Brin.Value.ToLowerInvariant()}"));
        Assert.Equal(new[] { other.Portaal, other.Rekenroute }.Order(), await PublicKit.ProductNamesAsync(visitor.Client, $"/api/public/boards/{other.Kvk}"));

        // The page says the same in words, in Dutch and in English.
        var page = await visitor.PageAsync($"/openbaar/besturen/{mine.Kvk}");
        Assert.Equal(mine.Organisation.Name, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("#product-list article").Length);
        Assert.Contains("Standaardcontractbepalingen", page.QuerySelector($"article[data-product='{mine.Rekenroute}']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("svg[role=img] title"));
        Assert.NotNull(page.QuerySelector("#country-table tr[data-country=US]"));
        Assert.DoesNotContain(PublicKit.BoardContactName, page.Body!.TextContent, StringComparison.Ordinal);
        var english = await visitor.PageAsync($"/openbaar/besturen/{mine.Kvk}?lang=en");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Standard contractual clauses", english.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/openbaar/besturen/{mine.Kvk}", english.QuerySelector("#language-switch")!.GetAttribute("href"));
        var school = await visitor.PageAsync($"/openbaar/scholen/{mine.Second.Brin.Value}");
        Assert.Single(school.QuerySelectorAll("#product-list article"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Search_and_the_filters_narrow_the_products_and_a_BRIN_code_finds_the_school(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await Board.CreateAsync(app);
        var supplier = await app.SupplierAsync();
        var care = Unique.Name("Zorgdossier");
        var special = DemoAnnexes.Portaal() with { DataCategories = [new("F1-pupil-1"), new("F1-pupil-19")] };
        await PublicKit.SignedAsync(app, board.Organisation, supplier, care, special, DemoAnnexes.PortaalSecurity());
        using var visitor = WebSession.Anonymous(app);
        var url = $"/api/public/boards/{board.Kvk}";

        Assert.Equal([board.Rekenroute], await PublicKit.ProductNamesAsync(visitor.Client, url + "?outsideEea=true"));
        Assert.Equal([care], await PublicKit.ProductNamesAsync(visitor.Client, url + "?specialCategories=true"));
        Assert.Equal([board.Rekenroute], await PublicKit.ProductNamesAsync(visitor.Client, url + "?q=helpdesk%20voorbeeld"));
        Assert.Empty(await PublicKit.ProductNamesAsync(visitor.Client, url + "?outsideEea=true&specialCategories=true"));
        var filtered = await (await visitor.GetAsync(url + "?outsideEea=true")).ReadJsonAsync();
        Assert.Equal(3, filtered.GetProperty("totalProducts").GetInt32());

        // On the page, through its own form: the filter ticked, only Rekenroute, the count says so.
        var page = await visitor.PageAsync($"/openbaar/scholen/{board.Second.Brin.Value}");
        var result = await WebSession.ParseAsync(await visitor.SubmitAsync(page, $"/openbaar/scholen/{board.Second.Brin.Value}", "#product-search", f => f.Check("outsideEea", true)));
        Assert.Equal([board.Rekenroute], result.QuerySelectorAll("#product-list article h3").Select(h => h.TextContent));
        Assert.Contains("1", result.QuerySelector("#product-count")!.TextContent, StringComparison.Ordinal);

        var found = await visitor.GetAsync($"/openbaar?q={board.Second.Brin.Value.ToLowerInvariant()}");
        Assert.Equal(HttpStatusCode.Redirect, found.StatusCode);
        Assert.Equal($"/openbaar/scholen/{board.Second.Brin.Value}", found.Headers.Location!.OriginalString);
        var byName = await visitor.PageAsync($"/openbaar?q={Uri.EscapeDataString(board.Organisation.Name)}");
        Assert.Contains(byName.QuerySelectorAll("#results a"), a => a.GetAttribute("href") == $"/openbaar/besturen/{board.Kvk}");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Unpublished_unknown_or_malformed_addresses_answer_a_friendly_404_and_bad_queries_a_400(TestDatabase database)
    {
        var app = await apps.Get(database);
        var unpublished = await Board.CreateAsync(app, publish: false);
        (await PublicKit.PublishAsync(app, unpublished.Organisation, published: false)).Dispose();
        var published = await Board.CreateAsync(app);
        using var visitor = WebSession.Anonymous(app);

        foreach (var url in new[] { $"/openbaar/besturen/{unpublished.Kvk}", $"/openbaar/scholen/{unpublished.First.Brin.Value}", "/openbaar/besturen/00000001", "/openbaar/besturen/abc",
                     "/openbaar/scholen/00ZZ", "/openbaar/scholen/%3Cscript%3E", $"/openbaar/besturen/{published.First.Brin.Value}" })
        {
            var response = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var page = await WebSession.ParseAsync(response);
            Assert.Equal("Geen openbare pagina gevonden", page.QuerySelector("h1")!.TextContent);
            Assert.NotNull(page.QuerySelector("a[href='/openbaar']"));
        }
        foreach (var url in new[] { $"/api/public/boards/{unpublished.Kvk}", $"/api/public/schools/{unpublished.First.Brin.Value}", "/api/public/boards/12", "/api/public/schools/ABCD" })
        {
            var response = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(404, (await response.ReadJsonAsync()).GetProperty("status").GetInt32());
        }

        var tooLong = new string('x', 101);
        var cases = new (string Query, string Field)[]
        {
            ($"?q={tooLong}", "q"), ("?outsideEea=misschien", "outsideEea"), ("?specialCategories=1", "specialCategories"), ("?lang=de", "lang"),
            ("?q=a&q=b", "q"), ("?q=a%00b", "q"), ($"?utm={new string('y', 600)}", "query"),
        };
        foreach (var (query, field) in cases)
        {
            var api = await visitor.GetAsync($"/api/public/boards/{published.Kvk}{query}");
            Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
            Assert.True((await api.ReadJsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"{query} should name {field}");
            var page = await visitor.GetAsync($"/openbaar/scholen/{published.First.Brin.Value}{query}");
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            Assert.NotNull((await WebSession.ParseAsync(page)).QuerySelector("#query-problems li"));
        }
        // A campaign tag is not the page's business: ignored.
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/openbaar/besturen/{published.Kvk}?utm_source=nieuwsbrief")).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_JSON_carries_an_ETag_and_is_cached_until_the_board_or_an_agreement_changes_and_an_ended_agreement_disappears(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await Board.CreateAsync(app);
        using var visitor = WebSession.Anonymous(app);
        var url = $"/api/public/boards/{board.Kvk}";

        var first = await visitor.GetAsync(url);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
        var etag = first.Headers.ETag!;
        var again = await visitor.GetAsync(url);
        Assert.NotNull(again.Headers.Age);
        using (var conditional = new HttpRequestMessage(HttpMethod.Get, url))
        {
            conditional.Headers.IfNoneMatch.Add(etag);
            Assert.Equal(HttpStatusCode.NotModified, (await visitor.Client.SendAsync(conditional)).StatusCode);
        }
        var page = await visitor.GetAsync($"/openbaar/besturen/{board.Kvk}");
        Assert.Contains("Welkom op onze privacypagina.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Compressed for a client that asks (the cache keeps each encoding apart); the rest of the application is not compressed.
        foreach (var (path, expected) in new[] { (url, "br"), ($"/openbaar/besturen/{board.Kvk}", "br"), ("/account/login", null) })
        {
            using var compressed = new HttpRequestMessage(HttpMethod.Get, path);
            compressed.Headers.AcceptEncoding.ParseAdd("br");
            var response = await visitor.Client.SendAsync(compressed);
            Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        }
        Assert.Empty((await visitor.GetAsync(url)).Content.Headers.ContentEncoding);

        // The board changes its introduction: the cached page and JSON go at once.
        using var editor = await PublicKit.PublishAsync(app, board.Organisation, introduction: "Nieuwe inleiding van het bestuur.");
        Assert.Contains("Nieuwe inleiding van het bestuur.", await (await visitor.GetAsync($"/openbaar/besturen/{board.Kvk}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(etag, (await visitor.GetAsync(url)).Headers.ETag);

        // The board records that the Leerlingportaal contract ended today: it disappears from the page, the JSON and the school.
        var version = (await (await editor.GetAsync($"/api/agreements/{board.PortaalAgreement}")).ReadJsonAsync()).GetProperty("version").GetInt32();
        var ended = await editor.Client.PostJsonAsync($"/api/agreements/{board.PortaalAgreement}/end", new { version, endDate = Deadlines.DateIn(app.Clock.GetUtcNow()), reason = "Wij stoppen met het portaal." });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal([board.Rekenroute], await PublicKit.ProductNamesAsync(visitor.Client, url));
        Assert.Equal([board.Rekenroute], await PublicKit.ProductNamesAsync(visitor.Client, $"/api/public/schools/{board.First.Brin.Value}"));
        Assert.DoesNotContain(board.Portaal, await (await visitor.GetAsync($"/openbaar/besturen/{board.Kvk}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Unpublished, it answers 404 at once.
        (await PublicKit.PublishAsync(app, board.Organisation, published: false)).Dispose();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/openbaar/besturen/{board.Kvk}")).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Time_alone_brings_an_agreement_in_and_out_of_force_and_a_change_on_the_day_it_applies(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database);
        var board = await PublicKit.BoardAsync(app);
        var supplier = await app.SupplierAsync();
        var today = Deadlines.DateIn(app.Clock.GetUtcNow());
        var later = Unique.Name("Later");
        var (agreement, productId) = await PublicKit.SignedAsync(app, board, supplier, Unique.Name("Rekenroute"), DemoAnnexes.Rekenroute(), DemoAnnexes.RekenrouteSecurity());
        await PublicKit.SignedAsync(app, board, supplier, later, DemoAnnexes.Portaal(), DemoAnnexes.PortaalSecurity(), contractDate: today.AddDays(2));
        await PublicKit.EndAsync(app, agreement, today.AddDays(60));
        (await PublicKit.PublishAsync(app, board)).Dispose();
        using var visitor = WebSession.Anonymous(app);
        var url = $"/api/public/boards/{board.KvkNumber.Value}";

        var before = await (await visitor.GetAsync(url)).ReadJsonAsync();
        var rekenroute = Assert.Single(before.GetProperty("products").EnumerateArray());
        Assert.DoesNotContain(rekenroute.GetProperty("subProcessors").EnumerateArray(), s => s.GetProperty("processingCountry").GetProperty("code").GetString() == "IN");

        // The supplier announces a new sub-processor in India: published as version 2, but it applies only when the six weeks pass.
        using var supplierEditor = await app.SignInMemberAsync(supplier, OrganisationRoles.Editor);
        var announced = await supplierEditor.Client.PostJsonAsync($"/api/products/{productId}/sub-processor-changes", new Dictionary<string, object?>
        {
            ["action"] = "Add", ["name"] = "Analyse Voorbeeld Pvt. Ltd. (fictief)", ["processing"] = "Analyse van het gebruik", ["dataCategories"] = new[] { "F1-pupil-21" },
            ["processingCountryCode"] = "IN", ["establishmentCountryCode"] = "IN", ["reason"] = "Betere oefenstof", ["intendedDate"] = Deadlines.DateIn(Deadlines.ObjectionPeriodEnds(app.Clock.GetUtcNow())),
            ["transferServiceId"] = "rr-oefenen", ["transferDescription"] = "Gebruiksgegevens", ["transferSafeguard"] = "StandardContractualClauses", ["transferSafeguardDetails"] = "Modelcontract 2021/914",
        });
        Assert.Equal(HttpStatusCode.Created, announced.StatusCode);
        var open = Assert.Single((await (await visitor.GetAsync(url)).ReadJsonAsync()).GetProperty("products").EnumerateArray());
        Assert.DoesNotContain(open.GetProperty("subProcessors").EnumerateArray(), s => s.GetProperty("processingCountry").GetProperty("code").GetString() == "IN");

        // Two days on, the second agreement is in force; past the objection period the change applies; after the end date Rekenroute is gone.
        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(2, (await (await visitor.GetAsync(url)).ReadJsonAsync()).GetProperty("products").GetArrayLength());
        app.Clock.SetUtcNow(Deadlines.ObjectionPeriodEnds(TestApp.Start).AddHours(1));
        var applied = (await (await visitor.GetAsync(url)).ReadJsonAsync()).GetProperty("products").EnumerateArray().Single(p => p.GetProperty("name").GetString() != later);
        Assert.Contains(applied.GetProperty("subProcessors").EnumerateArray(), s => s.GetProperty("processingCountry").GetProperty("code").GetString() == "IN");
        Assert.Contains(applied.GetProperty("transfers").EnumerateArray(), t => t.GetProperty("country").GetProperty("code").GetString() == "IN");
        app.Clock.SetUtcNow(TestApp.Start.AddDays(61));
        Assert.Equal([later], await PublicKit.ProductNamesAsync(visitor.Client, url));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_board_publishes_through_its_settings_page_and_bad_input_names_the_field(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await Board.CreateAsync(app, publish: false);
        using var admin = await app.SignInMemberAsync(board.Organisation, OrganisationRoles.Admin);

        var refused = await admin.SubmitAsync("/transparency", "#transparency-form", f => f.Check("Input.Published", true).Set("Input.ContactEmail", "").Set("Input.ContactUrl", "ftp://x"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await WebSession.ParseAsync(refused);
        Assert.Contains("verplicht", page.QuerySelector("#Input_ContactEmail-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Input_ContactUrl-error"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/openbaar/besturen/{board.Kvk}")).StatusCode);

        var saved = await admin.SubmitAsync("/transparency", "#transparency-form", f => f.Check("Input.Published", true).Set("Input.Introduction", "Eerste alinea.\r\n\r\nTweede alinea.")
            .Set("Input.ContactName", "Privacyteam").Set("Input.ContactEmail", "privacy@bestuur.example"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await admin.PageAsync("/transparency");
        Assert.Equal($"/openbaar/besturen/{board.Kvk}", settings.QuerySelector("#public-page-link")!.GetAttribute("href"));
        using var visitor = WebSession.Anonymous(app);
        var shown = await visitor.PageAsync($"/openbaar/besturen/{board.Kvk}");
        Assert.Equal(["Eerste alinea.", "Tweede alinea."], shown.QuerySelectorAll("#introduction p").Select(p => p.TextContent));
        Assert.Contains("privacy@bestuur.example", shown.QuerySelector("#contact")!.TextContent, StringComparison.Ordinal);

        var current = await (await admin.GetAsync("/api/transparency")).ReadJsonAsync();
        Assert.True(current.GetProperty("published").GetBoolean());
        var bad = await admin.Client.PutJsonAsync("/api/transparency", new { published = true, contactEmail = "geen adres", contactPhone = "bel maar", version = current.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("contactEmail", out _));
        Assert.True(errors.TryGetProperty("contactPhone", out _));
        var stale = await admin.Client.PutJsonAsync("/api/transparency", new { published = false, contactEmail = "a@b.example", version = 0 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.True((await stale.ReadJsonAsync()).GetProperty("current").GetProperty("published").GetBoolean());

        using var viewer = await app.SignInMemberAsync(board.Organisation, OrganisationRoles.Viewer);
        Assert.Equal("privacy@bestuur.example", (await (await viewer.GetAsync("/api/transparency")).ReadJsonAsync()).GetProperty("contactEmail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Client.PutJsonAsync("/api/transparency", new { published = false, version = 2 })).StatusCode);
    }
}
