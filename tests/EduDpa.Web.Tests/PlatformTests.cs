using System.Net;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace EduDpa.Web.Tests;

/// <summary>What every capability relies on: errors, API documentation, security headers, anti-forgery, e-mail.</summary>
public sealed class PlatformTests(SharedApps apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_OpenAPI_document_describes_every_API_endpoint_and_the_docs_page_shows_it(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var anonymous = WebSession.Anonymous(app);

        var document = await (await anonymous.GetAsync("/openapi/v1.json")).ReadJsonAsync();
        var docs = await anonymous.GetAsync("/api/docs/");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/me", "/api/organisations", "/api/organisations/{organisationId}", "/api/members/{membershipId}", "/api/invitations", "/api/products/{productId}", "/api/tokens", "/api/audit/verify" })
        {
            Assert.Contains(path, paths);
        }
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("AccessToken").GetProperty("scheme").GetString());
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("EduDpa API", await docs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Unknown_pages_and_resources_answer_404_as_a_page_or_as_problem_details(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var session = await app.SignInMemberAsync(board, OrganisationRoles.Admin);

        var page = await session.GetAsync("/bestaat-niet");
        var api = await session.GetAsync($"/api/members/{Guid.NewGuid()}");
        var edit = await session.GetAsync($"/members/{Guid.NewGuid()}/edit");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Pagina niet gevonden", (await WebSession.ParseAsync(page)).QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        var missing = await session.Client.PutJsonAsync($"/api/members/{Guid.NewGuid()}", new { roles = new[] { "Viewer" }, version = 1 });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_form_posted_without_its_anti_forgery_token_is_refused(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var name = Unique.Name("Vervalst");

        var response = await admin.Client.PostAsync(new Uri("/organisations/new", UriKind.Relative), new FormUrlEncodedContent(
            [new("Input.Kind", "Supplier"), new("Input.Name", name), new("Input.KvkNumber", Unique.Kvk()), new("Input.Street", "a"), new("Input.Postcode", "1234 AB"), new("Input.City", "b")]));
        var language = await admin.Client.PostAsync(new Uri("/language", UriKind.Relative), new FormUrlEncodedContent([new("language", "en")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, language.StatusCode);
        Assert.DoesNotContain(name, await (await admin.GetAsync("/api/organisations")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Pages_forbid_framing_and_scripts_from_elsewhere(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var anonymous = WebSession.Anonymous(app);

        var response = await anonymous.GetAsync("/account/login");

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_SMTP_server_mail_lands_in_the_data_folder_and_administrators_read_it_at_dev_mail()
    {
        await using var app = await TestApp.StartAsync(TestDatabase.Sqlite, settings: new Dictionary<string, string?> { ["Smtp:Host"] = "" });
        var user = await app.UserAsync();
        using var anonymous = WebSession.Anonymous(app);
        await anonymous.SubmitAsync("/account/forgot-password", "form.utrecht-form", f => f.Set("Input.Email", user.Email!));
        using var admin = await app.SignInPlatformAdminAsync();
        var board = await app.SchoolBoardAsync();
        using var member = await app.SignInMemberAsync(board, OrganisationRoles.Admin);

        var list = await admin.PageAsync("/dev/mail");
        var link = list.QuerySelector("#mail a")!;
        var message = await admin.PageAsync(link.GetAttribute("href")!);

        Assert.Equal("EduDpa: nieuw wachtwoord instellen", link.TextContent);
        Assert.Contains("/account/reset-password?email=", message.GetElementById("mail-body")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(app.Mail.Messages);
        Denied.Assert(await member.GetAsync("/dev/mail"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/dev/mail/..%2F..%2Fedudpa.db")).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task With_an_SMTP_server_there_is_no_development_mail_page(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/dev/mail")).StatusCode);
        Assert.Null((await admin.PageAsync("/")).QuerySelector("a[href='/dev/mail']"));
    }

    [Fact]
    public async Task The_SMTP_mailer_delivers_to_a_real_SMTP_server()
    {
        await using var listener = new SmtpListener();
        var mailer = new SmtpMailer(Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = listener.Port, Security = MailKit.Security.SecureSocketOptions.None }), TimeProvider.System);

        await mailer.SendAsync(new MailMessage("ontvanger@school.example", "Onderwerp met ë", "Tekst met een é en een link https://edudpa.example/x"));

        var received = await listener.WaitForAsync("ontvanger@school.example");
        Assert.Equal("Onderwerp met ë", received.Subject);
        Assert.Equal("noreply@edudpa.example", received.From.Mailboxes.Single().Address);
        Assert.Equal("EduDpa", received.From.Mailboxes.Single().Name);
        Assert.Contains("Tekst met een é", received.TextBody, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Absurd_input_is_answered_with_a_message_never_with_a_500(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var huge = new string('x', 100_000);
        var bodies = new object[]
        {
            new { kind = "SchoolBoard", name = huge, kvkNumber = huge, street = huge, postcode = huge, city = huge, website = huge, schools = Enumerable.Range(0, 50).Select(_ => new { name = huge, brin = huge }) },
            new { kind = 99 },
            new { schools = (object?)null },
            Array.Empty<int>(),
        };

        foreach (var body in bodies)
        {
            var response = await admin.Client.PostJsonAsync("/api/organisations", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var form = await admin.SubmitAsync("/organisations/new?kind=SchoolBoard", "#organisation-form", f => f
            .Set("Input.Name", huge).Set("Input.Kind", "Bakkerij").Set("Input.ConvenantMemberSince", "31-02-2025").Set("Input.Schools[0].Sector", "Universiteit"));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.NotNull((await WebSession.ParseAsync(form)).GetElementById("error-summary"));
    }
}
