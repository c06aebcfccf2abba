using System.Net;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EduDpa.Web.Tests;

/// <summary>
/// A supplier offers a product to many boards at once (members, a sector, a KvK list), follows the offers, and
/// publishes an open offer that boards find in the catalogue and adopt. Offers to members or a sector reach every
/// such board in the database, so those tests run on an app of their own.
/// </summary>
public sealed class OfferTests(SharedApps apps)
{
    private static readonly object Terms = new
    {
        representativeName = "L. Leverancier", representativeFunction = "directeur", contractDescription = "de digitale rekenmethode", returnTermDays = 30,
    };

    private static object Offer(string target, string? sector = null, string? kvkNumbers = null) => new
    {
        target, sector, kvkNumbers,
        representativeName = "L. Leverancier", representativeFunction = "directeur", contractDescription = "de digitale rekenmethode", returnTermDays = 30,
    };

    /// <summary>A supplier with a product and an editor; boards are made per test.</summary>
    private sealed record Supplier(TestApp App, Organisation Organisation, Guid ProductId, string ProductName, WebSession Editor) : IDisposable
    {
        public static async Task<Supplier> CreateAsync(TestApp app, string? name = null)
        {
            var supplier = await app.SupplierAsync(name);
            var product = await app.ProductAsync(supplier, Unique.Name("Rekenroute"));
            return new Supplier(app, supplier, product.Id, product.Name, await app.SignInMemberAsync(supplier, OrganisationRoles.Editor));
        }

        public Task<HttpResponseMessage> OfferAsync(object body) => Editor.Client.PostJsonAsync($"/api/products/{ProductId}/offers", body);

        public async Task<JsonElement> OfferedAsync(object body)
        {
            var response = await OfferAsync(body);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.ReadJsonAsync();
        }

        public void Dispose() => Editor.Dispose();
    }

    /// <summary>A school board with a reviewer (and, to show the reviewer is chosen, an editor who gets nothing).</summary>
    private static async Task<(Organisation Board, User Reviewer)> BoardAsync(TestApp app, bool member = false, Sector sector = Sector.Po, string culture = "nl")
    {
        var input = TestData.SchoolBoardInput() with
        {
            ConvenantMember = member,
            ConvenantMemberSince = member ? new DateOnly(2024, 1, 1) : null,
            Schools = [new SchoolInput { Name = Unique.Name("Testschool"), Brin = Unique.Brin(), Sector = sector }],
        };
        var board = await app.OrganisationAsync(input);
        var reviewer = await app.PersonInAsync(board, OrganisationRoles.Reviewer);
        await app.PersonInAsync(board, OrganisationRoles.Editor);
        if (culture != "nl")
        {
            await app.InScopeAsync(async services =>
            {
                var users = services.GetRequiredService<UserManager<User>>();
                var user = (await users.FindByIdAsync(reviewer.Id.ToString()))!;
                user.PreferredCulture = culture;
                await users.UpdateAsync(user);
            });
        }
        return (board, reviewer);
    }

    private static string[] Kvks(JsonElement result, string list) =>
        [.. result.GetProperty(list).EnumerateArray().Select(b => b.ValueKind == JsonValueKind.String ? b.GetString()! : b.GetProperty("kvkNumber").GetString()!)];

    private static Task<List<OutgoingMail>> OfferMailsAsync(TestApp app, IEnumerable<Guid> agreementIds) => app.InScopeAsync(async services =>
    {
        var keys = agreementIds.Select(id => $"offer:{id}:").ToList();
        var mails = await services.GetRequiredService<EduDpaDbContext>().OutgoingMails.AsNoTracking().ToListAsync();
        return mails.Where(m => keys.Any(k => m.IdempotencyKey.StartsWith(k, StringComparison.Ordinal))).ToList();
    });

    private static Guid[] AgreementIds(JsonElement result, string list = "offered") =>
        [.. result.GetProperty(list).EnumerateArray().Select(b => b.GetProperty("agreementId").GetGuid())];

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_KvK_list_offers_each_known_board_once_and_reports_unknown_numbers_and_bad_lines(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var supplier = await Supplier.CreateAsync(app);
        var (first, firstReviewer) = await BoardAsync(app);
        var (second, secondReviewer) = await BoardAsync(app);
        var adminOnly = await app.SchoolBoardAsync();
        var admin = await app.PersonInAsync(adminOnly, OrganisationRoles.Admin);
        var unknown = Unique.Kvk();
        var list = $"{first.KvkNumber.Value}\n\nniet-een-nummer\r\n1234\n{unknown}\n\"{second.KvkNumber.Value[..4]} {second.KvkNumber.Value[4..]}\";extra kolom\n {adminOnly.KvkNumber.Value} \n{first.KvkNumber.Value}";

        var result = await supplier.OfferedAsync(Offer("kvk", kvkNumbers: list));

        Assert.Equal(new[] { adminOnly.KvkNumber.Value, first.KvkNumber.Value, second.KvkNumber.Value }.Order(), Kvks(result, "offered").Order());
        Assert.Empty(Kvks(result, "alreadyOffered"));
        Assert.Equal([unknown], Kvks(result, "unknownKvk"));
        Assert.Equal([(3, "niet-een-nummer"), (4, "1234")], result.GetProperty("badLines").EnumerateArray().Select(l => (l.GetProperty("line").GetInt32(), l.GetProperty("text").GetString()!)));

        // One mail per board's reviewer (the board without a reviewer: its admin), none to the editors.
        var mails = await OfferMailsAsync(app, AgreementIds(result));
        Assert.Equal(new[] { admin.Email!, firstReviewer.Email!, secondReviewer.Email! }.Order(), mails.Select(m => m.To).Order());
        var firstOffer = AgreementIds(result)[Array.IndexOf(Kvks(result, "offered"), first.KvkNumber.Value)];
        var firstMail = mails.Single(m => m.To == firstReviewer.Email);
        Assert.Equal($"offer:{firstOffer}:{firstReviewer.Id}", firstMail.IdempotencyKey);
        Assert.Contains($"http://localhost/agreements/{firstOffer}", firstMail.Body, StringComparison.Ordinal);
        Assert.Contains(supplier.ProductName, firstMail.Subject, StringComparison.Ordinal);

        // Twice to the same boards: nothing new, no second mail.
        var again = await supplier.OfferedAsync(Offer("kvk", kvkNumbers: $"{first.KvkNumber.Value}\n{second.KvkNumber.Value}"));
        Assert.Empty(Kvks(again, "offered"));
        Assert.Equal([first.KvkNumber.Value, second.KvkNumber.Value], Kvks(again, "alreadyOffered").Order());
        Assert.Equal(3, (await OfferMailsAsync(app, AgreementIds(result))).Count);

        // The board sees the offer among its agreements.
        using var reviewer = await WebSession.SignInAsync(app, firstReviewer.Email!);
        var agreements = await (await reviewer.GetAsync("/api/agreements")).ReadJsonAsync();
        var row = Assert.Single(agreements.EnumerateArray());
        Assert.Equal(firstOffer, row.GetProperty("id").GetGuid());
        Assert.Equal("Offered", row.GetProperty("state").GetString());
        var agreement = await (await reviewer.GetAsync($"/api/agreements/{firstOffer}")).ReadJsonAsync();
        Assert.Equal("L. Leverancier", agreement.GetProperty("processor").GetProperty("representativeName").GetString());
        Assert.Equal("de digitale rekenmethode", agreement.GetProperty("contractDescription").GetString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Offering_to_convenant_members_or_a_sector_reaches_exactly_those_boards_with_one_mail_each(TestDatabase database)
    {
        await using var app = await TestApp.StartAsync(database);
        using var supplier = await Supplier.CreateAsync(app);
        var (memberPo, memberPoReviewer) = await BoardAsync(app, member: true, Sector.Po, culture: "en");
        var (memberVo, memberVoReviewer) = await BoardAsync(app, member: true, Sector.Vo);
        var (otherVo, otherVoReviewer) = await BoardAsync(app, member: false, Sector.Vo);
        var (otherVso, _) = await BoardAsync(app, member: false, Sector.Vso);

        var members = await supplier.OfferedAsync(Offer("members"));
        var vo = await supplier.OfferedAsync(Offer("sector", sector: "vo"));
        var special = await supplier.OfferedAsync(Offer("sector", sector: "(v)so"));

        Assert.Equal([memberPo.KvkNumber.Value, memberVo.KvkNumber.Value], Kvks(members, "offered").Order());
        Assert.Equal([otherVo.KvkNumber.Value], Kvks(vo, "offered"));
        Assert.Equal([memberVo.KvkNumber.Value], Kvks(vo, "alreadyOffered"));
        Assert.Equal([otherVso.KvkNumber.Value], Kvks(special, "offered"));

        // The outbox sends them over SMTP: each reviewer exactly one, in their language, with the link.
        var sent = await app.InScopeAsync(services => services.GetRequiredService<MailOutbox>().SendPendingAsync(CancellationToken.None));
        Assert.Equal(4, sent);
        var english = Assert.Single(app.Mail.To(memberPoReviewer.Email!));
        Assert.StartsWith("Processing agreement offered:", english.Subject, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/agreements/{AgreementIds(members)[Array.IndexOf(Kvks(members, "offered"), memberPo.KvkNumber.Value)]}", english.TextBody, StringComparison.Ordinal);
        var dutch = Assert.Single(app.Mail.To(memberVoReviewer.Email!));
        Assert.StartsWith("Aanbod verwerkersovereenkomst:", dutch.Subject, StringComparison.Ordinal);
        Assert.Single(app.Mail.To(otherVoReviewer.Email!));
        Assert.Equal(0, await app.InScopeAsync(services => services.GetRequiredService<MailOutbox>().SendPendingAsync(CancellationToken.None)));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Bad_input_is_refused_naming_each_field_and_nothing_is_offered(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var supplier = await Supplier.CreateAsync(app);
        var (board, reviewer) = await BoardAsync(app);

        var noTerms = await supplier.OfferAsync(new { target = "kvk", kvkNumbers = board.KvkNumber.Value });
        var noTarget = await supplier.OfferAsync(new { target = "", representativeName = "L. Leverancier", representativeFunction = "directeur", contractDescription = "x", returnTermDays = 30 });
        var noSector = await supplier.OfferAsync(Offer("sector"));
        var badSector = await supplier.OfferAsync(Offer("sector", sector: "hbo"));
        var noList = await supplier.OfferAsync(Offer("kvk", kvkNumbers: " \n "));
        var term = await supplier.OfferAsync(new { target = "kvk", kvkNumbers = board.KvkNumber.Value, representativeName = "L. Leverancier", representativeFunction = "directeur", contractDescription = "x", returnTermDays = 400 });
        var letters = await supplier.Editor.Client.PostAsync(new Uri($"/api/products/{supplier.ProductId}/offers", UriKind.Relative),
            new StringContent($$"""{"target":"kvk","kvkNumbers":"{{board.KvkNumber.Value}}","returnTermDays":"dertig"}""", System.Text.Encoding.UTF8, "application/json"));

        async Task<string[]> Fields(HttpResponseMessage response)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return [.. (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order()];
        }
        Assert.Equal(["contractDescription", "representativeFunction", "representativeName", "returnTermDays"], await Fields(noTerms));
        var message = (await noTerms.ReadJsonAsync()).GetProperty("errors").GetProperty("returnTermDays")[0].GetString();
        Assert.Contains("Termijn voor teruggave of vernietiging", message, StringComparison.Ordinal);
        Assert.Equal(["target"], await Fields(noTarget));
        Assert.Equal(["sector"], await Fields(noSector));
        Assert.Equal(["sector"], await Fields(badSector));
        Assert.Equal(["kvkNumbers"], await Fields(noList));
        Assert.Equal(["returnTermDays"], await Fields(term));
        Assert.Equal(["returnTermDays"], await Fields(letters));

        using var session = await WebSession.SignInAsync(app, reviewer.Email!);
        Assert.Empty((await (await session.GetAsync("/api/agreements")).ReadJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task The_page_offers_from_an_uploaded_file_lists_bad_lines_and_keeps_what_was_typed_after_an_error()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);
        var (board, _) = await BoardAsync(app);
        var url = $"/products/{supplier.ProductId}/offers/new";

        // Missing terms: the error summary names each field, the pasted list stays.
        var refused = await supplier.Editor.SubmitAsync(url, "#offer-form", f => f.Set("Input.Target", "kvk").Set("Input.KvkNumbers", board.KvkNumber.Value)
            .Set("Input.RepresentativeName", "").Set("Input.RepresentativeFunction", "").Set("Input.ContractDescription", "").Set("Input.ReturnTermDays", ""));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await WebSession.ParseAsync(refused);
        var links = page.QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_ContractDescription", "#Input_RepresentativeFunction", "#Input_RepresentativeName", "#Input_ReturnTermDays"], links.Order());
        Assert.Equal(board.KvkNumber.Value, page.QuerySelector("#Input_KvkNumbers")!.TextContent.Trim());

        // A CSV file with a header and a bad line: the good number is offered, the others are reported by line.
        var form = await supplier.Editor.PageAsync(url);
        using var content = new MultipartFormDataContent();
        foreach (var field in FormFields.From((AngleSharp.Html.Dom.IHtmlFormElement)form.QuerySelector("#offer-form")!).Pairs
            .Where(p => p.Key is "__RequestVerificationToken"))
        {
            content.Add(new StringContent(field.Value), field.Key);
        }
        content.Add(new StringContent("kvk"), "Input.Target");
        content.Add(new StringContent("L. Leverancier"), "Input.RepresentativeName");
        content.Add(new StringContent("directeur"), "Input.RepresentativeFunction");
        content.Add(new StringContent("de digitale rekenmethode"), "Input.ContractDescription");
        content.Add(new StringContent("30"), "Input.ReturnTermDays");
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"kvknummer;naam\n{board.KvkNumber.Value};{board.Name}\n1234567\n"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(file, "KvkFile", "besturen.csv");
        var response = await supplier.Editor.Client.PostAsync(new Uri(url, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await WebSession.ParseAsync(response);
        Assert.Contains("1", result.QuerySelector("#result-offered")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(board.Name, result.QuerySelector("#offered-boards")!.TextContent, StringComparison.Ordinal);
        var bad = result.QuerySelectorAll("#bad-lines li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, bad.Count);
        Assert.StartsWith("Regel 1:", bad[0], StringComparison.Ordinal);
        Assert.StartsWith("Regel 3:", bad[1], StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_progress_view_counts_offered_opened_signed_and_declined(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var supplier = await Supplier.CreateAsync(app);
        var (opens, opener) = await BoardAsync(app);
        var (declines, _) = await BoardAsync(app);
        var (signs, _) = await BoardAsync(app);
        var (waits, _) = await BoardAsync(app);
        var result = await supplier.OfferedAsync(Offer("kvk", kvkNumbers: string.Join('\n', new[] { opens, declines, signs, waits }.Select(b => b.KvkNumber.Value))));
        var ids = Kvks(result, "offered").Zip(AgreementIds(result)).ToDictionary(p => p.First, p => p.Second);

        using (var reviewer = await WebSession.SignInAsync(app, opener.Email!))
        {
            await reviewer.PageAsync($"/agreements/{ids[opens.KvkNumber.Value]}");
            await reviewer.PageAsync($"/agreements/{ids[opens.KvkNumber.Value]}");
        }
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            var now = app.Clock.GetUtcNow();
            var declined = await db.Agreements.IgnoreQueryFilters().SingleAsync(a => a.Id == ids[declines.KvkNumber.Value]);
            declined.Decline(PartyRole.Controller, "Wij gebruiken het product niet meer.", now);
            var signed = await db.Agreements.IgnoreQueryFilters().SingleAsync(a => a.Id == ids[signs.KvkNumber.Value]);
            signed.UpdateControllerPart(PartyRole.Controller, new Representative("B. Bestuurder", "voorzitter"), true, []);
            signed.Approve(PartyRole.Controller, true, new Actor(Guid.NewGuid(), "Beoordelaar"), now);
            var hashes = new SnapshotHashes(new string('a', 64), new string('b', 64));
            signed.Sign(PartyRole.Controller, true, new Representative("B. Bestuurder", "voorzitter"), Guid.NewGuid(), SigningReadiness.Ready, () => hashes, now);
            signed.Sign(PartyRole.Processor, true, new Representative("L. Leverancier", "directeur"), Guid.NewGuid(), SigningReadiness.Ready, () => hashes, now);
            await db.SaveChangesAsync();
        });

        var progress = await (await supplier.Editor.GetAsync($"/api/products/{supplier.ProductId}/offers")).ReadJsonAsync();
        var counts = progress.GetProperty("counts");
        Assert.Equal(4, counts.GetProperty("offered").GetInt32());
        Assert.Equal(1, counts.GetProperty("opened").GetInt32());
        Assert.Equal(1, counts.GetProperty("signedByBoth").GetInt32());
        Assert.Equal(1, counts.GetProperty("declined").GetInt32());
        var rows = progress.GetProperty("boards").EnumerateArray().ToDictionary(r => r.GetProperty("kvkNumber").GetString()!);
        Assert.Equal("Offered", rows[opens.KvkNumber.Value].GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, rows[opens.KvkNumber.Value].GetProperty("openedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[waits.KvkNumber.Value].GetProperty("openedAt").ValueKind);
        Assert.Equal("Declined", rows[declines.KvkNumber.Value].GetProperty("state").GetString());
        Assert.Equal("Active", rows[signs.KvkNumber.Value].GetProperty("state").GetString());
        Assert.NotEqual(JsonValueKind.Null, rows[signs.KvkNumber.Value].GetProperty("signedAt").ValueKind);
        Assert.False(rows[waits.KvkNumber.Value].GetProperty("fromOpenOffer").GetBoolean());

        // A declined board may be offered again: the declined agreement does not count as live.
        var again = await supplier.OfferedAsync(Offer("kvk", kvkNumbers: $"{declines.KvkNumber.Value}\n{waits.KvkNumber.Value}"));
        Assert.Equal([declines.KvkNumber.Value], Kvks(again, "offered"));
        Assert.Equal([waits.KvkNumber.Value], Kvks(again, "alreadyOffered"));

        var page = await supplier.Editor.PageAsync($"/products/{supplier.ProductId}/offers");
        Assert.Equal("5", page.QuerySelector("#count-offered")!.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector("#count-signed")!.TextContent.Trim());
        Assert.Equal(5, page.QuerySelectorAll("#offers tbody tr").Length);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_open_offer_is_found_in_the_catalogue_adopted_once_with_the_suppliers_part_and_closed(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var supplier = await Supplier.CreateAsync(app, Unique.Name("Catalogusleverancier"));
        var supplierEditor = await app.InScopeAsync(async services =>
            (await services.GetRequiredService<EduDpaDbContext>().Memberships.IgnoreQueryFilters().FirstAsync(m => m.OrganisationId == supplier.Organisation.Id)).UserId);
        var (board, _) = await BoardAsync(app);
        using var boardEditor = await app.SignInMemberAsync(board, OrganisationRoles.Editor);

        var published = await supplier.Editor.Client.PostJsonAsync($"/api/products/{supplier.ProductId}/open-offer", Terms);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var openOfferId = (await published.ReadJsonAsync()).GetProperty("id").GetGuid();

        async Task<Guid[]> Search(string query) =>
            [.. (await (await boardEditor.GetAsync($"/api/catalogue?{query}")).ReadJsonAsync()).EnumerateArray().Select(r => r.GetProperty("openOfferId").GetGuid())];
        Assert.Contains(openOfferId, await Search($"q={Uri.EscapeDataString(supplier.ProductName[..6].ToUpperInvariant())}"));
        Assert.Contains(openOfferId, await Search($"q={Uri.EscapeDataString(supplier.Organisation.Name)}&audience=po"));
        Assert.DoesNotContain(openOfferId, await Search($"q={Uri.EscapeDataString(supplier.Organisation.Name)}&audience=mbo"));
        Assert.DoesNotContain(openOfferId, await Search("q=bestaat-niet-" + Guid.NewGuid()));
        var badAudience = await boardEditor.GetAsync("/api/catalogue?audience=hbo");
        Assert.Equal(HttpStatusCode.BadRequest, badAudience.StatusCode);
        Assert.True((await badAudience.ReadJsonAsync()).GetProperty("errors").TryGetProperty("audience", out _));

        // Adopting: the board's own offer, the supplier's part filled in; a second adoption gives the same agreement.
        var adopted = await boardEditor.Client.PostAsync(new Uri($"/api/catalogue/{openOfferId}/adopt", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, adopted.StatusCode);
        var agreementId = (await adopted.ReadJsonAsync()).GetProperty("agreementId").GetGuid();
        var twice = await boardEditor.Client.PostAsync(new Uri($"/api/catalogue/{openOfferId}/adopt", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal(agreementId, (await twice.ReadJsonAsync()).GetProperty("agreementId").GetGuid());
        var viaPage = await boardEditor.PostFormAsync($"/catalogue/{openOfferId}/adopt", _ => { });
        Assert.Equal($"/agreements/{agreementId}", viaPage.Headers.Location!.OriginalString);

        var agreement = await app.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().Agreements.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == agreementId));
        Assert.Equal(AgreementState.Offered, agreement.State);
        Assert.Equal(board.Id, agreement.BoardId);
        Assert.Equal(new Representative("L. Leverancier", "directeur"), agreement.ProcessorRepresentative);
        Assert.Equal("de digitale rekenmethode", agreement.Contract.Description);
        Assert.Equal(30, agreement.Contract.ReturnTermDays);
        Assert.Equal(openOfferId, agreement.OpenOfferId);
        Assert.Equal([supplier.ProductId], agreement.ProductIds);
        var mails = await app.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().OutgoingMails.AsNoTracking()
            .Where(m => m.IdempotencyKey.StartsWith($"adopted:{agreementId}:")).ToListAsync());
        Assert.Equal($"adopted:{agreementId}:{supplierEditor}", Assert.Single(mails).IdempotencyKey);

        // The board's row in the catalogue now leads to its agreement; the supplier sees the adopter.
        var row = (await (await boardEditor.GetAsync($"/api/catalogue?q={Uri.EscapeDataString(supplier.ProductName)}")).ReadJsonAsync()).EnumerateArray().Single();
        Assert.Equal(agreementId, row.GetProperty("yourAgreementId").GetGuid());
        var progress = await (await supplier.Editor.GetAsync($"/api/products/{supplier.ProductId}/offers")).ReadJsonAsync();
        Assert.True(progress.GetProperty("boards").EnumerateArray().Single(r => r.GetProperty("agreementId").GetGuid() == agreementId).GetProperty("fromOpenOffer").GetBoolean());

        // A board that was offered the product in bulk gets its live offer back when it adopts.
        var (offered, _) = await BoardAsync(app);
        var bulk = await supplier.OfferedAsync(Offer("kvk", kvkNumbers: offered.KvkNumber.Value));
        using var offeredEditor = await app.SignInMemberAsync(offered, OrganisationRoles.Editor);
        var existing = await offeredEditor.Client.PostAsync(new Uri($"/api/catalogue/{openOfferId}/adopt", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, existing.StatusCode);
        Assert.Equal(AgreementIds(bulk)[0], (await existing.ReadJsonAsync()).GetProperty("agreementId").GetGuid());

        // Closed: out of the catalogue, no longer adoptable.
        Assert.Equal(HttpStatusCode.NoContent, (await supplier.Editor.Client.DeleteAsync(new Uri($"/api/products/{supplier.ProductId}/open-offer", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.Editor.Client.DeleteAsync(new Uri($"/api/products/{supplier.ProductId}/open-offer", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(openOfferId, await Search($"q={Uri.EscapeDataString(supplier.ProductName)}"));
        using var late = await app.SignInMemberAsync((await BoardAsync(app)).Board, OrganisationRoles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await late.Client.PostAsync(new Uri($"/api/catalogue/{openOfferId}/adopt", UriKind.Relative), null)).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_published_annexes_of_an_openly_offered_product_are_readable_by_any_member_its_drafts_are_not(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var supplier = await Supplier.CreateAsync(app);
        await app.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            var now = app.Clock.GetUtcNow();
            var annex = AnnexJson.Serialize(PrivacyAnnex.Empty(ModelCatalog.ModelAgreement40) with { ProcessorContact = new ContactPerson("Gepubliceerd contact", null, null, null) });
            var published = AnnexVersion.StartDraft(supplier.ProductId, supplier.Organisation.Id, AnnexKind.Privacy, annex, now);
            published.Publish(1, new DateOnly(2026, 11, 1), supplier.ProductName, annex, [], now);
            var draft = AnnexVersion.StartDraft(supplier.ProductId, supplier.Organisation.Id, AnnexKind.Privacy,
                AnnexJson.Serialize(PrivacyAnnex.Empty(ModelCatalog.ModelAgreement40) with { ProcessorContact = new ContactPerson("Conceptcontact", null, null, null) }), now);
            db.AddRange(published, draft);
            await db.SaveChangesAsync();
        });
        var (board, _) = await BoardAsync(app);
        using var viewer = await app.SignInMemberAsync(board, OrganisationRoles.Viewer);
        var version = $"/api/products/{supplier.ProductId}/annexes/privacy/versions/1";
        var page = $"/products/{supplier.ProductId}/annexes/privacy/1";
        var draftPage = $"/products/{supplier.ProductId}/annexes/privacy/draft";

        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(version)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(page)).StatusCode);

        await supplier.Editor.Client.PostJsonAsync($"/api/products/{supplier.ProductId}/open-offer", Terms);
        var readable = await viewer.GetAsync(version);
        Assert.Equal(HttpStatusCode.OK, readable.StatusCode);
        Assert.Contains("Gepubliceerd contact", await readable.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/products/{supplier.ProductId}/annexes/privacy/versions")).StatusCode);
        var html = await (await viewer.GetAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("Gepubliceerd contact", html, StringComparison.Ordinal);
        var draft = await viewer.GetAsync(draftPage);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.DoesNotContain("Conceptcontact", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The catalogue links to the published version and counts its findings.
        var row = (await (await viewer.GetAsync($"/api/catalogue?q={Uri.EscapeDataString(supplier.ProductName)}")).ReadJsonAsync()).EnumerateArray().Single();
        Assert.Equal(page, row.GetProperty("conformity").GetProperty("privacy").GetProperty("url").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("conformity").GetProperty("security").ValueKind);
        Assert.True(row.GetProperty("conformity").GetProperty("errors").GetInt32() > 0);

        await supplier.Editor.Client.DeleteAsync(new Uri($"/api/products/{supplier.ProductId}/open-offer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync(version)).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Another_supplier_can_neither_follow_nor_offer_a_product_that_is_not_theirs(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var owner = await Supplier.CreateAsync(app);
        using var other = await Supplier.CreateAsync(app);
        var (board, reviewer) = await BoardAsync(app);
        await owner.Editor.Client.PostJsonAsync($"/api/products/{owner.ProductId}/open-offer", Terms);

        Assert.Equal(HttpStatusCode.NotFound, (await other.Editor.Client.PostJsonAsync($"/api/products/{owner.ProductId}/offers", Offer("kvk", kvkNumbers: board.KvkNumber.Value))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Editor.GetAsync($"/api/products/{owner.ProductId}/offers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Editor.GetAsync($"/products/{owner.ProductId}/offers")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Editor.GetAsync($"/products/{owner.ProductId}/offers/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Editor.Client.PostJsonAsync($"/api/products/{owner.ProductId}/open-offer", Terms)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Editor.Client.DeleteAsync(new Uri($"/api/products/{owner.ProductId}/open-offer", UriKind.Relative))).StatusCode);

        using var session = await WebSession.SignInAsync(app, reviewer.Email!);
        Assert.Empty((await (await session.GetAsync("/api/agreements")).ReadJsonAsync()).EnumerateArray());
        Assert.NotEqual(JsonValueKind.Null, (await (await owner.Editor.GetAsync($"/api/products/{owner.ProductId}/offers")).ReadJsonAsync()).GetProperty("openOffer").ValueKind);
    }

    [Fact]
    public async Task The_catalogue_is_in_the_menu_of_school_boards_and_offers_adoption_to_their_editors()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);
        await supplier.Editor.Client.PostJsonAsync($"/api/products/{supplier.ProductId}/open-offer", Terms);
        var (board, _) = await BoardAsync(app);
        using var editor = await app.SignInMemberAsync(board, OrganisationRoles.Editor);
        using var viewer = await app.SignInMemberAsync(board, OrganisationRoles.Viewer);

        var page = await editor.PageAsync($"/catalogue?q={Uri.EscapeDataString(supplier.ProductName)}");
        Assert.NotNull(page.QuerySelector("nav a[href='/catalogue']"));
        var row = Assert.Single(page.QuerySelectorAll("#catalogue tbody tr"));
        Assert.Contains(supplier.ProductName, row.TextContent, StringComparison.Ordinal);
        Assert.True(row.QuerySelector("form[action$='/adopt'] input[name=__RequestVerificationToken]") is not null, row.OuterHtml);
        Assert.Empty((await viewer.PageAsync($"/catalogue?q={Uri.EscapeDataString(supplier.ProductName)}")).QuerySelectorAll("#catalogue form"));

        var supplierPage = await supplier.Editor.PageAsync("/products");
        Assert.Null(supplierPage.QuerySelector("nav a[href='/catalogue']"));
        Assert.NotNull(supplierPage.QuerySelector($"a[href='/products/{supplier.ProductId}/offers/new']"));
        Assert.NotNull(supplierPage.QuerySelector($"a[href='/products/{supplier.ProductId}/offers']"));
    }
}
