using System.Net;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace EduDpa.Web.Tests;

/// <summary>Data breaches through the API: recording notifies the other party, the board's 72 hours, decisions, the register, and isolation.</summary>
public sealed class BreachWebTests(SharedApps apps)
{
    private sealed record Parties(Organisation Board, Organisation Supplier, Guid ProductId, Guid AgreementId, WebSession BoardHandler, WebSession SupplierHandler, string IncidentEmail) : IDisposable
    {
        public static async Task<Parties> CreateAsync(TestApp app, Organisation? supplier = null, Guid? productId = null)
        {
            var board = await app.SchoolBoardAsync();
            supplier ??= await app.SupplierAsync();
            productId ??= (await app.ProductAsync(supplier)).Id;
            var incident = await app.PersonInAsync(board, OrganisationRoles.IncidentContact);
            var agreementId = await SignedAgreementAsync(app, board, supplier, productId.Value);
            return new Parties(board, supplier, productId.Value, agreementId, await app.SignInMemberAsync(board, OrganisationRoles.Editor),
                await app.SignInMemberAsync(supplier, OrganisationRoles.Editor), incident.Email!);
        }

        public void Dispose()
        {
            BoardHandler.Dispose();
            SupplierHandler.Dispose();
        }
    }

    private static Task<Guid> SignedAgreementAsync(TestApp app, Organisation board, Organisation supplier, Guid productId) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<EduDpaDbContext>();
        var now = app.Clock.GetUtcNow();
        var who = new Actor(Guid.NewGuid(), "L. Leverancier");
        var representative = new Representative(who.Name, "directeur");
        var hashes = new SnapshotHashes(new string('a', 64), new string('b', 64));
        var agreement = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, board.Id, supplier.Id, PartyRole.Processor, now, new UnderlyingContract(null, "Licentie", 30), [productId]);
        agreement.UpdateProcessorPart(PartyRole.Processor, representative);
        agreement.UpdateControllerPart(PartyRole.Controller, representative, true, []);
        agreement.Offer(PartyRole.Processor, now);
        agreement.Approve(PartyRole.Controller, true, who, now);
        agreement.Sign(PartyRole.Controller, true, representative, who.UserId, SigningReadiness.Ready, () => hashes, now);
        agreement.Sign(PartyRole.Processor, true, representative, who.UserId, SigningReadiness.Ready, () => hashes, now);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync();
        return agreement.Id;
    });

    private static object Report(Guid agreementId, DateTimeOffset discovered, string summary = "Laptop met leerlingdossiers gestolen") => new
    {
        agreementId, kind = "DataBreach", discoveredAt = discovered, summary, nature = new[] { "Theft", "Reading" }, cause = "Diefstal uit auto", encrypted = "No",
        pupils = 130, parents = 0, staff = 3, consequences = "Inzage in cijfers en zorgnotities", personalData = "Namen, cijfers, zorgnotities", specialCategories = true, highRisk = true,
    };

    private static Task<int> SendMailAsync(TestApp app) => app.InScopeAsync(services => services.GetRequiredService<MailOutbox>().SendPendingAsync(CancellationToken.None));

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_supplier_reports_a_breach_the_board_is_mailed_sees_its_72_hours_and_decides(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var now = app.Clock.GetUtcNow();

        var created = await p.SupplierHandler.Client.PostJsonAsync("/api/breaches", Report(p.AgreementId, now.AddHours(-3)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();

        await SendMailAsync(app);
        var mail = Assert.Single(app.Mail.To(p.IncidentEmail));
        Assert.Contains("Datalek", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"/breaches/{id}", mail.TextBody, StringComparison.Ordinal);

        var seen = await (await p.BoardHandler.GetAsync($"/api/breaches/{id}")).ReadJsonAsync();
        var aware = seen.GetProperty("becameAwareAt").GetDateTimeOffset();
        Assert.Equal(aware + TimeSpan.FromHours(72), seen.GetProperty("decisionDue").GetDateTimeOffset());
        Assert.Equal("DueSoon", seen.GetProperty("decisionStatus").GetString());
        Assert.Contains(await (await p.BoardHandler.GetAsync($"/api/agreements/{p.AgreementId}/breaches")).ReadJsonAsync() is var list ? list.EnumerateArray() : default,
            b => b.GetProperty("id").GetGuid() == id);

        var bySupplier = await p.SupplierHandler.Client.PostJsonAsync($"/api/breaches/{id}/authority-decision", new { version = 1, notified = false, reason = "Geen risico" });
        Assert.Equal(HttpStatusCode.BadRequest, bySupplier.StatusCode);

        var decided = await p.BoardHandler.Client.PostJsonAsync($"/api/breaches/{id}/authority-decision",
            new { version = 1, notified = true, notifiedAt = app.Clock.GetUtcNow(), reference = "AP-2026-0042" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var body = await decided.ReadJsonAsync();
        Assert.False(body.GetProperty("authorityDecisionLate").GetBoolean());
        Assert.Equal("AP-2026-0042", body.GetProperty("authority").GetProperty("reference").GetString());

        var stale = await p.BoardHandler.Client.PostJsonAsync($"/api/breaches/{id}/data-subjects-decision", new { version = 1, informed = false, reason = "x" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var subjects = await p.BoardHandler.Client.PostJsonAsync($"/api/breaches/{id}/data-subjects-decision", new { version = 2, informed = true, informedAt = app.Clock.GetUtcNow() });
        Assert.Equal(HttpStatusCode.OK, subjects.StatusCode);
        var update = await p.SupplierHandler.Client.PostJsonAsync($"/api/breaches/{id}/updates", new { version = 3, text = "Laptop op afstand gewist" });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var noMeasures = await p.BoardHandler.Client.PostJsonAsync($"/api/breaches/{id}/close", new { version = 4 });
        Assert.Equal(HttpStatusCode.BadRequest, noMeasures.StatusCode);
        Assert.True((await noMeasures.ReadJsonAsync()).GetProperty("errors").TryGetProperty("correctiveMeasures", out _));
        var closed = await (await p.BoardHandler.Client.PostJsonAsync($"/api/breaches/{id}/close", new { version = 4, correctiveMeasures = "Schijfversleuteling op alle laptops" })).ReadJsonAsync();
        Assert.False(closed.GetProperty("isOpen").GetBoolean());
        Assert.Equal("Laptop op afstand gewist", Assert.Single(closed.GetProperty("updates").EnumerateArray()).GetProperty("text").GetString());

        var page = await p.BoardHandler.GetAsync($"/breaches/{id}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("AP-2026-0042", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_decision_after_72_hours_is_recorded_as_late(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database);
        using var p = await Parties.CreateAsync(app);
        var created = await (await p.SupplierHandler.Client.PostJsonAsync("/api/breaches", Report(p.AgreementId, app.Clock.GetUtcNow().AddHours(-1)))).ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();

        app.Clock.Advance(TimeSpan.FromHours(73));
        // The sign-in of three days ago has expired: a fresh one.
        using var board = await app.SignInMemberAsync(p.Board, OrganisationRoles.Editor);
        var list = await (await board.GetAsync("/api/breaches")).ReadJsonAsync();
        Assert.Equal("Overdue", list.EnumerateArray().Single(b => b.GetProperty("id").GetGuid() == id).GetProperty("decisionStatus").GetString());
        var decided = await (await board.Client.PostJsonAsync($"/api/breaches/{id}/authority-decision",
            new { version = 1, notified = false, reason = "Versleuteld, geen risico" })).ReadJsonAsync();
        Assert.True(decided.GetProperty("authorityDecisionLate").GetBoolean());
        var register = await (await board.GetAsync("/breaches")).Content.ReadAsStringAsync();
        Assert.Contains("(te laat)", register, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_board_never_sees_the_breach_even_for_the_same_product(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        using var other = await Parties.CreateAsync(app, p.Supplier, p.ProductId);
        var id = (await (await p.SupplierHandler.Client.PostJsonAsync("/api/breaches", Report(p.AgreementId, app.Clock.GetUtcNow().AddHours(-1), "Alleen voor het eerste bestuur"))).ReadJsonAsync())
            .GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NotFound, (await other.BoardHandler.GetAsync($"/api/breaches/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.BoardHandler.GetAsync($"/breaches/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.BoardHandler.Client.PostJsonAsync($"/api/breaches/{id}/updates", new { version = 1, text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.BoardHandler.GetAsync($"/api/agreements/{p.AgreementId}/breaches")).StatusCode);
        Assert.DoesNotContain("Alleen voor het eerste bestuur", await (await other.BoardHandler.GetAsync("/api/breaches/register?format=csv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Alleen voor het eerste bestuur", await (await other.BoardHandler.GetAsync("/breaches")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Alleen voor het eerste bestuur", await (await p.BoardHandler.GetAsync("/breaches")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Missing_discovery_time_and_nature_are_refused_naming_the_fields(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var response = await p.BoardHandler.Client.PostJsonAsync("/api/breaches", new { agreementId = p.AgreementId, kind = "DataBreach", summary = "Iets ging mis" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains("Ontdekt op", errors.GetProperty("discoveredAt")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Aard", errors.GetProperty("nature")[0].GetString(), StringComparison.Ordinal);

        var bad = await p.BoardHandler.Client.PostJsonAsync("/api/breaches", new { agreementId = p.AgreementId, kind = "Nonsense" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var form = await p.BoardHandler.SubmitAsync($"/breaches/new?agreementId={p.AgreementId}", "#breach-form", f => f.Set("Input.Summary", "Iets ging mis"));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var html = await form.Content.ReadAsStringAsync();
        Assert.Contains("Ontdekt op is verplicht", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_register_exports_the_breach_as_csv_and_xlsx(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        await p.BoardHandler.Client.PostJsonAsync("/api/breaches", Report(p.AgreementId, app.Clock.GetUtcNow().AddHours(-2), "USB-stick met =formule kwijt, \"oeps\""));

        var csv = await p.BoardHandler.GetAsync("/api/breaches/register?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Samenvatting", text, StringComparison.Ordinal);
        Assert.Contains("\"USB-stick met =formule kwijt, \"\"oeps\"\"\"", text, StringComparison.Ordinal);
        Assert.Contains(p.Supplier.Name, text, StringComparison.Ordinal);

        var xlsx = await p.BoardHandler.GetAsync("/api/breaches/register?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(rows, r => (r["Samenvatting"] as string)?.Contains("USB-stick", StringComparison.Ordinal) == true);

        Assert.Equal(HttpStatusCode.BadRequest, (await p.BoardHandler.GetAsync("/api/breaches/register?format=pdf")).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_board_sees_the_open_decision_as_a_due_item(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var created = await (await p.SupplierHandler.Client.PostJsonAsync("/api/breaches", Report(p.AgreementId, app.Clock.GetUtcNow().AddHours(-1)))).ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var board = await app.PersonInAsync(p.Board, OrganisationRoles.Viewer);
        var items = await app.InScopeAsync(async services =>
        {
            var tenant = services.GetRequiredService<Infrastructure.Tenancy.TenantContext>();
            tenant.Set(board.Id, board.Email, PlatformRoles.None, [new(p.Board.Id, p.Board.Name, p.Board.Kind, OrganisationRoles.Viewer)], p.Board.Id);
            return await services.GetServices<Features.Obligations.IDueItemSource>().OfType<Features.Breaches.BreachDueItems>().Single().OpenForCurrentOrganisationAsync(CancellationToken.None);
        });
        var item = Assert.Single(items);
        Assert.Equal($"breach:{id}:decision", item.Key);
        Assert.Equal("BreachDecision", item.Kind);
        Assert.Equal($"/breaches/{id}", item.Link);
        Assert.Equal(created.GetProperty("decisionDue").GetDateTimeOffset(), item.DueAt);
    }

    private static async Task<string> EmailOfAsync(WebSession session) => (await (await session.GetAsync("/api/me")).ReadJsonAsync()).GetProperty("email").GetString()!;

    private static string Amsterdam(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Domain.Common.AmsterdamTime.Zone).ToString("g", Infrastructure.Localization.LocalizationSetup.Dutch);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Every_step_after_the_report_mails_the_other_partys_incident_contacts_saying_who_did_what_when(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var supplierIncident = (await app.PersonInAsync(p.Supplier, OrganisationRoles.IncidentContact)).Email!;
        var boardEditor = await EmailOfAsync(p.BoardHandler);
        var supplierEditor = await EmailOfAsync(p.SupplierHandler);
        var now = app.Clock.GetUtcNow();
        var id = (await (await p.SupplierHandler.Client.PostJsonAsync("/api/breaches", Report(p.AgreementId, now.AddHours(-2)))).ReadJsonAsync()).GetProperty("id").GetGuid();

        async Task StepAsync(WebSession who, string step, object body) =>
            Assert.Equal(HttpStatusCode.OK, (await who.Client.PostJsonAsync($"/api/breaches/{id}/{step}", body)).StatusCode);
        await StepAsync(p.BoardHandler, "authority-decision", new { version = 1, notified = true, notifiedAt = now, reference = "AP-2026-0099" });
        await StepAsync(p.BoardHandler, "data-subjects-decision", new { version = 2, informed = false, reason = "Gegevens waren versleuteld" });
        await StepAsync(p.SupplierHandler, "updates", new { version = 3, text = "Laptop op afstand gewist" });
        await StepAsync(p.BoardHandler, "close", new { version = 4, correctiveMeasures = "Schijfversleuteling op alle laptops" });
        await SendMailAsync(app);
        Assert.Equal(0, await SendMailAsync(app));

        var toSupplier = app.Mail.To(supplierIncident).ToList();
        Assert.Equal(3, toSupplier.Count);
        var authority = toSupplier[0];
        Assert.Equal($"Datalek \"Laptop met leerlingdossiers gestolen\": het besluit over melding aan de Autoriteit Persoonsgegevens door {p.Board.Name}", authority.Subject);
        Assert.Contains($"{boardEditor} ({p.Board.Name}) heeft op {Amsterdam(now)} het besluit over melding aan de Autoriteit Persoonsgegevens vastgelegd", authority.TextBody, StringComparison.Ordinal);
        Assert.Contains($"gemeld op {Amsterdam(now)}, kenmerk AP-2026-0099", authority.TextBody, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/breaches/{id}", authority.TextBody, StringComparison.Ordinal);
        Assert.Contains("niet geïnformeerd: Gegevens waren versleuteld", toSupplier[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("Corrigerende maatregelen: Schijfversleuteling op alle laptops", toSupplier[2].TextBody, StringComparison.Ordinal);

        var toBoard = app.Mail.To(p.IncidentEmail).ToList();
        Assert.Equal(2, toBoard.Count); // the report and the supplier's update; the board's own steps are not mailed to itself
        Assert.Contains($"{supplierEditor} ({p.Supplier.Name}) heeft op {Amsterdam(now)} een update vastgelegd", toBoard[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("Laptop op afstand gewist", toBoard[1].TextBody, StringComparison.Ordinal);
        Assert.Empty(app.Mail.To(boardEditor));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_suppliers_breach_for_a_product_reaches_every_board_using_it_and_each_board_sees_and_decides_only_its_own(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var a = await Parties.CreateAsync(app);
        using var b = await Parties.CreateAsync(app, a.Supplier, a.ProductId);
        using var elsewhere = await Parties.CreateAsync(app, a.Supplier);
        using var reporter = await app.SignInMemberAsync(a.Supplier, OrganisationRoles.IncidentContact);
        var now = app.Clock.GetUtcNow();

        var created = await reporter.Client.PostJsonAsync($"/api/products/{a.ProductId}/breaches", Report(Guid.Empty, now.AddHours(-2), "Inlogpagina lekte sessies"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        var ids = body.GetProperty("breachIds").EnumerateArray().Select(i => i.GetGuid()).ToList();
        Assert.Equal(2, ids.Count);
        var incident = body.GetProperty("incidentId").GetGuid();

        var ofA = Assert.Single((await (await a.BoardHandler.GetAsync("/api/breaches")).ReadJsonAsync()).EnumerateArray());
        var idA = ofA.GetProperty("id").GetGuid();
        var idB = ids.Single(i => i != idA);
        Assert.Equal((incident, a.ProductId), (ofA.GetProperty("incidentId").GetGuid(), ofA.GetProperty("productId").GetGuid()));
        await SendMailAsync(app);
        Assert.Contains($"/breaches/{idA}", Assert.Single(app.Mail.To(a.IncidentEmail)).TextBody, StringComparison.Ordinal);
        Assert.Contains($"/breaches/{idB}", Assert.Single(app.Mail.To(b.IncidentEmail)).TextBody, StringComparison.Ordinal);
        Assert.Empty(app.Mail.To(elsewhere.IncidentEmail));

        // Board A never reaches board B's breach of the same incident, nor learns that there is one.
        Assert.Equal(HttpStatusCode.NotFound, (await a.BoardHandler.GetAsync($"/api/breaches/{idB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.BoardHandler.GetAsync($"/breaches/{idB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.BoardHandler.Client.PostJsonAsync($"/api/breaches/{idB}/authority-decision", new { version = 1, notified = false, reason = "x" })).StatusCode);
        var registerA = await (await a.BoardHandler.GetAsync("/breaches")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(b.Board.Name, registerA, StringComparison.Ordinal);
        Assert.DoesNotContain("breach-incident", registerA, StringComparison.Ordinal);
        Assert.DoesNotContain(b.Board.Name, await (await a.BoardHandler.GetAsync("/api/breaches/register?format=csv")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Each board decides on its own within its own 72 hours.
        Assert.Equal(HttpStatusCode.OK, (await a.BoardHandler.Client.PostJsonAsync($"/api/breaches/{idA}/authority-decision", new { version = 1, notified = false, reason = "Geen risico" })).StatusCode);
        var seenByB = await (await b.BoardHandler.GetAsync($"/api/breaches/{idB}")).ReadJsonAsync();
        Assert.Equal(JsonValueKind.Null, seenByB.GetProperty("authority").ValueKind);
        Assert.Equal("DueSoon", seenByB.GetProperty("decisionStatus").GetString());
        Assert.Equal(now + TimeSpan.FromHours(72), seenByB.GetProperty("decisionDue").GetDateTimeOffset());

        // The supplier's register lists each board's breach, grouped as one incident.
        var mine = (await (await reporter.GetAsync("/api/breaches")).ReadJsonAsync()).EnumerateArray().Where(x => x.GetProperty("incidentId").ValueKind == JsonValueKind.String
            && x.GetProperty("incidentId").GetGuid() == incident).Select(x => x.GetProperty("boardName").GetString()).Order().ToList();
        Assert.Equal(new[] { a.Board.Name, b.Board.Name }.Order(), mine);
        var register = await reporter.PageAsync("/breaches");
        Assert.Equal(2, register.QuerySelectorAll($".breach-incident[data-incident='{incident}']").Length);
        Assert.Contains("bij 2 schoolbestuur", register.QuerySelector(".breach-incident")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_product_breach_is_refused_naming_the_field_without_a_signed_agreement_missing_facts_or_the_right_role_and_for_another_suppliers_product(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var now = app.Clock.GetUtcNow();
        var lonely = await app.ProductAsync(p.Supplier);

        var uncovered = await p.SupplierHandler.Client.PostJsonAsync($"/api/products/{lonely.Id}/breaches", Report(Guid.Empty, now.AddHours(-1)));
        Assert.Equal(HttpStatusCode.BadRequest, uncovered.StatusCode);
        Assert.StartsWith("Product: geen door beide partijen ondertekende", (await uncovered.ReadJsonAsync()).GetProperty("errors").GetProperty("productId")[0].GetString(), StringComparison.Ordinal);

        var incomplete = await p.SupplierHandler.Client.PostJsonAsync($"/api/products/{p.ProductId}/breaches", new { kind = "DataBreach", summary = "Iets ging mis" });
        Assert.Equal(HttpStatusCode.BadRequest, incomplete.StatusCode);
        var errors = (await incomplete.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains("Ontdekt op", errors.GetProperty("discoveredAt")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("nature", out _));

        using var viewer = await app.SignInMemberAsync(p.Supplier, OrganisationRoles.Viewer);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Client.PostJsonAsync($"/api/products/{p.ProductId}/breaches", Report(Guid.Empty, now))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.BoardHandler.Client.PostJsonAsync($"/api/products/{p.ProductId}/breaches", Report(Guid.Empty, now))).StatusCode);
        using var otherSupplier = await app.SignInMemberAsync(await app.SupplierAsync(), OrganisationRoles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSupplier.Client.PostJsonAsync($"/api/products/{p.ProductId}/breaches", Report(Guid.Empty, now))).StatusCode);
        Assert.Empty((await (await p.BoardHandler.GetAsync("/api/breaches")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task The_supplier_reports_a_product_breach_from_its_products_list_with_errors_beside_the_fields()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var p = await Parties.CreateAsync(app);
        var products = await p.SupplierHandler.PageAsync("/products");
        var url = products.GetElementById($"report-breach-{p.ProductId}")!.GetAttribute("href")!;
        Assert.Equal($"/breaches/new?productId={p.ProductId}", url);
        Assert.Contains("(nu 1)", (await p.SupplierHandler.PageAsync(url)).GetElementById("product-breach-intro")!.TextContent, StringComparison.Ordinal);

        var empty = await p.SupplierHandler.SubmitAsync(url, "#breach-form", f => f.Set("Input.Summary", "Inlogpagina lekte sessies"));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Ontdekt op is verplicht", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var discovered = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow().AddHours(-2), Domain.Common.AmsterdamTime.Zone).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        void Fill(FormFields f) => f.Set("Input.Summary", "Inlogpagina lekte sessies").Set("Input.DiscoveredAt", discovered).SetAll("Input.Nature", "Reading");
        var lonely = await app.ProductAsync(p.Supplier);
        var uncovered = await WebSession.ParseAsync(await p.SupplierHandler.SubmitAsync($"/breaches/new?productId={lonely.Id}", "#breach-form", Fill));
        Assert.StartsWith("Product: geen door beide partijen ondertekende", uncovered.GetElementById("Input_ProductId")!.TextContent, StringComparison.Ordinal);

        var saved = await p.SupplierHandler.SubmitAsync(url, "#breach-form", Fill);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/breaches", saved.Headers.Location!.PathAndQuery());
        Assert.Contains("vastgelegd bij 1 verwerkersovereenkomst", (await p.SupplierHandler.PageAsync("/breaches")).GetElementById("status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Inlogpagina lekte sessies", Assert.Single((await (await p.BoardHandler.GetAsync("/api/breaches")).ReadJsonAsync()).EnumerateArray()).GetProperty("summary").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await p.BoardHandler.GetAsync(url)).StatusCode);
    }
}
