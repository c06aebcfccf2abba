using System.Globalization;
using System.Net;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Features.Notifications;
using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace EduDpa.Web.Tests;

/// <summary>
/// The daily digest of what is due (once per person per organisation per Amsterdam day, from 07:00, without the kinds a person
/// left out), its preferences page and API, and the scheduled mails with several instances on one database.
/// </summary>
public sealed class NotificationTests(SharedApps apps)
{
    private const string Preferences = "/api/me/notification-preferences";

    /// <summary>The first moment the digest goes out on the day after <see cref="TestApp.Start"/>: 07:05 in Amsterdam (UTC+1 in November).</summary>
    private static readonly DateTimeOffset NextMorning = new(2026, 11, 24, 6, 5, 0, TimeSpan.Zero);

    private static Task<int> DigestAsync(TestApp app) => app.InScopeAsync(services =>
        services.GetServices<IScheduledMail>().OfType<DailyDigest>().Single().EnqueueDueAsync(app.Clock.GetUtcNow(), CancellationToken.None));

    private static Task<int> SendMailAsync(TestApp app) => app.InScopeAsync(services => services.GetRequiredService<MailOutbox>().SendPendingAsync(CancellationToken.None));

    private static bool IsDigest(MimeMessage mail) =>
        mail.Subject is { } subject && (subject.Contains("wat er openstaat", StringComparison.Ordinal) || subject.Contains("what is open", StringComparison.Ordinal));

    private static List<MimeMessage> Digests(TestApp app, string email) => [.. app.Mail.To(email).Where(IsDigest)];

    private static void MoveTo(TestApp app, DateTimeOffset moment) => app.Clock.Advance(moment - app.Clock.GetUtcNow());

    /// <summary>A board with a signed agreement, a breach the supplier reported (decision due in 72 hours) and a forwarded request (due in a month).</summary>
    private sealed record Due(Organisation Board, Organisation Supplier, Guid BreachId, Guid RequestId)
    {
        public static async Task<Due> CreateAsync(TestApp app)
        {
            var board = await app.SchoolBoardAsync();
            var supplier = await app.SupplierAsync();
            var agreementId = await RequestTests.SignedAgreementAsync(app, board, supplier);
            using var reporter = await app.SignInMemberAsync(supplier, OrganisationRoles.Editor);
            var now = app.Clock.GetUtcNow();
            var breach = await reporter.Client.PostJsonAsync("/api/breaches", new
            {
                agreementId, kind = "DataBreach", discoveredAt = now.AddHours(-1), summary = "Back-up onversleuteld gedeeld", nature = new[] { "Copying" }, highRisk = false,
            });
            Assert.Equal(HttpStatusCode.Created, breach.StatusCode);
            var request = await reporter.Client.PostJsonAsync($"/api/agreements/{agreementId}/requests", new
            {
                type = "access", receivedAt = now, description = "Een ouder vraagt inzage.", subjectGroup = "parent",
            });
            Assert.Equal(HttpStatusCode.Created, request.StatusCode);
            return new Due(board, supplier, (await breach.ReadJsonAsync()).GetProperty("id").GetGuid(), (await request.ReadJsonAsync()).GetProperty("id").GetGuid());
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_digest_comes_once_a_day_from_seven_with_every_open_item_soonest_first_marked_and_linked(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database);
        var due = await Due.CreateAsync(app);
        var reader = await app.PersonInAsync(due.Board, OrganisationRoles.Viewer);
        var supplierReader = await app.PersonInAsync(due.Supplier, OrganisationRoles.Viewer);

        MoveTo(app, NextMorning.AddMinutes(-35));
        Assert.Equal(0, await DigestAsync(app));
        await SendMailAsync(app);
        Assert.Empty(Digests(app, reader.Email!));

        MoveTo(app, NextMorning);
        Assert.Equal(1, await DigestAsync(app));
        Assert.Equal(0, await DigestAsync(app));
        await SendMailAsync(app);
        var digest = Assert.Single(Digests(app, reader.Email!));
        Assert.Contains(due.Board.Name, digest.Subject, StringComparison.Ordinal);
        Assert.Contains("24-11-2026", digest.Subject, StringComparison.Ordinal);
        var body = digest.TextBody ?? string.Empty;
        var breachLink = body.IndexOf($"http://localhost/breaches/{due.BreachId}", StringComparison.Ordinal);
        var requestLink = body.IndexOf($"http://localhost/requests/{due.RequestId}", StringComparison.Ordinal);
        Assert.True(breachLink > 0 && requestLink > breachLink, body);
        var lines = body.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("- [binnen een week] 26-11-2026 10:00: Besluit over melding datalek aan de AP: Back-up onversleuteld gedeeld", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("- 24-12-2026 00:00: Verzoek om inzage beantwoorden – " + due.Supplier.Name, StringComparison.Ordinal));
        Assert.Contains("http://localhost/account/manage/notifications", body, StringComparison.Ordinal);
        // The supplier has nothing due: no digest for it.
        Assert.Empty(Digests(app, supplierReader.Email!));

        // Three days on, the decision is overdue and the digest of that day says so.
        MoveTo(app, NextMorning.AddDays(3));
        Assert.Equal(1, await DigestAsync(app));
        Assert.Equal(0, await DigestAsync(app));
        await SendMailAsync(app);
        var later = Digests(app, reader.Email!);
        Assert.Equal(2, later.Count);
        Assert.Contains("- [verlopen] 26-11-2026 10:00: Besluit over melding datalek", later[1].TextBody, StringComparison.Ordinal);
        Assert.Empty(Digests(app, supplierReader.Email!));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_digest_leaves_out_the_kinds_a_person_chose_is_not_sent_when_switched_off_and_is_in_the_persons_language(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database);
        var due = await Due.CreateAsync(app);
        var choosy = await app.PersonInAsync(due.Board, OrganisationRoles.Editor);
        var off = await app.PersonInAsync(due.Board, OrganisationRoles.Viewer);
        var nothingLeft = await app.PersonInAsync(due.Board, OrganisationRoles.Viewer);
        var english = await app.PersonInAsync(due.Board, OrganisationRoles.Viewer);
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<User>>();
            var user = (await users.FindByIdAsync(english.Id.ToString()))!;
            user.PreferredCulture = "en";
            await users.UpdateAsync(user);
        });
        foreach (var (person, body) in new (User, object)[]
                 {
                     (choosy, new { digest = true, excludedKinds = new[] { "BreachDecision" } }),
                     (off, new { digest = false, excludedKinds = Array.Empty<string>() }),
                     (nothingLeft, new { digest = true, excludedKinds = new[] { "BreachDecision", "RequestAnswer" } }),
                 })
        {
            using var session = await WebSession.SignInAsync(app, person.Email!);
            Assert.Equal(HttpStatusCode.OK, (await session.Client.PutJsonAsync(Preferences, body)).StatusCode);
        }

        MoveTo(app, NextMorning);
        Assert.Equal(2, await DigestAsync(app));
        await SendMailAsync(app);

        var chosen = Assert.Single(Digests(app, choosy.Email!)).TextBody;
        Assert.Contains($"/requests/{due.RequestId}", chosen, StringComparison.Ordinal);
        Assert.DoesNotContain($"/breaches/{due.BreachId}", chosen, StringComparison.Ordinal);
        Assert.Empty(Digests(app, off.Email!));
        Assert.Empty(Digests(app, nothingLeft.Email!));
        var inEnglish = Assert.Single(Digests(app, english.Email!));
        Assert.StartsWith($"{due.Board.Name}: what is open on", inEnglish.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Good morning", inEnglish.TextBody, StringComparison.Ordinal);
        Assert.Contains("[within a week]", inEnglish.TextBody, StringComparison.Ordinal);
        Assert.Contains("Decide on notifying the DPA of a breach: Back-up onversleuteld gedeeld", inEnglish.TextBody, StringComparison.Ordinal);
        Assert.Contains("Answer a request for access", inEnglish.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_instances_on_one_PostgreSQL_database_running_the_digest_at_the_same_moment_send_each_person_one()
    {
        Assert.SkipWhen(TestEnvironment.PostgresConnectionString is null, TestEnvironment.NoPostgres);
        await using var first = await TestApp.StartAsync(TestDatabase.Postgres);
        await using var second = await TestApp.StartAsync(TestDatabase.Postgres, settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:EduDpa"] = first.Services.GetRequiredService<IConfiguration>()["ConnectionStrings:EduDpa"],
            ["Smtp:Port"] = first.Mail.Port.ToString(CultureInfo.InvariantCulture),
        });
        var due = await Due.CreateAsync(first);
        var people = new List<User>();
        for (var i = 0; i < 12; i++)
        {
            people.Add(await first.PersonInAsync(due.Board, OrganisationRoles.Viewer));
        }
        await SendMailAsync(first); // the immediate mails of the breach and the request, out of the way
        var before = first.Mail.Messages.Count;
        MoveTo(first, NextMorning);
        MoveTo(second, NextMorning);

        var enqueued = await Task.WhenAll(DigestAsync(first), DigestAsync(second));
        var sent = await Task.WhenAll(SendMailAsync(first), SendMailAsync(second), SendMailAsync(first), SendMailAsync(second));

        Assert.Equal(people.Count, enqueued.Sum());
        Assert.Equal(people.Count, sent.Sum());
        Assert.All(people, person => Assert.Single(Digests(first, person.Email!)));
        Assert.Equal(people.Count, first.Mail.Messages.Count - before);
        Assert.Empty(second.Mail.Messages);
        Assert.Equal(0, await DigestAsync(second));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Saving_scheduled_mails_keeps_the_rest_when_another_instance_saved_some_of_the_same_keys_first(TestDatabase database)
    {
        var app = await apps.Get(database);
        var prefix = $"test:{Guid.NewGuid():N}:";
        var to = Unique.Email("gepland");
        MailMessage Message(string subject) => new(to, subject, "Er staat iets voor u klaar.");
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            await MailOutbox.EnqueueAsync(db, [(prefix + "b", Message("eerste instantie"))], app.Clock.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
        });

        var saved = await app.InScopeAsync(services => MailOutbox.SaveOnceAsync(services.GetRequiredService<EduDpaDbContext>(),
            [(prefix + "a", Message("a")), (prefix + "b", Message("tweede instantie")), (prefix + "c", Message("c"))], app.Clock.GetUtcNow(), CancellationToken.None));

        Assert.Equal(2, saved);
        var stored = await app.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().OutgoingMails
            .Where(m => m.IdempotencyKey.StartsWith(prefix)).OrderBy(m => m.IdempotencyKey).Select(m => m.Subject).ToListAsync());
        Assert.Equal(["a", "eerste instantie", "c"], stored);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_person_sets_the_digest_and_its_kinds_on_the_page_and_through_the_API_and_an_unknown_kind_is_refused_naming_the_field(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var session = await app.SignInMemberAsync(await app.SchoolBoardAsync(), OrganisationRoles.Viewer);

        var initial = await (await session.GetAsync(Preferences)).ReadJsonAsync();
        Assert.True(initial.GetProperty("digest").GetBoolean());
        Assert.Empty(initial.GetProperty("excludedKinds").EnumerateArray());
        var kinds = initial.GetProperty("kinds").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!, k => k.GetProperty("name").GetString());
        Assert.Equal("Besluit melding datalek", kinds["BreachDecision"]);
        Assert.Superset(new HashSet<string> { "BreachDecision", "RequestAnswer", "RequestAssistance", "ConfirmDestruction", "AwaitDestruction" }, kinds.Keys.ToHashSet());

        var unknown = await session.Client.PutJsonAsync(Preferences, new { digest = true, excludedKinds = new[] { "BreachDecision", "Horoscoop" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Soorten termijnen", (await unknown.ReadJsonAsync()).GetProperty("errors").GetProperty("excludedKinds")[0].GetString(), StringComparison.Ordinal);
        var noChoice = await session.Client.PutJsonAsync(Preferences, new { excludedKinds = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.BadRequest, noChoice.StatusCode);
        Assert.True((await noChoice.ReadJsonAsync()).GetProperty("errors").TryGetProperty("digest", out _));
        Assert.Empty((await (await session.GetAsync(Preferences)).ReadJsonAsync()).GetProperty("excludedKinds").EnumerateArray());

        var saved = await session.Client.PutJsonAsync(Preferences, new { digest = true, excludedKinds = new[] { "breachdecision" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await saved.ReadJsonAsync();
        Assert.Equal(["BreachDecision"], body.GetProperty("excludedKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.False(body.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "BreachDecision").GetProperty("inDigest").GetBoolean());

        var page = await session.PageAsync("/account/manage/notifications");
        Assert.False(((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById("kind-BreachDecision")!).IsChecked);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById("kind-RequestAnswer")!).IsChecked);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById("Input_Digest")!).IsChecked);
        Assert.Contains("altijd direct", page.GetElementById("immediate-mails")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await session.PageAsync("/account/manage")).GetElementById("manage-notifications"));

        var forged = await session.SubmitAsync("/account/manage/notifications", "#preferences-form", f => f.Add("Input.Included", "Horoscoop"));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        var refused = await WebSession.ParseAsync(forged);
        Assert.Contains("Soorten termijnen heeft een onbekende waarde.", refused.GetElementById("Input_ExcludedKinds-error")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(refused.QuerySelector("#error-summary a[href='#Input_ExcludedKinds']"));

        var submitted = await session.SubmitAsync("/account/manage/notifications", "#preferences-form", f => f.Check("Input.Digest", false).SetAll("Input.Included", "RequestAnswer"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var after = await (await session.GetAsync(Preferences)).ReadJsonAsync();
        Assert.False(after.GetProperty("digest").GetBoolean());
        var excluded = after.GetProperty("excludedKinds").EnumerateArray().Select(k => k.GetString()).ToList();
        Assert.Contains("BreachDecision", excluded);
        Assert.DoesNotContain("RequestAnswer", excluded);

        using var anonymous = WebSession.Anonymous(app);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Preferences)).StatusCode);
    }

    [Fact]
    public async Task Every_due_item_source_declares_its_kinds_each_with_a_Dutch_and_an_English_name()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        await app.InScopeAsync(services =>
        {
            var t = services.GetRequiredService<IStringLocalizer<SharedResource>>();
            foreach (var source in services.GetServices<IDueItemSource>())
            {
                Assert.True(source.Kinds.Count > 0, $"{source.GetType().Name} declares no kinds: add them to its Kinds, with Due.Kind.{{Kind}} texts.");
                foreach (var kind in source.Kinds)
                {
                    foreach (var language in new[] { "nl", "en" })
                    {
                        using var scope = new Infrastructure.Localization.CultureScope(language);
                        Assert.False(t[$"Due.Kind.{kind}"].ResourceNotFound, $"Due.Kind.{kind} ({language})");
                    }
                }
            }
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task The_scheduled_mail_worker_runs_only_when_mail_is_sent_in_the_background()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        Assert.Empty(app.Services.GetServices<IHostedService>().OfType<ScheduledMailWorker>());
        await using var background = await TestApp.StartAsync(TestDatabase.Sqlite, settings: new Dictionary<string, string?> { ["Mail:SendInBackground"] = "true" });
        Assert.Single(background.Services.GetServices<IHostedService>().OfType<ScheduledMailWorker>());
        Assert.Equal(0, await background.Services.GetRequiredService<ScheduledMails>().RunAsync(CancellationToken.None));
    }
}
