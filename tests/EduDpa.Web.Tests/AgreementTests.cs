using System.Net;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Features.Agreements;

namespace EduDpa.Web.Tests;

public sealed class AgreementTests(SharedApps apps)
{
    /// <summary>A school board with two schools, a supplier with two products, and an editor at each.</summary>
    internal sealed record Parties(TestApp App, Organisation Board, Organisation Supplier, Guid ProductA, Guid ProductB, WebSession BoardEditor, WebSession SupplierEditor) : IDisposable
    {
        public static async Task<Parties> CreateAsync(TestApp app, OrganisationKind processorKind = OrganisationKind.Supplier)
        {
            var board = await app.OrganisationAsync(TestData.SchoolBoardInput(schools: 2));
            var supplier = await app.SupplierAsync(kind: processorKind);
            var a = await app.ProductAsync(supplier, "Rekenmethode");
            var b = await app.ProductAsync(supplier, "Taalmethode");
            return new Parties(app, board, supplier, a.Id, b.Id,
                await app.SignInMemberAsync(board, OrganisationRoles.Editor), await app.SignInMemberAsync(supplier, OrganisationRoles.Editor));
        }

        public async Task<JsonElement> DraftBySupplierAsync()
        {
            var response = await SupplierEditor.Client.PostJsonAsync("/api/agreements", new
            {
                counterpartyId = Board.Id, productIds = new[] { ProductA }, contractDate = "2026-08-01",
                contractDescription = "de digitale rekenmethode", representativeName = "L. Leverancier", representativeFunction = "directeur",
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await response.ReadJsonAsync();
        }

        public void Dispose()
        {
            BoardEditor.Dispose();
            SupplierEditor.Dispose();
        }
    }

    [Fact]
    public async Task The_models_are_public_with_their_version_and_source()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var anonymous = WebSession.Anonymous(app);

        var list = await (await anonymous.GetAsync("/api/models")).ReadJsonAsync();
        var model = await anonymous.GetAsync("/api/models/model-verwerkersovereenkomst-4.0");

        var summary = list.EnumerateArray().Single(m => m.GetProperty("id").GetString() == "model-verwerkersovereenkomst-4.0");
        Assert.Equal("4.0", summary.GetProperty("version").GetString());
        Assert.Equal(16, summary.GetProperty("articles").GetInt32());
        Assert.Equal("https://www.privacyconvenant.nl", summary.GetProperty("source").GetProperty("url").GetString());
        Assert.Equal("application/json", model.Content.Headers.ContentType?.MediaType);
        var document = await model.ReadJsonAsync();
        Assert.Equal(16, document.GetProperty("articles").GetArrayLength());
        Assert.Equal(3, document.GetProperty("annexes").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/models/model-bestaat-niet")).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_supplier_starts_a_draft_the_board_finds_it_and_fills_in_its_own_part(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var parties = await Parties.CreateAsync(app);
        var draft = await parties.DraftBySupplierAsync();
        var id = draft.GetProperty("id").GetGuid();
        Assert.Equal("Processor", draft.GetProperty("yourRole").GetString());
        Assert.Contains("controller.representative", draft.GetProperty("missingFields").EnumerateArray().Select(f => f.GetString()));

        var list = await (await parties.BoardEditor.GetAsync("/api/agreements")).ReadJsonAsync();
        Assert.Equal(parties.Supplier.Name, list.EnumerateArray().Single(a => a.GetProperty("id").GetGuid() == id).GetProperty("counterparty").GetString());

        var school = parties.Board.Schools[1];
        var update = await parties.BoardEditor.Client.PutJsonAsync($"/api/agreements/{id}", new
        {
            productIds = new[] { parties.ProductA, parties.ProductB }, contractDate = "2026-08-01", contractDescription = "de digitale reken- en taalmethode",
            representativeName = "mevrouw B. Bestuur", representativeFunction = "voorzitter college van bestuur", coversAllSchools = false, schoolIds = new[] { school.Id },
            version = draft.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        var updated = await update.ReadJsonAsync();
        Assert.Equal("L. Leverancier", updated.GetProperty("processor").GetProperty("representativeName").GetString());
        Assert.Equal("mevrouw B. Bestuur", updated.GetProperty("board").GetProperty("representativeName").GetString());
        Assert.Empty(updated.GetProperty("missingFields").EnumerateArray());

        var text = await (await parties.SupplierEditor.GetAsync($"/api/agreements/{id}/text")).Content.ReadAsStringAsync();
        Assert.Contains($"geregistreerd onder BRIN-nummer {school.Brin.Value} bij", text, StringComparison.Ordinal);
        Assert.Contains("vertegenwoordigd door mevrouw B. Bestuur, voorzitter college van bestuur, hierna te noemen: “Onderwijsinstelling”", text, StringComparison.Ordinal);
        Assert.Contains($"De leverancier/distributeur {parties.Supplier.Name}, KvK-nummer {parties.Supplier.KvkNumber.Value}", text, StringComparison.Ordinal);
        Assert.Contains("zijn op 1 augustus 2026 een overeenkomst aangegaan waarbij is overeengekomen dat Verwerker de digitale reken- en taalmethode levert", text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_text_is_plain_UTF8_in_reading_order_and_article_5_5_depends_on_the_processors_kind(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var supplierParties = await Parties.CreateAsync(app);
        using var distributorParties = await Parties.CreateAsync(app, OrganisationKind.Distributor);
        var supplierDraft = (await supplierParties.DraftBySupplierAsync()).GetProperty("id").GetGuid();
        var distributorDraft = await distributorParties.DraftBySupplierAsync();

        var response = await supplierParties.BoardEditor.GetAsync($"/api/agreements/{supplierDraft}/text");
        var supplierText = await response.Content.ReadAsStringAsync();
        var distributorText = await (await distributorParties.BoardEditor.GetAsync($"/api/agreements/{distributorDraft.GetProperty("id").GetGuid()}/text")).Content.ReadAsStringAsync();

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.True(supplierText.IndexOf("Artikel 1: Definities", StringComparison.Ordinal) < supplierText.IndexOf("Artikel 16: Toepasselijk recht", StringComparison.Ordinal));
        Assert.Contains("Dit betekent dat de betreffende bepalingen – voor zover van toepassing – in rechte afdwingbaar zijn.", supplierText, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingeval Verwerker (in dit artikellid verder te noemen: Distributeur)", supplierText, StringComparison.Ordinal);
        Assert.Contains("5. Ingeval Verwerker (in dit artikellid verder te noemen: Distributeur)", distributorText, StringComparison.Ordinal);
        Assert.Empty(distributorDraft.GetProperty("omittedClauses").EnumerateArray());
        var page = await supplierParties.BoardEditor.PageAsync($"/agreements/{supplierDraft}");
        Assert.Contains("alleen als de Verwerker een distributeur is", page.GetElementById("omitted-5.5")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_draft_needs_a_counterparty_of_the_other_kind_and_products_of_the_processor(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var parties = await Parties.CreateAsync(app);
        var otherSupplier = await app.SupplierAsync();
        var foreignProduct = await app.ProductAsync(otherSupplier);
        var otherBoard = await app.SchoolBoardAsync();

        async Task<string[]> ErrorsAsync(WebSession session, object body)
        {
            var response = await session.Client.PostJsonAsync("/api/agreements", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return [.. (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order()];
        }

        Assert.Equal(["counterpartyId"], await ErrorsAsync(parties.BoardEditor, new { productIds = new[] { parties.ProductA } }));
        Assert.Equal(["counterpartyId"], await ErrorsAsync(parties.BoardEditor, new { counterpartyId = otherBoard.Id, productIds = new[] { parties.ProductA } }));
        Assert.Equal(["productIds"], await ErrorsAsync(parties.BoardEditor, new { counterpartyId = parties.Supplier.Id, productIds = new[] { foreignProduct.Id } }));
        Assert.Equal(["productIds", "representativeFunction"], await ErrorsAsync(parties.SupplierEditor, new { counterpartyId = parties.Board.Id, representativeName = "Alleen een naam" }));
        Assert.Equal(["schoolIds"], await ErrorsAsync(parties.BoardEditor, new { counterpartyId = parties.Supplier.Id, productIds = new[] { parties.ProductA }, coversAllSchools = false }));
        Assert.Empty((await (await parties.BoardEditor.GetAsync("/api/agreements")).ReadJsonAsync()).EnumerateArray());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_editors_draft_and_the_directory_shows_the_other_kind(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var parties = await Parties.CreateAsync(app);
        using var viewer = await app.SignInMemberAsync(parties.Board, OrganisationRoles.Viewer);

        var refused = await viewer.Client.PostJsonAsync("/api/agreements", new { counterpartyId = parties.Supplier.Id, productIds = new[] { parties.ProductA } });
        var directory = await (await parties.BoardEditor.GetAsync("/api/directory/organisations")).ReadJsonAsync();
        var products = await (await parties.BoardEditor.GetAsync($"/api/directory/organisations/{parties.Supplier.Id}/products")).ReadJsonAsync();

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.All(directory.EnumerateArray(), o => Assert.NotEqual("SchoolBoard", o.GetProperty("kind").GetString()));
        Assert.Contains(directory.EnumerateArray(), o => o.GetProperty("id").GetGuid() == parties.Supplier.Id);
        Assert.Equal(["Rekenmethode", "Taalmethode"], products.EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.DoesNotContain("description", products.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_people_editing_one_draft_the_second_save_is_refused_with_what_is_stored(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var parties = await Parties.CreateAsync(app);
        var draft = await parties.DraftBySupplierAsync();
        var id = draft.GetProperty("id").GetGuid();
        using var colleague = await app.SignInMemberAsync(parties.Board, OrganisationRoles.Editor);
        var stalePage = await colleague.PageAsync($"/agreements/{id}/edit");

        var first = await parties.BoardEditor.SubmitAsync($"/agreements/{id}/edit", "#draft-form", f => f.Set("Input.RepresentativeName", "Eerste").Set("Input.RepresentativeFunction", "bestuurder"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await colleague.SubmitAsync(stalePage, $"/agreements/{id}/edit", "#draft-form", f => f.Set("Input.RepresentativeName", "Tweede").Set("Input.RepresentativeFunction", "bestuurder"));

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var conflict = await WebSession.ParseAsync(second);
        Assert.Contains("Eerste, bestuurder", conflict.GetElementById("concurrency-conflict")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tweede", conflict.GetElementById("Input_RepresentativeName")!.GetAttribute("value"));

        var api = await parties.SupplierEditor.Client.PutJsonAsync($"/api/agreements/{id}", new { productIds = new[] { parties.ProductA }, version = 1 });
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal("Eerste", (await api.ReadJsonAsync()).GetProperty("current").GetProperty("board").GetProperty("representativeName").GetString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_amendment_is_rejected_with_a_comment_revised_and_accepted_and_then_part_of_the_text(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var parties = await Parties.CreateAsync(app);
        var id = (await parties.DraftBySupplierAsync()).GetProperty("id").GetGuid();
        var url = $"/api/agreements/{id}/amendments";

        var proposed = await (await parties.SupplierEditor.Client.PostJsonAsync(url, new { clauseId = "8.2", kind = "Change", newText = "Eerste versie.", reason = "Eerste reden." })).ReadJsonAsync();
        var amendmentUrl = $"{url}/{proposed.GetProperty("id").GetGuid()}";
        Assert.Equal("artikel 8 lid 2", proposed.GetProperty("citation").GetString());
        var rejected = await parties.BoardEditor.Client.PostJsonAsync($"{amendmentUrl}/reject", new { comment = "Te vaag.", version = 1 });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var revised = await parties.SupplierEditor.Client.PutJsonAsync(amendmentUrl, new { newText = "Verwerker informeert binnen 24 uur.", reason = "Een vaste termijn is duidelijker.", version = 2 });
        Assert.Equal("Proposed", (await revised.ReadJsonAsync()).GetProperty("state").GetString());
        var accepted = await parties.BoardEditor.Client.PostJsonAsync($"{amendmentUrl}/accept", new { version = 3 });

        var body = await accepted.ReadJsonAsync();
        Assert.Equal(1, body.GetProperty("number").GetInt32());
        Assert.Equal(["Proposed", "Rejected", "Revised", "Accepted"], body.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("Te vaag.", body.GetProperty("history")[1].GetProperty("comment").GetString());
        var text = await (await parties.BoardEditor.GetAsync($"/api/agreements/{id}/text")).Content.ReadAsStringAsync();
        Assert.Contains("2. Verwerker informeert binnen 24 uur. [gewijzigd, zie Bijlage 3 nr. 1]", text, StringComparison.Ordinal);
        Assert.Contains("Betreft artikel: artikel 8 lid 2", text, StringComparison.Ordinal);
        Assert.Contains("Reden van wijziging of aanvulling (noodzaak en motivering): Een vaste termijn is duidelijker.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Eerste versie.", text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Refused_amendment_steps_name_what_is_wrong_and_store_nothing(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var parties = await Parties.CreateAsync(app);
        var id = (await parties.DraftBySupplierAsync()).GetProperty("id").GetGuid();
        var url = $"/api/agreements/{id}/amendments";
        using var viewer = await app.SignInMemberAsync(parties.Board, OrganisationRoles.Viewer);

        async Task<(HttpStatusCode Status, string Fields)> TryAsync(WebSession session, string path, object body, bool put = false)
        {
            var response = put ? await session.Client.PutJsonAsync(path, body) : await session.Client.PostJsonAsync(path, body);
            var fields = response.StatusCode == HttpStatusCode.BadRequest ? (await response.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList() : [];
            return (response.StatusCode, string.Join(",", fields));
        }

        Assert.Equal((HttpStatusCode.BadRequest, "newText,reason"), await TryAsync(parties.SupplierEditor, url, new { clauseId = "7.4" }));
        Assert.Equal((HttpStatusCode.BadRequest, "clauseId"), await TryAsync(parties.SupplierEditor, url, new { clauseId = "17.1", newText = "x", reason = "y" }));
        Assert.Equal((HttpStatusCode.BadRequest, "clauseId"), await TryAsync(parties.SupplierEditor, url, new { clauseId = "5.5", newText = "x", reason = "y" }));
        Assert.Equal(HttpStatusCode.Forbidden, (await TryAsync(viewer, url, new { clauseId = "7.4", newText = "x", reason = "y" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await TryAsync(parties.SupplierEditor, $"/api/agreements/{Guid.NewGuid()}/amendments", new { clauseId = "7.4", newText = "x", reason = "y" })).Status);
        Assert.Empty((await (await parties.BoardEditor.GetAsync(url)).ReadJsonAsync()).EnumerateArray());

        var proposed = await (await parties.SupplierEditor.Client.PostJsonAsync(url, new { clauseId = "7.4", newText = "x", reason = "y" })).ReadJsonAsync();
        var amendmentUrl = $"{url}/{proposed.GetProperty("id").GetGuid()}";
        Assert.Equal((HttpStatusCode.BadRequest, "party"), await TryAsync(parties.SupplierEditor, $"{amendmentUrl}/accept", new { version = 1 }));
        Assert.Equal((HttpStatusCode.BadRequest, "comment"), await TryAsync(parties.BoardEditor, $"{amendmentUrl}/reject", new { version = 1 }));
        Assert.Equal((HttpStatusCode.BadRequest, "party"), await TryAsync(parties.BoardEditor, amendmentUrl, new { newText = "z", reason = "z", version = 1 }, put: true));
        Assert.Equal((HttpStatusCode.BadRequest, "clauseId"), await TryAsync(parties.BoardEditor, url, new { clauseId = "7.4", newText = "ook", reason = "ook" }));
        Assert.Equal(HttpStatusCode.Conflict, (await TryAsync(parties.BoardEditor, $"{amendmentUrl}/accept", new { version = 7 })).Status);
        Assert.Equal("Proposed", (await (await parties.BoardEditor.GetAsync(amendmentUrl)).ReadJsonAsync()).GetProperty("state").GetString());
    }

    [Fact]
    public void The_word_diff_marks_what_was_removed_and_what_was_added()
    {
        var diff = WordDiff.Compare("De auditor verstrekt het rapport alleen aan Partijen.", "De auditor verstrekt het auditrapport binnen een week aan Partijen.");

        Assert.Equal("De auditor verstrekt het rapport alleen aan Partijen.", string.Concat(diff.Where(d => d.Part != DiffPart.Inserted).Select(d => d.Text)));
        Assert.Equal("De auditor verstrekt het auditrapport binnen een week aan Partijen.", string.Concat(diff.Where(d => d.Part != DiffPart.Deleted).Select(d => d.Text)));
        Assert.Equal(
            [(DiffPart.Same, "De auditor verstrekt het "), (DiffPart.Deleted, "rapport alleen"), (DiffPart.Inserted, "auditrapport binnen een week"), (DiffPart.Same, " aan Partijen.")],
            diff);
    }

    [Theory]
    [InlineData("a b c", "a x b c")]
    [InlineData("a b c", "a c")]
    [InlineData("een twee drie vier", "vijf twee zes vier zeven")]
    [InlineData("", "helemaal nieuw")]
    [InlineData("alles weg", "")]
    [InlineData("  spaties   blijven  ", " spaties blijven")]
    public void The_word_diff_always_gives_back_both_texts(string oldText, string newText)
    {
        var diff = WordDiff.Compare(oldText, newText);

        Assert.Equal(oldText, string.Concat(diff.Where(d => d.Part != DiffPart.Inserted).Select(d => d.Text)));
        Assert.Equal(newText, string.Concat(diff.Where(d => d.Part != DiffPart.Deleted).Select(d => d.Text)));
    }
}
