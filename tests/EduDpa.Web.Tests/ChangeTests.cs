using System.Net;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Obligations;
using EduDpa.Testing;
using EduDpa.Web.Features.Changes;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

/// <summary>
/// Changes to a product's annexes after signing, through the API and the pages: a sub-processor change with the
/// six-week objection period (art. 11.2), a significant change accepted before it applies (art. 14.3), a minor one,
/// the mails, the due items and what applies to the agreement.
/// </summary>
public sealed class ChangeTests(SharedApps apps)
{
    /// <summary>A new sub-processor in India, which needs a transfer (the demo annex already transfers to the United States).</summary>
    private static Dictionary<string, object?> NewSubProcessor(DateOnly intended, bool withTransfer = true)
    {
        var body = new Dictionary<string, object?>
        {
            ["action"] = "Add", ["name"] = "Analyse Voorbeeld Pvt. Ltd. (fictief)", ["processing"] = "Analyse van het gebruik van de oefenstof",
            ["dataCategories"] = new[] { "F1-pupil-21", "F1-pupil-23" }, ["processingCountryCode"] = "IN", ["establishmentCountryCode"] = "IN",
            ["reason"] = "Betere aansluiting van de oefenstof op het niveau van de leerling", ["intendedDate"] = intended,
        };
        if (withTransfer)
        {
            body["transferServiceId"] = "rr-oefenen";
            body["transferDescription"] = "Gepseudonimiseerde gebruiksgegevens voor analyse";
            body["transferSafeguard"] = "StandardContractualClauses";
            body["transferSafeguardDetails"] = "Modelcontract (EU) 2021/914, module 3";
            body["transferSupplementaryMeasures"] = "Pseudonimisering in de EER vóór de doorgifte";
        }
        return body;
    }

    private static DateOnly Earliest(TestApp app) => Deadlines.DateIn(Deadlines.ObjectionPeriodEnds(app.Clock.GetUtcNow()));

    private static string ChangesUrl(LifecycleTests.Parties p) => $"/api/products/{p.Supplier.ProductId}/sub-processor-changes";

    private static async Task<(LifecycleTests.Parties Parties, Guid ChangeId)> AnnouncedAsync(TestApp app)
    {
        var p = await LifecycleTests.Parties.CreateAsync(app);
        await p.SignByBothAsync();
        await p.SendMailAsync();
        var created = await p.Supplier.Editor.Client.PostJsonAsync(ChangesUrl(p), NewSubProcessor(Earliest(app)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (p, (await created.ReadJsonAsync()).GetProperty("id").GetGuid());
    }

    private static string NoticeUrl(Guid changeId, Guid agreementId, string rest = "") => $"/api/changes/{changeId}/agreements/{agreementId}{rest}";

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_supplier_announces_a_sub_processor_the_board_is_mailed_objects_with_reasons_and_the_supplier_sees_it(TestDatabase database)
    {
        var app = await apps.Get(database);
        var (p, changeId) = await AnnouncedAsync(app);
        using var parties = p;

        var change = await (await p.Supplier.Editor.GetAsync($"/api/changes/{changeId}")).ReadJsonAsync();
        Assert.Equal("SubProcessors", change.GetProperty("change").GetProperty("kind").GetString());
        Assert.Equal(1, change.GetProperty("change").GetProperty("noticeCount").GetInt32());
        Assert.Equal(2, change.GetProperty("change").GetProperty("toNumber").GetInt32());
        Assert.Equal(1, change.GetProperty("counts").GetProperty("AwaitingBoard").GetInt32());
        var versions = await (await p.Supplier.Editor.GetAsync($"/api/products/{p.Supplier.ProductId}/annexes/privacy/versions")).ReadJsonAsync();
        Assert.Equal(2, versions[0].GetProperty("number").GetInt32());

        await p.SendMailAsync();
        var mail = Assert.Single(app.Mail.To(p.ReviewerEmail), m => m.Subject!.Contains("subverwerkers", StringComparison.Ordinal));
        Assert.Contains($"/changes/{changeId}/agreements/{p.AgreementId}", mail.TextBody, StringComparison.Ordinal);

        var notices = await (await p.BoardEditor.GetAsync("/api/notices")).ReadJsonAsync();
        var notice = Assert.Single(notices.EnumerateArray());
        Assert.Equal("AwaitingBoard", notice.GetProperty("status").GetString());
        var respondBy = notice.GetProperty("respondBy").GetDateTimeOffset();
        Assert.Equal(Deadlines.ObjectionPeriodEnds(app.Clock.GetUtcNow()), respondBy);
        var due = await (await p.BoardEditor.GetAsync("/api/due")).ReadJsonAsync();
        Assert.Contains(due.EnumerateArray(), d => d.GetProperty("kind").GetString() == ChangeDueItems.ObjectionKind && d.GetProperty("dueAt").GetDateTimeOffset() == respondBy);

        var details = await (await p.BoardEditor.GetAsync(NoticeUrl(changeId, p.AgreementId))).ReadJsonAsync();
        Assert.Equal(1, details.GetProperty("fromNumber").GetInt32());
        var changed = details.GetProperty("sections").EnumerateArray().Where(s => s.GetProperty("changed").GetBoolean()).ToList();
        Assert.Contains(changed, s => s.GetProperty("lines").EnumerateArray().Any(l => l.GetProperty("part").GetString() == "Inserted" && l.GetProperty("text").GetString()!.Contains("Analyse Voorbeeld", StringComparison.Ordinal)));

        var version = notice.GetProperty("version").GetInt32();
        var bySupplier = await p.Supplier.Editor.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/reaction"), new { version, accepted = false, reason = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, bySupplier.StatusCode);
        var noReason = await p.BoardEditor.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/reaction"), new { version, accepted = false, reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.ReadJsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        var objected = await p.BoardEditor.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/reaction"), new { version, accepted = false, reason = "Geen leerlinggegevens naar India" });
        Assert.Equal(HttpStatusCode.OK, objected.StatusCode);
        Assert.Equal("InConsultation", (await objected.ReadJsonAsync()).GetProperty("status").GetString());

        await p.SendMailAsync();
        var supplierEmail = (await (await p.Supplier.Editor.GetAsync("/api/me")).ReadJsonAsync()).GetProperty("email").GetString()!;
        var supplierMail = Assert.Single(app.Mail.To(supplierEmail), m => m.Subject!.StartsWith("Bezwaar", StringComparison.Ordinal));
        Assert.Contains("Geen leerlinggegevens naar India", supplierMail.TextBody, StringComparison.Ordinal);
        var overview = await (await p.Supplier.Editor.GetAsync($"/api/changes/{changeId}?status=InConsultation")).ReadJsonAsync();
        var row = Assert.Single(overview.GetProperty("notices").EnumerateArray());
        Assert.Equal("Geen leerlinggegevens naar India", row.GetProperty("reaction").GetProperty("reason").GetString());

        var outcome = await p.Supplier.Editor.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/outcome"),
            new { version = row.GetProperty("version").GetInt32(), outcome = "NotApplied", note = "Voor dit bestuur schakelen wij de subverwerker niet in" });
        Assert.Equal(HttpStatusCode.OK, outcome.StatusCode);
        var inForce = await (await p.BoardEditor.GetAsync($"/api/agreements/{p.AgreementId}/annex-changes")).ReadJsonAsync();
        Assert.Equal(1, inForce.GetProperty("inForce").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "Privacy").GetProperty("number").GetInt32());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_input_names_each_field_and_announces_nothing(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await LifecycleTests.Parties.CreateAsync(app);
        await p.SignByBothAsync();

        var tooSoon = NewSubProcessor(Earliest(app).AddDays(-1), withTransfer: false);
        tooSoon["reason"] = "";
        var refused = await p.Supplier.Editor.Client.PostJsonAsync(ChangesUrl(p), tooSoon);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.ReadJsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "intendedDate", "reason", "transferServiceId", "transferSafeguard", "transferDescription" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }
        Assert.Contains("6 weken", errors.GetProperty("intendedDate")[0].GetString(), StringComparison.Ordinal);
        var unknown = await p.Supplier.Editor.Client.PostJsonAsync(ChangesUrl(p), new { action = "Remove", existing = "Niet Bestaand B.V.", reason = "x", intendedDate = Earliest(app) });
        Assert.True((await unknown.ReadJsonAsync()).GetProperty("errors").TryGetProperty("existing", out _));
        var bogus = await p.Supplier.Editor.Client.PostJsonAsync(ChangesUrl(p), new { action = "Explode" });
        Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
        var changes = await (await p.Supplier.Editor.GetAsync("/api/changes")).ReadJsonAsync();
        Assert.Equal(0, changes.GetArrayLength());
        Assert.Equal(1, (await (await p.Supplier.Editor.GetAsync($"/api/products/{p.Supplier.ProductId}/annexes/privacy/versions")).ReadJsonAsync()).GetArrayLength());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Without_objection_the_new_version_applies_when_six_weeks_have_passed_and_a_late_answer_is_marked_late(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database);
        var (p, changeId) = await AnnouncedAsync(app);
        using var parties = p;
        var respondBy = Deadlines.ObjectionPeriodEnds(app.Clock.GetUtcNow());

        app.Clock.SetUtcNow(respondBy.AddHours(-1).ToUniversalTime());
        using (var before = await WebSession.SignInAsync(app, (await app.PersonInAsync(p.Supplier.Organisation, OrganisationRoles.Viewer)).Email!))
        {
            var stillOld = await (await before.GetAsync($"/api/changes/{changeId}")).ReadJsonAsync();
            Assert.Equal(1, stillOld.GetProperty("counts").GetProperty("AwaitingBoard").GetInt32());
        }
        app.Clock.SetUtcNow(respondBy.AddDays(1).ToUniversalTime());
        using var board = await WebSession.SignInAsync(app, (await app.PersonInAsync(await BoardOfAsync(app, p), OrganisationRoles.Editor)).Email!);
        var inForce = await (await board.GetAsync($"/api/agreements/{p.AgreementId}/annex-changes")).ReadJsonAsync();
        var privacy = inForce.GetProperty("inForce").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "Privacy");
        Assert.Equal(2, privacy.GetProperty("number").GetInt32());
        Assert.Equal(respondBy, privacy.GetProperty("since").GetDateTimeOffset());
        var notice = Assert.Single(inForce.GetProperty("notices").EnumerateArray());
        Assert.Equal("AppliedBySilence", notice.GetProperty("status").GetString());
        var due = await (await board.GetAsync("/api/due")).ReadJsonAsync();
        Assert.DoesNotContain(due.EnumerateArray(), d => d.GetProperty("kind").GetString() == ChangeDueItems.ObjectionKind);

        var late = await board.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/reaction"), new { version = notice.GetProperty("version").GetInt32(), accepted = false, reason = "Wij zagen het te laat" });
        var answered = await late.ReadJsonAsync();
        Assert.True(answered.GetProperty("reaction").GetProperty("late").GetBoolean());
        Assert.Equal(respondBy, answered.GetProperty("appliesFrom").GetDateTimeOffset());
    }

    private static Task<Domain.Organisations.Organisation> BoardOfAsync(TestApp app, LifecycleTests.Parties p) => app.InScopeAsync(async services =>
    {
        var db = services.GetRequiredService<EduDpaDbContext>();
        var agreement = await EntityFrameworkQueryableExtensions.FirstAsync(db.Agreements.IgnoreQueryFilters(), a => a.Id == p.AgreementId);
        return await EntityFrameworkQueryableExtensions.FirstAsync(db.Organisations.IgnoreQueryFilters(), o => o.Id == agreement.BoardId);
    });

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_significant_publication_needs_its_consequences_explained_and_applies_once_the_board_accepts(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await LifecycleTests.Parties.CreateAsync(app);
        await p.SignByBothAsync();
        var annex = Infrastructure.Data.DemoAnnexes.Rekenroute();
        await p.Supplier.PutAsync(AnnexApiTests.Json(annex with { Purposes = [.. annex.Purposes, "E20"] }));

        var unexplained = await p.Supplier.PublishAsync();
        Assert.Equal(HttpStatusCode.BadRequest, unexplained.StatusCode);
        var errors = (await unexplained.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("explanation", out _));
        Assert.True(errors.TryGetProperty("intendedDate", out _));

        var published = await p.Supplier.Editor.Client.PostJsonAsync($"/api/products/{p.Supplier.ProductId}/annexes/privacy/draft/publish",
            new { explanation = "Wij gebruiken de gegevens ook om de methode te verbeteren.", intendedDate = Deadlines.DateIn(app.Clock.GetUtcNow()).AddDays(14) });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var notice = Assert.Single((await (await p.BoardEditor.GetAsync("/api/notices")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(("Significant", "AwaitingBoard"), (notice.GetProperty("kind").GetString(), notice.GetProperty("status").GetString()));
        var changeId = notice.GetProperty("changeId").GetGuid();
        Assert.Equal(1, (await (await p.BoardEditor.GetAsync($"/api/agreements/{p.AgreementId}/annex-changes")).ReadJsonAsync())
            .GetProperty("inForce").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "Privacy").GetProperty("number").GetInt32());

        var accepted = await p.BoardEditor.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/reaction"), new { version = notice.GetProperty("version").GetInt32(), accepted = true });
        Assert.Equal("Accepted", (await accepted.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(2, (await (await p.BoardEditor.GetAsync($"/api/agreements/{p.AgreementId}/annex-changes")).ReadJsonAsync())
            .GetProperty("inForce").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "Privacy").GetProperty("number").GetInt32());

        // Taking a purpose out adds nothing: it applies at once and the board is only informed.
        await p.Supplier.PutAsync(AnnexApiTests.Json(annex with { Purposes = ["E1", "E2", "E3"] }));
        Assert.Equal(HttpStatusCode.Created, (await p.Supplier.PublishAsync()).StatusCode);
        var minor = (await (await p.BoardEditor.GetAsync("/api/notices")).ReadJsonAsync()).EnumerateArray().First(n => n.GetProperty("toNumber").GetInt32() == 3);
        Assert.Equal(("Minor", "Informed"), (minor.GetProperty("kind").GetString(), minor.GetProperty("status").GetString()));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_supplier_withdraws_for_one_board_or_the_parties_end_the_agreement_and_another_board_sees_nothing(TestDatabase database)
    {
        var app = await apps.Get(database);
        var (p, changeId) = await AnnouncedAsync(app);
        using var parties = p;
        using var stranger = await app.SignInMemberAsync(await app.SchoolBoardAsync(), OrganisationRoles.Editor | OrganisationRoles.Reviewer);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(NoticeUrl(changeId, p.AgreementId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/reaction"), new { version = 1, accepted = true })).StatusCode);
        Assert.Empty((await (await stranger.GetAsync("/api/notices")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await p.BoardEditor.GetAsync($"/api/changes/{changeId}")).StatusCode);

        var objected = await (await p.BoardEditor.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/reaction"), new { version = 1, accepted = false, reason = "Niet akkoord" })).ReadJsonAsync();
        var noEnd = await p.BoardEditor.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/outcome"), new { version = objected.GetProperty("version").GetInt32(), outcome = "Terminated", note = "Wij stoppen" });
        Assert.True((await noEnd.ReadJsonAsync()).GetProperty("errors").TryGetProperty("endDate", out _));
        var ended = await p.BoardEditor.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/outcome"),
            new { version = objected.GetProperty("version").GetInt32(), outcome = "Terminated", note = "Wij stoppen met het product", endDate = Deadlines.DateIn(app.Clock.GetUtcNow()).AddMonths(2) });
        Assert.Equal("Terminated", (await ended.ReadJsonAsync()).GetProperty("status").GetString());
        var agreement = await (await p.BoardEditor.GetAsync($"/api/agreements/{p.AgreementId}")).ReadJsonAsync();
        Assert.Equal("Terminating", agreement.GetProperty("lifecycle").GetProperty("currentState").GetString());

        var withdrawn = await p.Supplier.Editor.Client.PostJsonAsync(NoticeUrl(changeId, p.AgreementId, "/withdraw"), new { version = 99 });
        Assert.Equal(HttpStatusCode.Conflict, withdrawn.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_pages_announce_show_the_deadline_and_the_difference_and_take_the_objection(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await LifecycleTests.Parties.CreateAsync(app);
        await p.SignByBothAsync();
        var url = $"/products/{p.Supplier.ProductId}/sub-processors/change";

        var page = await p.Supplier.Editor.PageAsync(url);
        Assert.NotNull(page.QuerySelector("#current-sub-processors"));
        var refused = await p.Supplier.Editor.SubmitAsync(url, "#announce-form", f => f.Set("Input.Name", "Analyse Voorbeeld Pvt. Ltd. (fictief)").Set("Input.ProcessingCountryCode", "IN")
            .Set("Input.EstablishmentCountryCode", "IN").Set("Input.Processing", "Analyse").Set("Input.Reason", "").Set("Input.DataCategories", "F1-pupil-21"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = await WebSession.ParseAsync(refused);
        Assert.NotNull(errors.QuerySelector("#Input_Reason-error"));
        Assert.NotNull(errors.QuerySelector("#Input_TransferSafeguard-error"));
        Assert.Equal("Analyse Voorbeeld Pvt. Ltd. (fictief)", ((AngleSharp.Html.Dom.IHtmlInputElement)errors.QuerySelector("#Input_Name")!).Value);

        var announced = await p.Supplier.Editor.SubmitAsync(url, "#announce-form", f => f.Set("Input.Name", "Analyse Voorbeeld Pvt. Ltd. (fictief)").Set("Input.ProcessingCountryCode", "IN")
            .Set("Input.EstablishmentCountryCode", "IN").Set("Input.Processing", "Analyse van het gebruik").Set("Input.Reason", "Betere oefenstof").Set("Input.DataCategories", "F1-pupil-21")
            .Set("Input.TransferServiceId", "rr-oefenen").Set("Input.TransferDescription", "Gebruiksgegevens").Set("Input.TransferSafeguard", "StandardContractualClauses")
            .Set("Input.TransferSupplementaryMeasures", "Pseudonimisering").Set("Input.TransferSafeguardDetails", "SCC 2021/914"));
        Assert.Equal(HttpStatusCode.Redirect, announced.StatusCode);
        var changeUrl = announced.Headers.Location!.OriginalString;
        Assert.StartsWith("/changes/", changeUrl, StringComparison.Ordinal);
        var overview = await p.Supplier.Editor.PageAsync(changeUrl);
        Assert.Contains("Analyse Voorbeeld", overview.QuerySelector("#change-edit")!.TextContent, StringComparison.Ordinal);

        var noticeUrl = $"{changeUrl}/agreements/{p.AgreementId}";
        var notice = await p.BoardEditor.PageAsync(noticeUrl);
        Assert.Contains(Deadlines.DateIn(Deadlines.ObjectionPeriodEnds(app.Clock.GetUtcNow()).AddTicks(-1)).ToString("d", new System.Globalization.CultureInfo("nl-NL")),
            notice.QuerySelector("#notice-deadline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(notice.QuerySelectorAll("ins"), i => i.TextContent.Contains("Analyse Voorbeeld", StringComparison.Ordinal));
        var noReason = await p.BoardEditor.SubmitAsync(noticeUrl, "#object-form");
        Assert.NotNull((await WebSession.ParseAsync(noReason)).QuerySelector("#Step_Reason-error"));
        var objected = await p.BoardEditor.SubmitAsync(noticeUrl, "#object-form", f => f.Set("Step.Reason", "Liever binnen de EER"));
        Assert.Equal(HttpStatusCode.Redirect, objected.StatusCode);
        var seen = await p.Supplier.Editor.PageAsync(changeUrl);
        Assert.Contains("Liever binnen de EER", seen.QuerySelector("#boards")!.TextContent, StringComparison.Ordinal);
        var agreementPage = await p.BoardEditor.PageAsync($"/agreements/{p.AgreementId}");
        Assert.NotNull(agreementPage.QuerySelector("#agreement-notices"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_editor_shows_what_a_significant_publication_adds_and_asks_for_its_consequences_beside_the_field(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var p = await LifecycleTests.Parties.CreateAsync(app);
        await p.SignByBothAsync();
        var annex = Infrastructure.Data.DemoAnnexes.Rekenroute();
        await p.Supplier.PutAsync(AnnexApiTests.Json(annex with { DataCategories = [.. annex.DataCategories, new Domain.Annexes.DataCategoryChoice("F1-pupil-2")] }));
        var editor = $"/products/{p.Supplier.ProductId}/annexes/privacy";

        var page = await p.Supplier.Editor.PageAsync(editor);
        Assert.Contains("1", page.QuerySelector("#publication-impact-title")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#publication-impact #change-items li"));
        var refused = await p.Supplier.Editor.SubmitAsync(page, editor, "#annex-form", null, "#publish-annex");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = await WebSession.ParseAsync(refused);
        Assert.NotNull(errors.QuerySelector("#Publication_Explanation-error"));
        Assert.NotNull(errors.QuerySelector("#Publication_IntendedDate-error"));

        var published = await p.Supplier.Editor.SubmitAsync(editor, "#annex-form", f => f
            .Set("Publication.Explanation", "Wij leggen ook de geboortedatum vast, om de oefenstof op de leeftijd af te stemmen.")
            .Set("Publication.IntendedDate", Deadlines.DateIn(app.Clock.GetUtcNow()).AddDays(21).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "#publish-annex");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var notice = Assert.Single((await (await p.BoardEditor.GetAsync("/api/notices")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal("Significant", notice.GetProperty("kind").GetString());
        Assert.Contains("geboortedatum", notice.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }
}
