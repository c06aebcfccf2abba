using System.Net;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Features.Audits;
using EduDpa.Web.Features.Obligations;
using Microsoft.Extensions.DependencyInjection;
using static EduDpa.Web.Tests.AssuranceKit;

namespace EduDpa.Web.Tests;

/// <summary>Audits (model art. 7.7): request, approval by the other party, costs, the report for the two parties only, closing; mails, due items, late steps, refusals.</summary>
public sealed class AuditWebTests(SharedApps apps)
{
    private sealed record Parties(TestApp App, Organisation Board, Organisation Supplier, Guid ProductId, Guid AgreementId,
        WebSession BoardEditor, string BoardEditorEmail, WebSession SupplierEditor, string SupplierEditorEmail) : IDisposable
    {
        public static async Task<Parties> CreateAsync(TestApp app)
        {
            var board = await app.SchoolBoardAsync();
            var supplier = await app.SupplierAsync();
            var product = await app.ProductAsync(supplier);
            var agreementId = await AgreementAsync(app, board, supplier, product.Id);
            var boardEditor = await app.PersonInAsync(board, OrganisationRoles.Editor);
            var supplierEditor = await app.PersonInAsync(supplier, OrganisationRoles.Editor);
            return new Parties(app, board, supplier, product.Id, agreementId, await WebSession.SignInAsync(app, boardEditor.Email!), boardEditor.Email!,
                await WebSession.SignInAsync(app, supplierEditor.Email!), supplierEditor.Email!);
        }

        public async Task<Guid> RequestAsync()
        {
            var response = await BoardEditor.Client.PostJsonAsync($"/api/agreements/{AgreementId}/audits", new
            {
                scope = "Toegangsbeheer en logging (Bijlage 2, maatregelen 3 en 4)", auditor = "Onafhankelijk Auditbureau B.V., RE-auditor J. Jansen",
                plannedFrom = "2027-01-11", plannedTo = "2027-01-22", reason = "Jaarlijkse controle op de naleving",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
        }

        public void Dispose()
        {
            BoardEditor.Dispose();
            SupplierEditor.Dispose();
        }
    }

    private static Task<IReadOnlyList<DueItem>> DueAsync(TestApp app, Organisation organisation) => AsMemberAsync(app, organisation, services =>
        services.GetServices<IDueItemSource>().OfType<AuditDueItems>().Single().OpenForCurrentOrganisationAsync(CancellationToken.None));

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_audit_goes_from_request_through_approval_costs_and_report_to_closing_mailing_the_other_party_at_each_step(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var id = await p.RequestAsync();
        await SendMailAsync(app);
        var requested = Assert.Single(app.Mail.To(p.SupplierEditorEmail));
        Assert.Contains("vraagt een audit aan", requested.Subject, StringComparison.Ordinal);
        Assert.Contains($"/audits/{id}", requested.TextBody, StringComparison.Ordinal);
        Assert.Empty(app.Mail.To(p.BoardEditorEmail));
        var response = Assert.Single(await DueAsync(app, p.Supplier));
        Assert.Equal(AuditDueKinds.AuditResponse, response.Kind);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.FromHours(1)), response.DueAt);

        // Approval is the other party's: the board may not, by policy; the supplier's refusal needs a reason.
        Assert.Equal(HttpStatusCode.Forbidden, (await p.BoardEditor.Client.PostJsonAsync($"/api/audits/{id}/approve", new { version = 1 })).StatusCode);
        var noReason = await p.SupplierEditor.Client.PostJsonAsync($"/api/audits/{id}/reject", new { version = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Reden is verplicht", (await noReason.ReadJsonAsync()).GetProperty("errors").GetProperty("reason")[0].GetString(), StringComparison.Ordinal);
        var approved = await (await p.SupplierEditor.Client.PostJsonAsync($"/api/audits/{id}/approve", new { version = 1, note = "Akkoord met auditor en periode" })).ReadJsonAsync();
        Assert.Equal("Approved", approved.GetProperty("state").GetString());
        Assert.False(approved.GetProperty("responseLate").GetBoolean());
        await SendMailAsync(app);
        Assert.Contains("keurt de audit goed", Assert.Single(app.Mail.To(p.BoardEditorEmail)).Subject, StringComparison.Ordinal);
        Assert.Empty(await DueAsync(app, p.Supplier));
        Assert.Equal(AuditDueKinds.AuditReport, Assert.Single(await DueAsync(app, p.Board)).Kind);

        // Costs: the board proposes, cannot agree to its own proposal, the supplier agrees.
        Assert.Equal(HttpStatusCode.OK, (await p.BoardEditor.Client.PostJsonAsync($"/api/audits/{id}/costs", new { version = 2, bearer = "Board", arrangement = "Conform artikel 7.7 sub e" })).StatusCode);
        var own = await p.BoardEditor.Client.PostJsonAsync($"/api/audits/{id}/costs/agree", new { version = 3 });
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.True((await own.ReadJsonAsync()).GetProperty("errors").TryGetProperty("costs", out _));
        var agreed = await (await p.SupplierEditor.Client.PostJsonAsync($"/api/audits/{id}/costs/agree", new { version = 3 })).ReadJsonAsync();
        Assert.True(agreed.GetProperty("costs").GetProperty("isAgreed").GetBoolean());

        // The report, uploaded by the supplier with an access token, is read by the board and nobody else.
        var pdf = Pdf("auditrapport");
        using var api = WebSession.Api(app, await AccessTokenAsync(p.SupplierEditor, p.Supplier));
        var reported = await api.PostAsync(new Uri($"/api/audits/{id}/report", UriKind.Relative),
            Form([("version", "4"), ("summary", "Twee bevindingen in de logging, geen grote gebreken"), ("majorFindings", "false")], pdf, "rapport.pdf"));
        Assert.Equal(HttpStatusCode.OK, reported.StatusCode);
        Assert.Equal("Reported", (await reported.ReadJsonAsync()).GetProperty("state").GetString());
        var download = await p.BoardEditor.GetAsync($"/api/audits/{id}/report");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Sha256(pdf), Sha256(await download.Content.ReadAsByteArrayAsync()));
        using var otherBoard = await app.SignInMemberAsync(await app.SchoolBoardAsync(), OrganisationRoles.Editor);
        using var otherSupplier = await app.SignInMemberAsync(await app.SupplierAsync(), OrganisationRoles.Editor);
        foreach (var outsider in new[] { otherBoard, otherSupplier })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/audits/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/audits/{id}/report")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/audits/{id}")).StatusCode);
        }

        var closed = await (await p.BoardEditor.Client.PostJsonAsync($"/api/audits/{id}/close", new { version = 5, closingNote = "De leverancier herstelt de logging voor 1 maart." })).ReadJsonAsync();
        Assert.Equal("Closed", closed.GetProperty("state").GetString());
        await SendMailAsync(app);
        var toSupplier = app.Mail.To(p.SupplierEditorEmail).Select(m => m.Subject ?? "").ToList();
        Assert.Contains(toSupplier, s => s.Contains("kostenafspraak", StringComparison.Ordinal));
        Assert.Contains(toSupplier, s => s.Contains("afgesloten", StringComparison.Ordinal));
        Assert.Contains(app.Mail.To(p.BoardEditorEmail), m => (m.Subject ?? "").Contains("auditrapport geüpload", StringComparison.Ordinal));
        Assert.Empty(await DueAsync(app, p.Board));

        var page = await p.SupplierEditor.PageAsync($"/audits/{id}");
        Assert.Contains("De leverancier herstelt de logging", page.QuerySelector("#audit-closed")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"a[href='/api/audits/{id}/report']"));
        Assert.NotNull((await p.BoardEditor.PageAsync("/audits")).QuerySelector($"#audit-{id}"));
        Assert.NotNull((await p.BoardEditor.PageAsync($"/agreements/{p.AgreementId}")).QuerySelector($"#agreement-audits a[href='/audits/{id}']"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_pages_request_reject_revise_and_approve_naming_each_field_that_is_wrong(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var agreementPage = await p.BoardEditor.PageAsync($"/agreements/{p.AgreementId}");
        Assert.Equal($"/audits/new?agreementId={p.AgreementId}", agreementPage.QuerySelector("#request-audit")!.GetAttribute("href"));

        var empty = await p.BoardEditor.SubmitAsync($"/audits/new?agreementId={p.AgreementId}", "#audit-form", f => f.Set("Input.Auditor", "Auditbureau").Set("Input.PlannedFrom", "2026-01-05"));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var html = await WebSession.ParseAsync(empty);
        Assert.Contains("Reikwijdte is verplicht", html.QuerySelector("#Input_Scope-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Gepland vanaf ligt in het verleden", html.QuerySelector("#Input_PlannedFrom-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Auditbureau", html.QuerySelector("#Input_Auditor")!.GetAttribute("value"));

        var saved = await p.BoardEditor.SubmitAsync($"/audits/new?agreementId={p.AgreementId}", "#audit-form",
            f => f.Set("Input.Scope", "Back-ups").Set("Input.Auditor", "Auditbureau").Set("Input.PlannedFrom", "2027-02-01"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var url = saved.Headers.Location!.OriginalString;

        var rejected = await p.SupplierEditor.SubmitAsync(url, "#reject-form", f => f.Set("Step.Reason", "Onze ISO 27001-verklaring dekt dit al (7.7 sub d)"));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Null((await p.SupplierEditor.PageAsync(url)).QuerySelector("#approve-form"));
        var revised = await p.BoardEditor.SubmitAsync(url, "#revise-form", f => f.Set("Proposal.Auditor", "Tweede Auditbureau"));
        Assert.Equal(HttpStatusCode.Redirect, revised.StatusCode);
        var approved = await p.SupplierEditor.SubmitAsync(url, "#approve-form");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var detail = await p.BoardEditor.PageAsync(url);
        Assert.Contains("Tweede Auditbureau", detail.QuerySelector("#audit-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Goedgekeurd", detail.QuerySelector("#audit-state")!.TextContent, StringComparison.Ordinal);

        var noFile = await SubmitFileFormAsync(p.BoardEditor, url, "#report-form", f => f.Set("Step.Summary", "Geen bevindingen"), "Step.Document", "geen pdf"u8.ToArray(), "rapport.pdf");
        Assert.Equal(HttpStatusCode.OK, noFile.StatusCode);
        Assert.Contains("Auditrapport (pdf) moet een pdf-bestand zijn", (await WebSession.ParseAsync(noFile)).QuerySelector("#Step_Document-error")!.TextContent, StringComparison.Ordinal);
        var report = await SubmitFileFormAsync(p.BoardEditor, url, "#report-form", f => f.Set("Step.Summary", "Geen bevindingen"), "Step.Document", Pdf("rapport"), "rapport.pdf");
        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);

        using var viewer = await app.SignInMemberAsync(p.Supplier, OrganisationRoles.Viewer);
        var page = await viewer.PageAsync(url);
        Assert.Null(page.QuerySelector("#close-form"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_answer_after_14_days_and_a_report_after_the_planned_period_are_kept_and_marked_late(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database);
        using var p = await Parties.CreateAsync(app);
        var id = await p.RequestAsync();
        app.Clock.Advance(TimeSpan.FromDays(15));
        using var supplier = await app.SignInMemberAsync(p.Supplier, OrganisationRoles.Editor);
        Assert.Equal(Domain.Obligations.DueStatus.Overdue, Assert.Single(await DueAsync(app, p.Supplier)).StatusAt(app.Clock.GetUtcNow()));
        var approved = await (await supplier.Client.PostJsonAsync($"/api/audits/{id}/approve", new { version = 1 })).ReadJsonAsync();
        Assert.True(approved.GetProperty("responseLate").GetBoolean());

        app.Clock.Advance(TimeSpan.FromDays(60));   // past 22 January 2027
        using var board = await app.SignInMemberAsync(p.Board, OrganisationRoles.Editor);
        var reported = await PostFormAsync(board, $"/api/audits/{id}/report", Form([("version", "2"), ("summary", "Grote gebreken in de logging"), ("majorFindings", "true")], Pdf()));
        var body = await reported.ReadJsonAsync();
        Assert.True(body.GetProperty("reportLate").GetBoolean());
        Assert.True(body.GetProperty("report").GetProperty("majorFindings").GetBoolean());
        var page = await board.PageAsync($"/audits/{id}");
        Assert.Contains("(te laat)", page.QuerySelector("#audit-report")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(te laat)", page.QuerySelector("#audit-response")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_an_agreement_signed_by_both_takes_an_audit_and_bad_input_names_the_field(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var offered = await AgreementAsync(app, p.Board, p.Supplier, p.ProductId, signed: false);
        var refused = await p.BoardEditor.Client.PostJsonAsync($"/api/agreements/{offered}/audits", new { scope = "x", auditor = "y", plannedFrom = "2027-01-11" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.ReadJsonAsync()).GetProperty("errors").TryGetProperty("agreementId", out _));

        var bad = await p.BoardEditor.Client.PostJsonAsync($"/api/agreements/{p.AgreementId}/audits", new { plannedFrom = "2027-01-11", plannedTo = "2027-01-01" });
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains("Reikwijdte is verplicht", errors.GetProperty("scope")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Auditor is verplicht", errors.GetProperty("auditor")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Gepland tot en met", errors.GetProperty("plannedTo")[0].GetString(), StringComparison.Ordinal);

        var id = await p.RequestAsync();
        Assert.Equal(HttpStatusCode.Conflict, (await p.SupplierEditor.Client.PostJsonAsync($"/api/audits/{id}/approve", new { version = 7 })).StatusCode);
        var shared = await p.SupplierEditor.Client.PostJsonAsync($"/api/audits/{id}/costs", new { version = 1, bearer = "Shared" });
        Assert.Contains("Afspraak is verplicht", (await shared.ReadJsonAsync()).GetProperty("errors").GetProperty("arrangement")[0].GetString(), StringComparison.Ordinal);
        var early = await p.SupplierEditor.Client.PostJsonAsync($"/api/audits/{id}/close", new { version = 1, closingNote = "Klaar" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
    }
}
