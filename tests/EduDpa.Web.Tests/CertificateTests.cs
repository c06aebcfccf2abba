using System.Net;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Features.Certificates;
using EduDpa.Web.Features.Obligations;
using Microsoft.Extensions.DependencyInjection;
using static EduDpa.Web.Tests.AssuranceKit;

namespace EduDpa.Web.Tests;

/// <summary>Certificates per product: upload, who reads the metadata and the PDF, refusals naming the field, reminders before expiry, due items.</summary>
public sealed class CertificateWebTests(SharedApps apps)
{
    private sealed record Parties(Organisation Board, Organisation Supplier, Guid ProductId, Guid AgreementId, WebSession SupplierEditor, WebSession BoardViewer) : IDisposable
    {
        public static async Task<Parties> CreateAsync(TestApp app)
        {
            var board = await app.SchoolBoardAsync();
            var supplier = await app.SupplierAsync();
            var product = await app.ProductAsync(supplier);
            var agreementId = await AgreementAsync(app, board, supplier, product.Id);
            return new Parties(board, supplier, product.Id, agreementId, await app.SignInMemberAsync(supplier, OrganisationRoles.Editor),
                await app.SignInMemberAsync(board, OrganisationRoles.Viewer));
        }

        public Task<HttpResponseMessage> UploadAsync(byte[]? pdf, (string, string)[]? fields = null, string fileName = "iso27001.pdf", bool antiforgery = true) =>
            PostFormAsync(SupplierEditor, $"/api/products/{ProductId}/certificates", Form(fields ?? CertificateFields(), pdf, fileName), antiforgery);

        public void Dispose()
        {
            SupplierEditor.Dispose();
            BoardViewer.Dispose();
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_supplier_uploads_a_certificate_and_a_board_with_an_agreement_downloads_the_same_bytes(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var pdf = Pdf();

        var created = await p.UploadAsync(pdf);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadJsonAsync();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("Iso27001", body.GetProperty("kind").GetString());
        Assert.Equal("Valid", body.GetProperty("status").GetString());
        Assert.Equal(Sha256(pdf), body.GetProperty("document").GetProperty("sha256").GetString());
        Assert.Equal(pdf.Length, body.GetProperty("document").GetProperty("size").GetInt64());

        var list = await (await p.BoardViewer.GetAsync($"/api/products/{p.ProductId}/certificates")).ReadJsonAsync();
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await p.BoardViewer.GetAsync($"/api/certificates/{id}")).StatusCode);

        var download = await p.BoardViewer.GetAsync($"/api/certificates/{id}/document");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("iso27001.pdf", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Sha256(pdf), Sha256(await download.Content.ReadAsByteArrayAsync()));

        // The agreement page shows the certificate with its download; the supplier's page lists it.
        var agreementPage = await p.BoardViewer.PageAsync($"/agreements/{p.AgreementId}");
        Assert.NotNull(agreementPage.QuerySelector($"#assurance a[href='/api/certificates/{id}/document']"));
        var supplierPage = await p.SupplierEditor.PageAsync($"/products/{p.ProductId}/certificates");
        Assert.Contains("ISO 27001", supplierPage.QuerySelector($"#certificate-{id}")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await p.SupplierEditor.PageAsync("/products")).QuerySelector($"a[href='/products/{p.ProductId}/certificates']"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_renamed_text_file_a_too_large_file_and_bad_facts_are_refused_naming_the_field(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);

        var text = await p.UploadAsync("Dit is geen pdf, alleen een hernoemd tekstbestand."u8.ToArray(), fileName: "certificaat.pdf");
        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.Equal("Certificaat (pdf) moet een pdf-bestand zijn; dit bestand is geen pdf.", (await text.ReadJsonAsync()).GetProperty("errors").GetProperty("document")[0].GetString());

        var large = new byte[StoredDocumentLimit + 1];
        "%PDF-1.4\n"u8.CopyTo(large);
        var tooLarge = await p.UploadAsync(large);
        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Equal("Certificaat (pdf) is te groot: een bestand mag hoogstens 10 MB zijn.", (await tooLarge.ReadJsonAsync()).GetProperty("errors").GetProperty("document")[0].GetString());

        var facts = await p.UploadAsync(Pdf(), [("kind", "Other"), ("scope", ""), ("issuer", "X"), ("validFrom", "2027-01-01"), ("validTo", "2026-12-31")]);
        var errors = (await facts.ReadJsonAsync()).GetProperty("errors");
        Assert.Contains("Naam (bij Anders) is verplicht", errors.GetProperty("otherName")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Reikwijdte is verplicht", errors.GetProperty("scope")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Geldig tot en met ligt vóór", errors.GetProperty("validTo")[0].GetString(), StringComparison.Ordinal);
        var unreadable = await (await p.UploadAsync(Pdf(), CertificateFields(validFrom: "1-1-2026"))).ReadJsonAsync();
        Assert.Equal(["validFrom"], unreadable.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray());

        // The page: the message beside the field, what was typed kept.
        var page = await SubmitFileFormAsync(p.SupplierEditor, $"/products/{p.ProductId}/certificates", "#certificate-form",
            f => f.Set("Input.Kind", "Nen7510").Set("Input.Scope", "Zorgmodule").Set("Input.Issuer", "Keurmerk B.V.").Set("Input.ValidFrom", "2026-01-01").Set("Input.ValidTo", "2027-12-31"),
            "Input.Document", "platte tekst"u8.ToArray());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await WebSession.ParseAsync(page);
        Assert.Contains("geen pdf", html.QuerySelector("#Input_Document-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Zorgmodule", html.QuerySelector("#Input_Scope")!.TextContent);
        Assert.Equal(0, (await (await p.SupplierEditor.GetAsync($"/api/products/{p.ProductId}/certificates")).ReadJsonAsync()).GetArrayLength());
    }

    private const int StoredDocumentLimit = Domain.Files.StoredDocument.DefaultMaxMegabytes * 1024 * 1024;

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_page_uploads_a_certificate_and_replaces_and_withdraws_it(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var url = $"/products/{p.ProductId}/certificates";
        var saved = await SubmitFileFormAsync(p.SupplierEditor, url, "#certificate-form",
            f => f.Set("Input.Kind", "Rosa").Set("Input.Scope", "Rekenroute").Set("Input.Issuer", "ROSA-auditor").Set("Input.ValidFrom", "2026-01-01").Set("Input.ValidTo", "2026-12-31"),
            "Input.Document", Pdf("ROSA"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var old = (await (await p.SupplierEditor.GetAsync($"/api/products/{p.ProductId}/certificates")).ReadJsonAsync())[0];
        var oldId = old.GetProperty("id").GetGuid();
        Assert.Equal("ExpiresSoon", old.GetProperty("status").GetString());

        var replaced = await SubmitFileFormAsync(p.SupplierEditor, $"{url}?replaces={oldId}", "#certificate-form",
            f => f.Set("Input.ValidFrom", "2027-01-01").Set("Input.ValidTo", "2027-12-31"), "Input.Document", Pdf("ROSA 2027"));
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var all = (await (await p.SupplierEditor.GetAsync($"/api/products/{p.ProductId}/certificates")).ReadJsonAsync()).EnumerateArray().ToList();
        Assert.Equal("Superseded", all.Single(c => c.GetProperty("id").GetGuid() == oldId).GetProperty("status").GetString());
        var current = all.Single(c => c.GetProperty("id").GetGuid() != oldId);
        Assert.Equal(oldId, current.GetProperty("supersedesId").GetGuid());

        var noReason = await p.SupplierEditor.SubmitAsync(url, $"#withdraw-{current.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Reden van intrekken is verplicht", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var withdrawn = await p.SupplierEditor.SubmitAsync(url, $"#withdraw-{current.GetProperty("id").GetGuid()}", f => f.Set("Withdraw.Reason", "Door de uitgever ingetrokken"));
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        // Withdrawn: the board no longer sees it; the superseded one stays readable as history.
        Assert.Equal(HttpStatusCode.NotFound, (await p.BoardViewer.GetAsync($"/api/certificates/{current.GetProperty("id").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.BoardViewer.GetAsync($"/api/certificates/{oldId}")).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_board_another_supplier_and_a_board_whose_offer_was_declined_get_404(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var id = (await (await p.UploadAsync(Pdf())).ReadJsonAsync()).GetProperty("id").GetGuid();
        var declinedBoard = await app.SchoolBoardAsync();
        await AgreementAsync(app, declinedBoard, p.Supplier, p.ProductId, declined: true);
        var offeredBoard = await app.SchoolBoardAsync();
        await AgreementAsync(app, offeredBoard, p.Supplier, p.ProductId, signed: false);

        using var stranger = await app.SignInMemberAsync(await app.SchoolBoardAsync(), OrganisationRoles.Editor);
        using var declined = await app.SignInMemberAsync(declinedBoard, OrganisationRoles.Editor);
        using var otherSupplier = await app.SignInMemberAsync(await app.SupplierAsync(), OrganisationRoles.Editor);
        foreach (var outsider in new[] { stranger, declined, otherSupplier })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/certificates/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/certificates/{id}/document")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/products/{p.ProductId}/certificates")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await otherSupplier.GetAsync($"/products/{p.ProductId}/certificates")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostFormAsync(otherSupplier, $"/api/products/{p.ProductId}/certificates", Form(CertificateFields(), Pdf()))).StatusCode);

        // An offer under review already lets the board weigh the supplier's certificates.
        using var offered = await app.SignInMemberAsync(offeredBoard, OrganisationRoles.Reviewer);
        Assert.Equal(HttpStatusCode.OK, (await offered.GetAsync($"/api/certificates/{id}/document")).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_cookie_form_post_needs_the_antiforgery_token_an_access_token_does_not(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var forged = await p.UploadAsync(Pdf(), antiforgery: false);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("RequestVerificationToken", (await forged.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var api = WebSession.Api(app, await AccessTokenAsync(p.SupplierEditor, p.Supplier));
        var created = await api.PostAsync(new Uri($"/api/products/{p.ProductId}/certificates", UriKind.Relative), Form(CertificateFields("Soc2Type2"), Pdf("SOC 2")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var json = await api.PostAsync(new Uri($"/api/products/{p.ProductId}/certificates", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_supplier_is_reminded_90_30_and_0_days_before_expiry_once_each(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database);
        var supplier = await app.SupplierAsync();
        var product = await app.ProductAsync(supplier);
        var editor = await app.PersonInAsync(supplier, OrganisationRoles.Editor);
        var admin = await app.PersonInAsync(supplier, OrganisationRoles.Admin);
        var viewer = await app.PersonInAsync(supplier, OrganisationRoles.Viewer);
        using var session = await WebSession.SignInAsync(app, editor.Email!);
        // Today is 23 November 2026 (Amsterdam); the certificate's last day is 3 March 2027, 100 days on.
        var upload = await PostFormAsync(session, $"/api/products/{product.Id}/certificates", Form(CertificateFields(validTo: "2027-03-03"), Pdf()));
        // An older certificate that was superseded gets no reminders, though its last day is near.
        var old = await PostFormAsync(session, $"/api/products/{product.Id}/certificates", Form(CertificateFields("Nen7510", validTo: "2026-11-30"), Pdf()));
        var oldId = (await old.ReadJsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await PostFormAsync(session, $"/api/products/{product.Id}/certificates",
            Form(CertificateFields("Nen7510", validTo: "2029-11-30", replaces: oldId.ToString()), Pdf()))).StatusCode);

        async Task<int> RemindAsync() => await app.InScopeAsync(services => services.GetRequiredService<CertificateReminders>().EnqueueDueAsync(app.Clock.GetUtcNow(), CancellationToken.None));

        Assert.Equal(0, await RemindAsync());
        app.Clock.Advance(TimeSpan.FromDays(10));   // 3 December: 90 days left
        Assert.Equal(2, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        await SendMailAsync(app);
        Assert.Contains("verloopt over 90 dagen", Assert.Single(app.Mail.To(editor.Email!)).Subject ?? "", StringComparison.Ordinal);
        Assert.Single(app.Mail.To(admin.Email!));
        Assert.Empty(app.Mail.To(viewer.Email!));

        app.Clock.Advance(TimeSpan.FromDays(70));   // 11 February: 20 days left, past the 30-day mark
        Assert.Equal(2, await RemindAsync());
        Assert.Equal(0, await RemindAsync());
        app.Clock.Advance(TimeSpan.FromDays(19));   // 2 March: 1 day left, nothing new
        Assert.Equal(0, await RemindAsync());
        app.Clock.Advance(TimeSpan.FromDays(1));    // 3 March: the last day
        Assert.Equal(2, await RemindAsync());
        app.Clock.Advance(TimeSpan.FromDays(5));
        Assert.Equal(0, await RemindAsync());

        await SendMailAsync(app);
        var subjects = app.Mail.To(editor.Email!).Select(m => m.Subject ?? "").ToList();
        Assert.Equal(3, subjects.Count);
        Assert.Contains(subjects, s => s.Contains("verloopt over 20 dagen", StringComparison.Ordinal));
        Assert.Contains(subjects, s => s.Contains("verloopt vandaag", StringComparison.Ordinal));
        Assert.Equal(3, app.Mail.To(admin.Email!).Count());
        Assert.All(app.Mail.To(editor.Email!), m => Assert.Contains($"/products/{product.Id}/certificates", m.TextBody ?? "", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Mail.Messages, m => (m.Subject ?? "").Contains("NEN 7510", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_supplier_sees_each_current_certificates_expiry_as_a_due_item(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await Parties.CreateAsync(app);
        var created = await (await p.UploadAsync(Pdf(), CertificateFields(validTo: "2027-06-30"))).ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        var items = await AsMemberAsync(app, p.Supplier, services =>
            services.GetServices<IDueItemSource>().OfType<CertificateDueItems>().Single().OpenForCurrentOrganisationAsync(CancellationToken.None));
        var item = Assert.Single(items);
        Assert.Equal($"certificate:{id}:expiry", item.Key);
        Assert.Equal(CertificateDueKinds.CertificateExpiry, item.Kind);
        Assert.Equal($"/products/{p.ProductId}/certificates", item.Link);
        Assert.Equal(created.GetProperty("expiresAt").GetDateTimeOffset(), item.DueAt);
        Assert.Equal(new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.FromHours(2)), item.DueAt);
        var due = await (await p.SupplierEditor.GetAsync("/api/due")).Content.ReadAsStringAsync();
        Assert.Contains(item.Key, due, StringComparison.Ordinal);
    }
}
