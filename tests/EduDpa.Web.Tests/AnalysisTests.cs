using System.Net;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;

namespace EduDpa.Web.Tests;

/// <summary>
/// Analyses of vendors' own terms through the HTTP pipeline: analysts draft, a second analyst reviews and publishes, boards read,
/// decide on their own and download the report; a new version puts decisions up for review; bad input names its field.
/// </summary>
public sealed class AnalysisWebTests(SharedApps apps)
{
    private const string Model = ModelCatalog.ModelAgreement40;

    private sealed record People(TestApp App, WebSession Author, WebSession Second, Organisation Board, WebSession BoardEditor, WebSession BoardViewer,
        WebSession OtherBoard, WebSession Supplier) : IDisposable
    {
        public static async Task<People> CreateAsync(TestApp app)
        {
            var board = await app.SchoolBoardAsync();
            var other = await app.SchoolBoardAsync();
            var supplier = await app.SupplierAsync();
            return new People(app,
                await WebSession.SignInAsync(app, (await app.UserAsync(Unique.Email("analist"), PlatformRoles.Analyst)).Email!),
                await WebSession.SignInAsync(app, (await app.UserAsync(Unique.Email("analist2"), PlatformRoles.Analyst)).Email!),
                board,
                await app.SignInMemberAsync(board, OrganisationRoles.Editor),
                await app.SignInMemberAsync(board, OrganisationRoles.Viewer),
                await app.SignInMemberAsync(other, OrganisationRoles.Editor | OrganisationRoles.Admin),
                await app.SignInMemberAsync(supplier, OrganisationRoles.Editor | OrganisationRoles.Admin));
        }

        public void Dispose()
        {
            foreach (var session in new[] { Author, Second, BoardEditor, BoardViewer, OtherBoard, Supplier })
            {
                session.Dispose();
            }
        }
    }

    private static object Document(string title, params object[] rows) => new
    {
        title, vendor = new { name = "Kantoorwolk Test B.V. (fictief)" }, frameworks = new[] { Model, ModelCatalog.Convenant20 },
        vendorDocuments = new[] { new { title = "Online Voorwaarden", version = "2026-10", url = "https://kantoorwolk.example/voorwaarden" } },
        authors = new[] { "Sectorbureau (fictief)" }, summary = "Samenvatting.\nTweede alinea.", introduction = "Inleiding.", disclaimer = "Geen rechten.",
        rows = rows.Length > 0 ? rows : Rows(),
    };

    private static object[] Rows() =>
    [
        new { framework = Model, reference = "4", vendorClauses = "Voorwaarden art. 2", analystComment = "Komt overeen.", verdict = "conform" },
        new { framework = Model, reference = "7.4", analystComment = "Geen ECK iD.", verdict = "attention", action = "Leg vast waarom geen ECK iD." },
        new { framework = ModelCatalog.Convenant20, reference = "8.1-8.6", analystComment = "Over het platform.", verdict = "notApplicable" },
    ];

    private static async Task<Guid> PublishedAsync(People p, string title = "Voorwaarden Kantoorwolk")
    {
        var created = await p.Author.Client.PostJsonAsync("/api/analyses", Document(title));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(p.Author, id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(p.Second, id, "review")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(p.Second, id, "publish")).StatusCode);
        return id;
    }

    private static async Task<HttpResponseMessage> StepAsync(WebSession who, Guid id, string step, object? extra = null)
    {
        var version = (await (await who.GetAsync($"/api/analyses/{id}")).ReadJsonAsync()).GetProperty("version").GetInt32();
        return await who.Client.PostJsonAsync($"/api/analyses/{id}/{step}", extra ?? new { version });
    }

    private static object Decision(string? rationale = "Afgewogen: aanvaardbaar met maatregel.") => new
    {
        outcome = "acceptWithMeasures", decidedOn = "2026-11-01", decidedByName = "A. Admin", decidedByFunction = "voorzitter", rationale,
        measures = new[] { new { framework = Model, reference = "7.4", measure = "Wij leggen het ECK iD-besluit vast." } },
    };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_analysis_is_reviewed_by_a_second_analyst_published_decided_on_by_a_board_and_a_new_version_puts_the_decision_up_for_review(TestDatabase database)
    {
        using var p = await People.CreateAsync(await apps.Get(database));
        var created = await p.Author.Client.PostJsonAsync("/api/analyses", Document("Voorwaarden Kantoorwolk"));
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await p.BoardEditor.GetAsync($"/api/analyses/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await StepAsync(p.Author, id, "submit")).StatusCode);
        var selfReview = await (await StepAsync(p.Author, id, "review")).ReadJsonAsync();
        Assert.True(selfReview.GetProperty("errors").TryGetProperty("reviewer", out _));
        var unreviewed = await StepAsync(p.Second, id, "publish");
        Assert.Equal(HttpStatusCode.BadRequest, unreviewed.StatusCode);
        Assert.Contains("Beoordelaar", (await unreviewed.ReadJsonAsync()).GetProperty("errors").GetProperty("reviewer")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(p.Second, id, "review")).StatusCode);
        var published = await (await StepAsync(p.Second, id, "publish")).ReadJsonAsync();
        Assert.Equal("Published", published.GetProperty("state").GetString());
        var model = published.GetProperty("summaries")[0];
        Assert.Equal((1, 1, 0), (model.GetProperty("conform").GetInt32(), model.GetProperty("attention").GetInt32(), model.GetProperty("notApplicable").GetInt32()));
        Assert.Equal("8.1 t/m 8.6", published.GetProperty("rows")[2].GetProperty("reference").GetString());

        // Every board reads it; each records and sees only its own decision.
        Assert.Contains((await (await p.BoardViewer.GetAsync("/api/analyses")).ReadJsonAsync()).EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.BoardViewer.Client.PutJsonAsync($"/api/analyses/{id}/decision", Decision())).StatusCode);
        var decided = await p.BoardEditor.Client.PutJsonAsync($"/api/analyses/{id}/decision", Decision());
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal("Wij leggen het ECK iD-besluit vast.", (await decided.ReadJsonAsync()).GetProperty("measures")[0].GetProperty("measure").GetString());
        Assert.Equal(HttpStatusCode.OK, (await p.BoardViewer.GetAsync($"/api/analyses/{id}/decision")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.OtherBoard.GetAsync($"/api/analyses/{id}/decision")).StatusCode);
        Assert.Empty((await (await p.OtherBoard.GetAsync("/api/analysis-decisions")).ReadJsonAsync()).EnumerateArray());
        Assert.DoesNotContain("Wij leggen het ECK iD-besluit vast.", await (await p.OtherBoard.GetAsync($"/api/analyses/{id}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stale = await p.BoardEditor.Client.PutJsonAsync($"/api/analyses/{id}/decision", new { version = 7, outcome = "accept", decidedOn = "2026-11-01", decidedByName = "A", decidedByFunction = "B", rationale = "C" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // The reports: the general one and the board's with its decision.
        var pdf = await p.BoardEditor.GetAsync($"/api/analyses/{id}/report?format=pdf&board=true");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
        var docx = await p.Second.GetAsync($"/api/analyses/{id}/report?format=docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await p.Second.GetAsync($"/api/analyses/{id}/report?board=true")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await p.Second.GetAsync($"/api/analyses/{id}/report?format=odt")).StatusCode);

        // A new version: the vendor changed 7.4; once published, the board's decision needs review, with the changed verdict.
        var next = await p.Second.Client.PostJsonAsync($"/api/analyses/{id}/new-version", new { });
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        var nextId = (await next.ReadJsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.BadRequest, (await p.Second.Client.PostJsonAsync($"/api/analyses/{id}/new-version", new { })).StatusCode);
        var changedRows = Rows().Select((r, i) => i == 1 ? new { framework = Model, reference = "7.4", analystComment = "Nu met ECK iD.", verdict = "conform" } : r).ToArray();
        var edited = await p.Second.Client.PutJsonAsync($"/api/analyses/{nextId}", ((Func<object>)(() =>
        {
            var doc = JsonSerializer.SerializeToNode(Document("Voorwaarden Kantoorwolk", changedRows))!.AsObject();
            doc["version"] = 1;
            return doc;
        }))());
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(p.Second, nextId, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(p.Author, nextId, "review")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(p.Author, nextId, "publish")).StatusCode);

        var old = await (await p.BoardEditor.GetAsync($"/api/analyses/{id}")).ReadJsonAsync();
        Assert.Equal(nextId, old.GetProperty("supersededById").GetGuid());
        var decisions = await (await p.BoardEditor.GetAsync("/api/analysis-decisions")).ReadJsonAsync();
        Assert.True(Assert.Single(decisions.EnumerateArray()).GetProperty("needsReview").GetBoolean());
        var review = (await (await p.BoardEditor.GetAsync($"/api/analyses/{nextId}")).ReadJsonAsync()).GetProperty("decisionNeedsReview");
        var change = Assert.Single(review.GetProperty("changedVerdicts").EnumerateArray());
        Assert.Equal(("7.4", "Attention", "Conform"), (change.GetProperty("reference").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString()));
        var due = await (await p.BoardEditor.GetAsync("/api/due")).ReadJsonAsync();
        Assert.Contains(due.EnumerateArray(), i => i.GetProperty("kind").GetString() == "AnalysisDecisionReview" && i.GetProperty("link").GetString() == $"/analyses/{nextId}");
        Assert.Contains("Besluiten over voorwaarden van leveranciers", (await p.BoardEditor.PageAsync("/agreements")).GetElementById("terms-decisions-title")!.TextContent, StringComparison.Ordinal);
        var accept = new { outcome = "accept", decidedOn = "2026-11-01", decidedByName = "A. Admin", decidedByFunction = "voorzitter", rationale = "Nu zonder verschillen." };
        var onOld = await p.BoardEditor.Client.PutJsonAsync($"/api/analyses/{id}/decision", new { version = 1, accept.outcome, accept.decidedOn, accept.decidedByName, accept.decidedByFunction, accept.rationale });
        Assert.True((await onOld.ReadJsonAsync()).GetProperty("errors").TryGetProperty("analysisId", out _));
        Assert.Equal(HttpStatusCode.OK, (await p.BoardEditor.Client.PutJsonAsync($"/api/analyses/{nextId}/decision", accept)).StatusCode);
        Assert.False(Assert.Single((await (await p.BoardEditor.GetAsync("/api/analysis-decisions")).ReadJsonAsync()).EnumerateArray()).GetProperty("needsReview").GetBoolean());

        var withdrawn = await StepAsync(p.Author, nextId, "withdraw", new { version = (await (await p.Author.GetAsync($"/api/analyses/{nextId}")).ReadJsonAsync()).GetProperty("version").GetInt32() });
        Assert.True((await withdrawn.ReadJsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_decision_that_accepts_a_vendors_terms_puts_the_vendor_on_the_public_page_and_in_the_register_and_one_that_does_not_keeps_it_off(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await People.CreateAsync(app);
        var accepted = await PublishedAsync(p, Unique.Name("Voorwaarden Kantoorwolk"));
        var refused = await PublishedAsync(p, Unique.Name("Voorwaarden Wolkendienst"));
        using var publisher = await PublicKit.PublishAsync(app, p.Board);
        using var visitor = WebSession.Anonymous(app);
        var url = $"/api/public/boards/{p.Board.KvkNumber.Value}";
        Assert.Empty(await PublicKit.ProductNamesAsync(visitor.Client, url));

        Assert.Equal(HttpStatusCode.OK, (await p.BoardEditor.Client.PutJsonAsync($"/api/analyses/{accepted}/decision", Decision())).StatusCode);
        var no = new { outcome = "doNotAccept", decidedOn = "2026-11-01", decidedByName = "A. Admin", decidedByFunction = "voorzitter", rationale = "De doorgifte weegt te zwaar.", measures = Array.Empty<object>() };
        Assert.Equal(HttpStatusCode.OK, (await p.BoardEditor.Client.PutJsonAsync($"/api/analyses/{refused}/decision", no)).StatusCode);

        var title = (await (await p.BoardEditor.GetAsync($"/api/analyses/{accepted}")).ReadJsonAsync()).GetProperty("title").GetString()!;
        Assert.Equal([title], await PublicKit.ProductNamesAsync(visitor.Client, url));
        var product = (await (await visitor.GetAsync(url)).ReadJsonAsync()).GetProperty("products")[0];
        Assert.Equal(("VendorTermsDecision", "Kantoorwolk Test B.V. (fictief)"), (product.GetProperty("basis").GetString(), product.GetProperty("supplier").GetString()));
        var page = await visitor.PageAsync($"/openbaar/besturen/{p.Board.KvkNumber.Value}");
        var article = page.QuerySelectorAll("#product-list article").Single(a => a.GetAttribute("data-product") == title);
        Assert.Contains("eigen voorwaarden van de leverancier", article.TextContent, StringComparison.Ordinal);
        // The analysis weighs the terms, not the processing: the page claims nothing about transfers or sub-processors it does not know.
        Assert.DoesNotContain("Doorgifte buiten de EER", article.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Subverwerkers", article.TextContent, StringComparison.Ordinal);
        var register = await (await p.BoardEditor.GetAsync("/api/registers/processing-activities?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains(title, register, StringComparison.Ordinal);
        Assert.Contains("Besluit over de voorwaarden van de leverancier", register, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_input_is_refused_naming_each_field_and_unknown_references_are_listed(TestDatabase database)
    {
        using var p = await People.CreateAsync(await apps.Get(database));
        var noAction = await p.Author.Client.PostJsonAsync("/api/analyses", Document("Zonder actie",
            new { framework = Model, reference = "7.4", verdict = "attention" }));
        Assert.Equal(HttpStatusCode.BadRequest, noAction.StatusCode);
        Assert.Contains("Actie voor het schoolbestuur (1)", (await noAction.ReadJsonAsync()).GetProperty("errors").GetProperty("rows[0].action")[0].GetString(), StringComparison.Ordinal);

        var unknown = await (await p.Author.Client.PostJsonAsync("/api/analyses", Document("Onbekend",
            new { framework = Model, reference = "7.99" }, new { framework = ModelCatalog.Convenant20, reference = "13.1" }, new { framework = Model, reference = "4" }))).ReadJsonAsync();
        Assert.Equal([$"{Model}: 7.99", $"{ModelCatalog.Convenant20}: 13.1"], unknown.GetProperty("unknownReferences").EnumerateArray().Select(e => e.GetString()));
        Assert.True(unknown.GetProperty("errors").TryGetProperty("rows[1].reference", out _));

        var schema = await (await p.Author.Client.PostJsonAsync("/api/analyses", new { title = "x", vendor = new { name = "y" }, frameworks = new[] { Model }, rows = new[] { new { framework = Model, reference = "4", verdict = "green", colour = 1 } } })).ReadJsonAsync();
        Assert.Equal(["rows[0].verdict", "rows[0].colour"], schema.GetProperty("errors").EnumerateObject().Select(e => e.Name));

        Assert.Equal(HttpStatusCode.Forbidden, (await p.BoardEditor.Client.PostJsonAsync("/api/analyses", Document("Bestuur"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.Supplier.GetAsync("/api/analyses")).StatusCode);
        var id = await PublishedAsync(p);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.BoardEditor.Client.PostJsonAsync($"/api/analyses/{id}/withdraw", new { version = 1, reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.Author.Client.PutJsonAsync($"/api/analyses/{id}/decision", Decision())).StatusCode);

        var noRationale = await p.BoardEditor.Client.PutJsonAsync($"/api/analyses/{id}/decision", Decision(rationale: " "));
        Assert.Contains("Motivering", (await noRationale.ReadJsonAsync()).GetProperty("errors").GetProperty("rationale")[0].GetString(), StringComparison.Ordinal);
        var notAnItem = await p.BoardEditor.Client.PutJsonAsync($"/api/analyses/{id}/decision", new { outcome = "acceptWithMeasures", decidedOn = "2026-11-01", decidedByName = "A", decidedByFunction = "B", rationale = "C",
            measures = new[] { new { framework = Model, reference = "4", measure = "Iets." } } });
        Assert.True((await notAnItem.ReadJsonAsync()).GetProperty("errors").TryGetProperty("measures[0].reference", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await p.BoardEditor.GetAsync($"/api/analyses/{id}/decision")).StatusCode);

        var exported = await (await p.BoardViewer.GetAsync($"/api/analyses/{id}/export")).Content.ReadAsStringAsync();
        var imported = await p.Author.Client.PostAsync(new Uri("/api/analyses", UriKind.Relative), new StringContent(exported, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        Assert.Equal(3, (await imported.ReadJsonAsync()).GetProperty("rows").GetArrayLength());
        var schemaDocument = await (await WebSession.Anonymous(p.App).GetAsync("/api/schemas/analysis.json")).ReadJsonAsync();
        Assert.Equal("object", schemaDocument.GetProperty("type").GetString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_pages_show_each_refused_field_beside_it_and_keep_what_was_typed(TestDatabase database)
    {
        using var p = await People.CreateAsync(await apps.Get(database));
        var page = await p.Author.PageAsync("/analyses/new");
        var prefilled = await WebSession.ParseAsync(await p.Author.SubmitAsync(page, "/analyses/new", "#analysis-form", f => f.Set("Input.Title", "Via de pagina"), "#prefill-rows"));
        Assert.Equal(63, prefilled.QuerySelectorAll("fieldset.edudpa-row").Length);
        Assert.Equal("7.4", prefilled.GetElementById("Input_Rows_24__Reference")!.GetAttribute("value"));

        var refused = await WebSession.ParseAsync(await p.Author.SubmitAsync(prefilled, "/analyses/new", "#analysis-form", f => f
            .Set("Input.VendorName", "Kantoorwolk Pagina (fictief)")
            .Set("Input.Rows[24].Verdict", "Attention").Set("Input.Rows[24].AnalystComment", "Geen ECK iD, zie de voorwaarden.")));
        Assert.Contains("Actie voor het schoolbestuur (25)", refused.GetElementById("Input_Rows_24__Action-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Geen ECK iD, zie de voorwaarden.", refused.GetElementById("Input_Rows_24__AnalystComment")!.TextContent);
        Assert.NotNull(refused.GetElementById("error-summary"));

        var saved = await p.Author.SubmitAsync(refused, "/analyses/new", "#analysis-form", f => f.Set("Input.Rows[24].Action", "Leg vast waarom geen ECK iD."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = saved.Headers.Location!.OriginalString;
        var id = Guid.Parse(edit.Split('/')[2]);
        var details = $"/analyses/{id}";
        var notAssessed = await WebSession.ParseAsync(await p.Author.SubmitAsync(details, "#submit-form"));
        Assert.Contains("Oordeel", notAssessed.GetElementById("error-summary")!.TextContent, StringComparison.Ordinal);

        var unknown = await WebSession.ParseAsync(await p.Author.Client.PostAsync(new Uri($"{edit}?handler=Import", UriKind.Relative), await ImportAsync(p.Author,
            JsonSerializer.Serialize(Document("Import", new { framework = Model, reference = "17.1" })), 1)));
        Assert.Contains(Model + ": 17.1", unknown.GetElementById("error-summary")!.TextContent, StringComparison.Ordinal);

        var imported = await p.Author.Client.PostAsync(new Uri($"{edit}?handler=Import", UriKind.Relative), await ImportAsync(p.Author, JsonSerializer.Serialize(Document("Import")), 1));
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await p.Author.SubmitAsync(details, "#submit-form")).StatusCode);
        Assert.Null((await p.Author.PageAsync(details)).GetElementById("review-form"));
        Assert.Equal(HttpStatusCode.Redirect, (await p.Second.SubmitAsync(details, "#review-form")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await p.Second.SubmitAsync(details, "#publish-form")).StatusCode);

        var noRationale = await WebSession.ParseAsync(await p.BoardEditor.SubmitAsync(details, "#decision-form", f => f
            .Set("Decision.Outcome", "AcceptWithMeasures").Set("Decision.DecidedOn", "2026-11-01").Set("Decision.DecidedByName", "A. Admin")
            .Set("Decision.DecidedByFunction", "voorzitter").Set("Decision.Measures[0].Measure", "Wij leggen het vast.")));
        Assert.Contains("Motivering", noRationale.GetElementById("Decision_Rationale-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Wij leggen het vast.", noRationale.GetElementById("Decision_Measures_0__Measure")!.TextContent);
        var decided = await p.BoardEditor.SubmitAsync(noRationale, details, "#decision-form", f => f.Set("Decision.Rationale", "Aanvaardbaar."));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var shown = await p.BoardViewer.PageAsync(details);
        Assert.Contains("Wij leggen het vast.", shown.GetElementById("decision-recorded")!.TextContent, StringComparison.Ordinal);
        Assert.Null(shown.GetElementById("decision-form"));
        Assert.NotNull(shown.GetElementById("download-board-pdf"));
        Assert.Contains("Voorwaarden aanvaard met maatregelen", (await p.BoardViewer.PageAsync("/analyses")).GetElementById("analyses")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await p.OtherBoard.PageAsync(details)).GetElementById("decision-recorded"));
    }

    private static async Task<MultipartFormDataContent> ImportAsync(WebSession session, string json, int version) => new()
    {
        { new StringContent(await session.AntiforgeryTokenAsync()), "__RequestVerificationToken" },
        { new StringContent(version.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Input.Version" },
        { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)), "file", "analyse.json" },
    };
}
