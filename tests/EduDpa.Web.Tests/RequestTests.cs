using System.Net;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Models;
using EduDpa.Domain.Obligations;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

/// <summary>Data subject requests: the supplier forwards, the board extends, asks assistance and records the outcome; e-mails, refusals, isolation and lateness.</summary>
public sealed class RequestTests(SharedApps apps)
{
    private sealed record Parties(TestApp App, Organisation Board, Organisation Supplier, Guid AgreementId, WebSession BoardEditor, string BoardEditorEmail, string ReviewerEmail,
        WebSession SupplierEditor, string SupplierEditorEmail) : IDisposable
    {
        public static async Task<Parties> CreateAsync(TestApp app)
        {
            var board = await app.SchoolBoardAsync();
            var supplier = await app.SupplierAsync();
            var agreementId = await SignedAgreementAsync(app, board, supplier);
            var boardEditor = await app.PersonInAsync(board, OrganisationRoles.Editor);
            var reviewer = await app.PersonInAsync(board, OrganisationRoles.Reviewer);
            var supplierEditor = await app.PersonInAsync(supplier, OrganisationRoles.Editor);
            return new Parties(app, board, supplier, agreementId, await WebSession.SignInAsync(app, boardEditor.Email!), boardEditor.Email!, reviewer.Email!,
                await WebSession.SignInAsync(app, supplierEditor.Email!), supplierEditor.Email!);
        }

        public Task<HttpResponseMessage> ForwardAsync(object body) => SupplierEditor.Client.PostJsonAsync($"/api/agreements/{AgreementId}/requests", body);

        public async Task<Guid> ForwardAccessAsync(DateTimeOffset received) =>
            (await (await ForwardAsync(new { type = "access", receivedAt = received, description = "Een ouder vraagt inzage in de toetsresultaten.", subjectGroup = "parent" }))
                .ReadJsonAsync()).GetProperty("id").GetGuid();

        public Task<int> SendMailAsync() => App.InScopeAsync(services => services.GetRequiredService<MailOutbox>().SendPendingAsync(CancellationToken.None));

        public void Dispose()
        {
            BoardEditor.Dispose();
            SupplierEditor.Dispose();
        }
    }

    /// <summary>An agreement signed by both, made through the domain (signing itself is tested in LifecycleTests).</summary>
    internal static async Task<Guid> SignedAgreementAsync(TestApp app, Organisation board, Organisation supplier)
    {
        var product = await app.ProductAsync(supplier);
        return await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            var now = app.Clock.GetUtcNow();
            var boardSigner = new Representative("B. Bestuurder", "voorzitter");
            var supplierSigner = new Representative("L. Leverancier", "directeur");
            var agreement = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, board.Id, supplier.Id, PartyRole.Processor, now,
                new UnderlyingContract(null, "Licentie", 30), [product.Id]);
            agreement.UpdateProcessorPart(PartyRole.Processor, supplierSigner);
            agreement.UpdateControllerPart(PartyRole.Controller, boardSigner, true, []);
            agreement.Offer(PartyRole.Processor, now);
            agreement.Approve(PartyRole.Controller, true, new Actor(Guid.NewGuid(), "R. Beoordelaar"), now);
            var hashes = new SnapshotHashes(new string('a', 64), new string('b', 64));
            agreement.Sign(PartyRole.Controller, true, boardSigner, Guid.NewGuid(), SigningReadiness.Ready, () => hashes, now);
            agreement.Sign(PartyRole.Processor, true, supplierSigner, Guid.NewGuid(), SigningReadiness.Ready, () => hashes, now);
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
            return agreement.Id;
        });
    }

    private static async Task<System.Text.Json.JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("errors");
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Forwarded_extended_helped_and_answered_with_an_email_to_each_party(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var received = app.Clock.GetUtcNow().AddDays(-2);

        var forwarded = await p.ForwardAsync(new { type = "access", receivedAt = received, description = "Een ouder vraagt inzage in de toetsresultaten.", subjectGroup = "parent" });
        Assert.Equal(HttpStatusCode.Created, forwarded.StatusCode);
        var request = await forwarded.ReadJsonAsync();
        var id = request.GetProperty("id").GetGuid();
        Assert.Equal(Deadlines.RequestDue(received), request.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal("Processor", request.GetProperty("yourRole").GetString());

        await p.SendMailAsync();
        Assert.Contains("inzage", Assert.Single(app.Mail.To(p.BoardEditorEmail)).Subject, StringComparison.Ordinal);
        Assert.Single(app.Mail.To(p.ReviewerEmail));
        Assert.Empty(app.Mail.To(p.SupplierEditorEmail));

        var list = await (await p.BoardEditor.GetAsync("/api/requests")).ReadJsonAsync();
        var row = Assert.Single(list.EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        Assert.Equal("Open", row.GetProperty("status").GetString());
        Assert.Equal("Controller", row.GetProperty("yourRole").GetString());

        var noReason = await ErrorsAsync(await p.BoardEditor.Client.PostJsonAsync($"/api/requests/{id}/extend", new { reason = " " }));
        Assert.Contains("Reden van verlenging", noReason.GetProperty("reason")[0].GetString(), StringComparison.Ordinal);
        var extended = await (await p.BoardEditor.Client.PostJsonAsync($"/api/requests/{id}/extend", new { reason = "Gegevens in drie systemen." })).ReadJsonAsync();
        Assert.True(extended.GetProperty("extended").GetBoolean());
        Assert.Equal(Deadlines.RequestDue(received, extended: true), extended.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.BadRequest, (await p.BoardEditor.Client.PostJsonAsync($"/api/requests/{id}/extend", new { reason = "nog eens" })).StatusCode);

        var asked = await p.BoardEditor.Client.PostJsonAsync($"/api/requests/{id}/assistance", new { question = "Welke toetsresultaten bewaart u van deze leerling?" });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        await p.SendMailAsync();
        Assert.Single(app.Mail.To(p.SupplierEditorEmail));
        var supplierView = await (await p.SupplierEditor.GetAsync($"/api/requests/{id}")).ReadJsonAsync();
        Assert.Equal(JsonValueKindOf("null"), supplierView.GetProperty("assistance")[0].GetProperty("answer").ValueKind);
        Assert.Contains("Hulpvraag wacht op uw antwoord", (await p.SupplierEditor.PageAsync("/requests")).QuerySelector("#requests")!.TextContent, StringComparison.Ordinal);

        var answered = await p.SupplierEditor.Client.PostJsonAsync($"/api/requests/{id}/assistance-answer", new { answer = "Alleen de scores van 2026." });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("Alleen de scores van 2026.", (await answered.ReadJsonAsync()).GetProperty("assistance")[0].GetProperty("answer").GetString());

        var outcome = await p.BoardEditor.Client.PostJsonAsync($"/api/requests/{id}/outcome",
            new { outcome = "PartlyGranted", explanation = "Inzage gegeven, behalve in notities van derden.", answeredAt = app.Clock.GetUtcNow() });
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        var done = await outcome.ReadJsonAsync();
        Assert.Equal("PartlyGranted", done.GetProperty("outcome").GetString());
        Assert.False(done.GetProperty("answeredLate").GetBoolean());
        Assert.Equal(JsonValueKindOf("null"), done.GetProperty("status").ValueKind);
        Assert.Equal(["Forwarded", "Extended", "AssistanceAsked", "AssistanceAnswered", "OutcomeRecorded"],
            done.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToArray());

        var page = await p.BoardEditor.PageAsync($"/requests/{id}");
        Assert.Contains("Gedeeltelijk toegewezen", page.QuerySelector("#request-outcome")!.TextContent, StringComparison.Ordinal);
    }

    private static System.Text.Json.JsonValueKind JsonValueKindOf(string kind) => kind == "null" ? System.Text.Json.JsonValueKind.Null : System.Text.Json.JsonValueKind.Undefined;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_unknown_type_or_a_missing_receipt_is_refused_naming_the_field_and_another_board_finds_nothing(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);

        var unknown = await ErrorsAsync(await p.ForwardAsync(new { type = "deletion", receivedAt = app.Clock.GetUtcNow(), description = "x" }));
        Assert.Contains("Soort verzoek", unknown.GetProperty("type")[0].GetString(), StringComparison.Ordinal);
        var missing = await ErrorsAsync(await p.ForwardAsync(new { type = "erasure", receivedAt = (DateTimeOffset?)null, description = "x" }));
        Assert.Contains("Ontvangen op", missing.GetProperty("receivedAt")[0].GetString(), StringComparison.Ordinal);
        var future = await ErrorsAsync(await p.ForwardAsync(new { type = "erasure", receivedAt = app.Clock.GetUtcNow().AddDays(1), description = "x" }));
        Assert.True(future.TryGetProperty("receivedAt", out _));
        var byBoard = await p.BoardEditor.Client.PostJsonAsync($"/api/agreements/{p.AgreementId}/requests", new { type = "access", receivedAt = app.Clock.GetUtcNow(), description = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, byBoard.StatusCode);

        var id = await p.ForwardAccessAsync(app.Clock.GetUtcNow());
        using var otherBoard = await app.SignInMemberAsync(await app.SchoolBoardAsync(), OrganisationRoles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBoard.GetAsync($"/api/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBoard.Client.PostJsonAsync($"/api/requests/{id}/extend", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBoard.GetAsync($"/requests/{id}")).StatusCode);
        Assert.DoesNotContain(id.ToString(), await (await otherBoard.GetAsync("/api/requests")).Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stale = await p.BoardEditor.Client.PostJsonAsync($"/api/requests/{id}/extend", new { reason = "x", version = 99 });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, (await stale.ReadJsonAsync()).GetProperty("current").GetProperty("version").GetInt32());

        using var viewer = await app.SignInMemberAsync(p.Board, OrganisationRoles.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/requests/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Client.PostJsonAsync($"/api/requests/{id}/extend", new { reason = "x" })).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Organisation_admins_act_on_requests_as_editors_do_and_viewers_still_cannot(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        var supplier = await app.SupplierAsync();
        var agreementId = await SignedAgreementAsync(app, board, supplier);
        using var supplierAdmin = await app.SignInMemberAsync(supplier, OrganisationRoles.Admin);
        using var boardAdmin = await app.SignInMemberAsync(board, OrganisationRoles.Admin);

        Assert.NotNull((await supplierAdmin.PageAsync($"/agreements/{agreementId}")).QuerySelector("#forward-request"));
        var url = $"/requests/new?agreementId={agreementId}";
        var forwarded = await supplierAdmin.SubmitAsync(url, "#forward-form", f => f.Set("Input.Type", "Access")
            .Set("Input.ReceivedAt", DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Set("Input.Description", "Een leerling vraagt inzage in zijn gegevens."));
        Assert.Equal(HttpStatusCode.Redirect, forwarded.StatusCode);
        var requestUrl = forwarded.Headers.Location!.PathAndQuery();
        var id = Guid.Parse(requestUrl.Split('/')[^1]);
        Assert.Equal(HttpStatusCode.Created, (await supplierAdmin.Client.PostJsonAsync($"/api/agreements/{agreementId}/requests",
            new { type = "erasure", receivedAt = app.Clock.GetUtcNow(), description = "Een ouder vraagt verwijdering." })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await boardAdmin.Client.PostJsonAsync($"/api/requests/{id}/extend", new { reason = "Gegevens in drie systemen." })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await boardAdmin.SubmitAsync(requestUrl, "#assistance-form", f => f.Set("Step.Question", "Welke gegevens bewaart u?"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await supplierAdmin.Client.PostJsonAsync($"/api/requests/{id}/assistance-answer", new { answer = "Alleen de inloggegevens." })).StatusCode);
        var outcome = await boardAdmin.Client.PostJsonAsync($"/api/requests/{id}/outcome",
            new { outcome = "Granted", explanation = "Inzage gegeven.", answeredAt = app.Clock.GetUtcNow() });
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        Assert.Equal(["Forwarded", "Extended", "AssistanceAsked", "AssistanceAnswered", "OutcomeRecorded"],
            (await outcome.ReadJsonAsync()).GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToArray());

        using var viewer = await app.SignInMemberAsync(board, OrganisationRoles.Viewer);
        Assert.Null((await viewer.PageAsync(requestUrl)).QuerySelector("#outcome-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Client.PostJsonAsync($"/api/requests/{id}/assistance", new { question = "x" })).StatusCode);
        using var supplierViewer = await app.SignInMemberAsync(supplier, OrganisationRoles.Viewer);
        Denied.Assert(await supplierViewer.GetAsync(url));
    }

    [Fact]
    public async Task The_pages_forward_show_errors_beside_their_fields_and_let_the_board_extend()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var p = await Parties.CreateAsync(app);

        var agreementPage = await p.SupplierEditor.PageAsync($"/agreements/{p.AgreementId}");
        Assert.NotNull(agreementPage.QuerySelector("#forward-request"));
        Assert.Null((await p.BoardEditor.PageAsync($"/agreements/{p.AgreementId}")).QuerySelector("#forward-request"));

        var url = $"/requests/new?agreementId={p.AgreementId}";
        var empty = await p.SupplierEditor.SubmitAsync(url, "#forward-form");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var html = await empty.Content.ReadAsStringAsync();
        Assert.Contains("Soort verzoek is verplicht.", html, StringComparison.Ordinal);
        Assert.Contains("Ontvangen op is verplicht.", html, StringComparison.Ordinal);
        Assert.Contains("niet meer persoonsgegevens", html, StringComparison.Ordinal);

        var saved = await p.SupplierEditor.SubmitAsync(url, "#forward-form", f => f
            .Set("Input.Type", "Erasure").Set("Input.ReceivedAt", DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Set("Input.Description", "Een medewerker vraagt om verwijdering van zijn account."));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var requestUrl = saved.Headers.Location!.PathAndQuery();

        var noReason = await p.BoardEditor.SubmitAsync(requestUrl, "#extend-form");
        Assert.Contains("Reden van verlenging is verplicht.", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await p.BoardEditor.SubmitAsync(requestUrl, "#extend-form", f => f.Set("Step.Reason", "Veel verzoeken tegelijk."))).StatusCode);
        var page = await p.BoardEditor.PageAsync(requestUrl);
        Assert.Null(page.QuerySelector("#extend-form"));
        Assert.Contains("Veel verzoeken tegelijk.", page.QuerySelector("#request-due")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await p.BoardEditor.PageAsync("/requests")).QuerySelector("#requests"));

        Assert.Equal(HttpStatusCode.Redirect, (await p.BoardEditor.SubmitAsync(requestUrl, "#assistance-form", f => f.Set("Step.Question", "Welke accounts heeft deze medewerker?"))).StatusCode);
        Assert.Null((await p.BoardEditor.PageAsync(requestUrl)).QuerySelector("#assistance-form"));
        Assert.Equal(HttpStatusCode.Redirect, (await p.SupplierEditor.SubmitAsync(requestUrl, "#answer-form", f => f.Set("Step.Answer", "Eén account, inmiddels verwijderd."))).StatusCode);
        Assert.Contains("Eén account, inmiddels verwijderd.", (await p.BoardEditor.PageAsync(requestUrl)).QuerySelector("#assistance")!.TextContent, StringComparison.Ordinal);

        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var incomplete = await p.BoardEditor.SubmitAsync(requestUrl, "#outcome-form", f => f.Set("Step.AnsweredAt", today));
        var errors = await incomplete.Content.ReadAsStringAsync();
        Assert.Contains("Uitkomst is verplicht.", errors, StringComparison.Ordinal);
        Assert.Contains("Toelichting is verplicht.", errors, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await p.BoardEditor.SubmitAsync(requestUrl, "#outcome-form", f => f
            .Set("Step.Outcome", "Granted").Set("Step.Explanation", "Account verwijderd.").Set("Step.AnsweredAt", today))).StatusCode);
        var answered = await p.BoardEditor.PageAsync(requestUrl);
        Assert.Contains("Toegewezen", answered.QuerySelector("#request-outcome")!.TextContent, StringComparison.Ordinal);
        Assert.Null(answered.QuerySelector("#outcome-form"));
    }

    [Fact]
    public async Task An_outcome_after_the_due_moment_is_flagged_late_and_the_board_sees_the_request_as_due()
    {
        await using var app = await TestApp.StartAsync(TestDatabase.Sqlite);
        using var p = await Parties.CreateAsync(app);
        var id = await p.ForwardAccessAsync(app.Clock.GetUtcNow().AddDays(-1));
        await p.BoardEditor.Client.PostJsonAsync($"/api/requests/{id}/assistance", new { question = "Welke gegevens?" });

        var boardItems = await DueItemsAsync(app, p.Board);
        var item = Assert.Single(boardItems);
        Assert.Equal(($"request:{id}:answer", "RequestAnswer", $"/requests/{id}"), (item.Key, item.Kind, item.Link));
        var supplierItem = Assert.Single(await DueItemsAsync(app, p.Supplier));
        Assert.Equal(("RequestAssistance", item.DueAt), (supplierItem.Kind, supplierItem.DueAt));

        app.Clock.Advance(TimeSpan.FromDays(40));
        // The sign-in of 40 days ago has expired: sign in again.
        using var board = await WebSession.SignInAsync(app, p.BoardEditorEmail);
        var row = Assert.Single((await (await board.GetAsync("/api/requests")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal("Overdue", row.GetProperty("status").GetString());
        Assert.NotNull((await board.PageAsync("/requests")).QuerySelector(".edudpa-overdue"));

        var late = await (await board.Client.PostJsonAsync($"/api/requests/{id}/outcome",
            new { outcome = "granted", explanation = "Inzage gegeven.", answeredAt = app.Clock.GetUtcNow() })).ReadJsonAsync();
        Assert.True(late.GetProperty("answeredLate").GetBoolean());
        Assert.True(late.GetProperty("history").EnumerateArray().Last().GetProperty("late").GetBoolean());
        Assert.NotNull((await board.PageAsync($"/requests/{id}")).QuerySelector("#answered-late"));
        Assert.Empty(await DueItemsAsync(app, p.Board));
    }

    private static Task<IReadOnlyList<DueItem>> DueItemsAsync(TestApp app, Organisation organisation) => app.InScopeAsync(services =>
    {
        services.GetRequiredService<TenantContext>().Set(Guid.NewGuid(), "test", PlatformRoles.None,
            [new MemberOrganisation(organisation.Id, organisation.Name, organisation.Kind, OrganisationRoles.Editor)], organisation.Id);
        return services.GetServices<IDueItemSource>().Single(s => s is Features.Requests.RequestDueItems).OpenForCurrentOrganisationAsync(CancellationToken.None);
    });
}
