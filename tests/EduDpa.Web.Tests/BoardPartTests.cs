using System.Net;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Annexes;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using static EduDpa.Web.Tests.AnnexApiTests;

namespace EduDpa.Web.Tests;

/// <summary>The board's part of the annexes in its agreement, and what stands between the agreement and its signing.</summary>
public sealed class BoardPartTests(SharedApps apps)
{
    private sealed record Setup(Supplier Supplier, WebSession Board, Guid AgreementId) : IDisposable
    {
        public static async Task<Setup> CreateAsync(TestApp app)
        {
            var supplier = await Supplier.CreateAsync(app);
            await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()));
            await supplier.PublishAsync();
            await supplier.PutAsync(Json(DemoAnnexes.RekenrouteSecurity()), "security");
            await supplier.PublishAsync("security");
            var board = await app.SchoolBoardAsync();
            var editor = await app.SignInMemberAsync(board, OrganisationRoles.Editor);
            var draft = await (await editor.Client.PostJsonAsync("/api/agreements", new { counterpartyId = supplier.Organisation.Id, productIds = new[] { supplier.ProductId }, contractDescription = "rekenen" })).ReadJsonAsync();
            return new Setup(supplier, editor, draft.GetProperty("id").GetGuid());
        }

        public async Task<JsonElement> PartAsync() => await (await Board.GetAsync($"/api/agreements/{AgreementId}/annexes")).ReadJsonAsync();

        public async Task<List<string>> FindingsAsync() =>
            [.. (await (await Board.GetAsync($"/api/agreements/{AgreementId}/findings")).ReadJsonAsync()).EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!)];

        public object Everything(int version, bool consent = true) => new
        {
            boardContact = new { name = "M. de Boer", function = "privacycoördinator", email = "privacy@school.example", phone = (string?)null },
            boardIncidentContact = new { name = "K. Smit", function = "ICT", email = "ict@school.example", phone = "030 123 4567" },
            products = new[]
            {
                new
                {
                    productId = Supplier.ProductId,
                    optionalServices = new[] { new { serviceId = "rr-ouder", accepted = (bool?)true } },
                    transfers = new[] { new { transferId = "rr-support", consented = (bool?)consent } },
                    retention = new { adoptsProposal = true, periods = (string?)null },
                },
            },
            version,
        };

        public void Dispose()
        {
            Supplier.Dispose();
            Board.Dispose();
        }
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_board_fills_in_its_part_and_what_blocked_signing_is_gone(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var setup = await Setup.CreateAsync(app);

        Assert.Equal(["R05", "R14", "R16", "R17", "R31"], (await setup.FindingsAsync()).Order());
        var part = await setup.PartAsync();
        var product = part.GetProperty("products")[0];
        Assert.Equal(1, product.GetProperty("privacyAnnex").GetProperty("number").GetInt32());
        Assert.Equal("rr-support", product.GetProperty("transfers")[0].GetProperty("transferId").GetString());
        Assert.Equal(JsonValueKind.Null, product.GetProperty("transfers")[0].GetProperty("consented").ValueKind);

        var saved = await setup.Board.Client.PutJsonAsync($"/api/agreements/{setup.AgreementId}/annexes", setup.Everything(part.GetProperty("version").GetInt32()));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Empty(await setup.FindingsAsync());
        var after = (await saved.ReadJsonAsync()).GetProperty("products")[0];
        Assert.True(after.GetProperty("transfers")[0].GetProperty("consented").GetBoolean());
        Assert.Equal("2026-11-23T09:00:00+00:00", after.GetProperty("transfers")[0].GetProperty("decidedAt").GetString());
        var text = await (await setup.Board.GetAsync($"/api/agreements/{setup.AgreementId}/text")).Content.ReadAsStringAsync();
        Assert.Contains("MODEL BIJLAGE 1: PRIVACYBIJSLUITER Rekenmethode", text, StringComparison.Ordinal);
        Assert.Contains("[x] Ja, gegeven op 23 november 2026", text, StringComparison.Ordinal);
        Assert.Contains("Onderwijsinstelling | K. Smit, ICT | ict@school.example, 030 123 4567", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consent_holds_for_the_transfer_as_it_was_and_must_be_given_again_when_the_supplier_changes_it()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var setup = await Setup.CreateAsync(app);
        await setup.Board.Client.PutJsonAsync($"/api/agreements/{setup.AgreementId}/annexes", setup.Everything((await setup.PartAsync()).GetProperty("version").GetInt32()));

        var changed = DemoAnnexes.Rekenroute() with { Transfers = [DemoAnnexes.RekenrouteSupport with { Recipient = "Andere Helpdesk Inc." }] };
        await setup.Supplier.PutAsync(Json(changed));
        await setup.Supplier.PublishAsync();

        Assert.Equal(["R05"], await setup.FindingsAsync());
    }

    [Fact]
    public async Task Refused_consent_keeps_the_agreement_from_being_signed()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var setup = await Setup.CreateAsync(app);

        await setup.Board.Client.PutJsonAsync($"/api/agreements/{setup.AgreementId}/annexes", setup.Everything((await setup.PartAsync()).GetProperty("version").GetInt32(), consent: false));

        Assert.Equal(["R05"], await setup.FindingsAsync());
    }

    [Fact]
    public async Task Only_the_board_fills_in_its_part_from_the_version_it_read_with_values_that_exist()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var setup = await Setup.CreateAsync(app);
        var version = (await setup.PartAsync()).GetProperty("version").GetInt32();

        var bySupplier = await setup.Supplier.Editor.Client.PutJsonAsync($"/api/agreements/{setup.AgreementId}/annexes", setup.Everything(version));
        var stale = await setup.Board.Client.PutJsonAsync($"/api/agreements/{setup.AgreementId}/annexes", setup.Everything(version - 1));
        var unknown = await setup.Board.Client.PutJsonAsync($"/api/agreements/{setup.AgreementId}/annexes", new
        {
            boardContact = new { name = "M", function = "F", email = "geen-adres", phone = (string?)null },
            products = new[] { new { productId = setup.Supplier.ProductId, optionalServices = new[] { new { serviceId = "bestaat-niet", accepted = true } } } },
            version,
        });

        Assert.Equal(HttpStatusCode.BadRequest, bySupplier.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["boardContact.email", "products[0].optionalServices[0].serviceId"],
            (await unknown.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(version, (await setup.PartAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_board_part_page_saves_the_boards_choices_and_is_not_for_the_supplier()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var setup = await Setup.CreateAsync(app);
        var url = $"/agreements/{setup.AgreementId}/annexes";

        var bySupplier = await setup.Supplier.Editor.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, bySupplier.StatusCode);
        Assert.StartsWith("/account/access-denied", bySupplier.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        var response = await setup.Board.SubmitAsync(url, "#board-part-form", form => form
            .Set("Input.BoardContact.Name", "M. de Boer").Set("Input.BoardContact.Function", "privacycoördinator").Set("Input.BoardContact.Email", "privacy@school.example")
            .Set("Input.BoardIncidentContact.Name", "K. Smit").Set("Input.BoardIncidentContact.Email", "ict@school.example").Set("Input.BoardIncidentContact.Phone", "030 123 4567")
            .Set("Input.Products[0].OptionalServices[0].Accepted", "false")
            .Set("Input.Products[0].Transfers[0].Consented", "true")
            .Set("Input.Products[0].AdoptsProposal", "false").Set("Input.Products[0].RetentionPeriods", "Twee jaar na uitschrijving."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await setup.FindingsAsync());
        var part = (await setup.PartAsync()).GetProperty("products")[0];
        Assert.False(part.GetProperty("optionalServices")[0].GetProperty("accepted").GetBoolean());
        Assert.Equal("Twee jaar na uitschrijving.", part.GetProperty("retentionSettled").GetString());
    }
}
