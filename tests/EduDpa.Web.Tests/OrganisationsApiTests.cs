using System.Net;
using System.Text;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;

namespace EduDpa.Web.Tests;

public sealed class OrganisationsApiTests(SharedApps apps)
{
    private static object BoardBody(string? kvk = null, string? brin = null) => new
    {
        kind = "SchoolBoard",
        name = Unique.Name("Stichting API"),
        kvkNumber = kvk ?? Unique.Kvk(),
        bevoegdGezagNumber = Unique.BevoegdGezag(),
        street = "Apiweg 1",
        postcode = "1234ab",
        city = "Apistad",
        convenantMember = true,
        convenantMemberSince = "2024-02-01",
        schools = new[] { new { name = "API-school", brin = brin ?? Unique.Brin(), sector = "Vo" } },
    };

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_platform_administrator_creates_a_school_board_with_its_schools_and_reads_it_back(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();

        var created = await admin.Client.PostJsonAsync("/api/organisations", BoardBody());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.ReadAsync<JsonElement>();
        Assert.Equal("1234 AB", body.GetProperty("postcode").GetString());
        Assert.Equal("Vo", body.GetProperty("schools")[0].GetProperty("sector").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());

        var read = await admin.Client.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(body.GetProperty("kvkNumber").GetString(), (await read.ReadAsync<JsonElement>()).GetProperty("kvkNumber").GetString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Invalid_input_answers_400_problem_details_naming_every_field(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();

        var response = await admin.Client.PostJsonAsync("/api/organisations", new
        {
            kind = "SchoolBoard", name = "", kvkNumber = "1234", bevoegdGezagNumber = "12", street = "x", postcode = "0123 AB", city = "y",
            schools = new[] { new { name = "School", brin = "ABCD", sector = "Po" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.ReadAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["bevoegdGezagNumber", "kvkNumber", "name", "postcode", "schools[0].brin"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("KvK-nummer moet uit 8 cijfers bestaan, bijvoorbeeld 12345678.", errors.GetProperty("kvkNumber")[0].GetString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Errors_are_in_English_for_an_API_client_that_asks_for_English(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/organisations")
        {
            Content = new StringContent("""{"kind":"Supplier","name":"X","kvkNumber":"1","street":"a","postcode":"1234 AB","city":"b"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("en-GB");

        var response = await admin.Client.SendAsync(request);

        var errors = (await response.ReadAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("KvK number must be 8 digits, for example 12345678.", errors.GetProperty("kvkNumber")[0].GetString());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_KvK_number_or_BRIN_code_already_in_use_answers_409_naming_the_field_and_stores_nothing(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var existing = await app.SchoolBoardAsync();

        var sameKvk = await admin.Client.PostJsonAsync("/api/organisations", BoardBody(kvk: existing.KvkNumber.Value));
        var sameBrin = await admin.Client.PostJsonAsync("/api/organisations", BoardBody(brin: existing.Schools[0].Brin.Value.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.Conflict, sameKvk.StatusCode);
        Assert.True((await sameKvk.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kvkNumber", out _));
        Assert.Equal(HttpStatusCode.Conflict, sameBrin.StatusCode);
        Assert.True((await sameBrin.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("schools[0].brin", out _));

        var list = await (await admin.Client.GetAsync($"/api/organisations?q={existing.KvkNumber.Value}")).ReadAsync<JsonElement>();
        Assert.Equal(1, list.GetArrayLength());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_update_from_a_stale_version_answers_409_with_what_is_stored_and_overwrites_nothing(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var supplier = await app.SupplierAsync();
        var input = TestData.SupplierInput() with { KvkNumber = supplier.KvkNumber.Value };

        var first = await admin.Client.PutJsonAsync($"/api/organisations/{supplier.Id}", new { kind = "Supplier", name = "Eerste wijziging", kvkNumber = input.KvkNumber, street = input.Street, postcode = input.Postcode, city = input.City, version = 1 });
        var second = await admin.Client.PutJsonAsync($"/api/organisations/{supplier.Id}", new { kind = "Supplier", name = "Tweede wijziging", kvkNumber = input.KvkNumber, street = input.Street, postcode = input.Postcode, city = input.City, version = 1 });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var current = (await second.ReadAsync<JsonElement>()).GetProperty("current");
        Assert.Equal("Eerste wijziging", current.GetProperty("name").GetString());
        Assert.Equal(2, current.GetProperty("version").GetInt32());
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Unreadable_JSON_answers_400_naming_the_field_never_500(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var supplier = await app.SupplierAsync();

        foreach (var (body, field) in new[]
        {
            ("""{"kind":"Bakery","name":"x"}""", "kind"),
            ("""{"kind":"Supplier","convenantMemberSince":"gisteren"}""", "convenantMemberSince"),
            ("""{"kind":"Supplier","schools":[{"sector":7.5}]}""", "schools[0].sector"),
            ("""{"kind":"Supplier","name":""", "name"),
        })
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            var response = await admin.Client.PostAsync(new Uri("/api/organisations", UriKind.Relative), content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var problem = await response.ReadAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{body} → {problem}");
        }

        using var notJson = new StringContent("kind=Supplier", Encoding.UTF8, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await admin.Client.PutAsync(new Uri($"/api/organisations/{supplier.Id}", UriKind.Relative), notJson)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/api/organisations/not-a-guid")).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Only_a_platform_administrator_creates_or_edits_organisations(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var boardAdmin = await app.SignInMemberAsync(board, OrganisationRoles.Admin | OrganisationRoles.Editor);

        var create = await boardAdmin.Client.PostJsonAsync("/api/organisations", BoardBody());
        var edit = await boardAdmin.Client.PutJsonAsync($"/api/organisations/{board.Id}", BoardBody());
        var own = await boardAdmin.Client.GetAsync($"/api/organisations/{board.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_list_filters_by_kind_and_by_name_KvK_number_or_BRIN_code(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var marker = Unique.Name("Zoekbaar");
        var board = await app.OrganisationAsync(TestData.SchoolBoardInput(marker + " bestuur"));
        await app.SupplierAsync(marker + " leverancier");

        async Task<string[]> Names(string query) =>
            [.. (await (await admin.Client.GetAsync(query)).ReadAsync<JsonElement>()).EnumerateArray().Select(o => o.GetProperty("name").GetString()!)];

        Assert.Equal(2, (await Names($"/api/organisations?q={Uri.EscapeDataString(marker.ToLowerInvariant())}")).Length);
        Assert.Equal([marker + " leverancier"], await Names($"/api/organisations?q={Uri.EscapeDataString(marker)}&kind=Supplier"));
        Assert.Equal([board.Name], await Names($"/api/organisations?q={board.KvkNumber.Value}"));
        Assert.Equal([board.Name], await Names($"/api/organisations?q={board.Schools[0].Brin.Value.ToLowerInvariant()}"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Someone_who_is_not_an_administrator_lists_only_their_own_organisations(TestDatabase database)
    {
        var app = await apps.Get(database);
        var own = await app.SupplierAsync();
        await app.SupplierAsync();
        using var member = await app.SignInMemberAsync(own, OrganisationRoles.Viewer);

        var list = await (await member.Client.GetAsync("/api/organisations")).ReadAsync<JsonElement>();

        Assert.Equal([own.Id], list.EnumerateArray().Select(o => o.GetProperty("id").GetGuid()));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_school_board_cannot_be_turned_into_a_supplier(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var board = await app.SchoolBoardAsync();

        var response = await admin.Client.PutJsonAsync($"/api/organisations/{board.Id}", new
        {
            kind = nameof(OrganisationKind.Supplier), name = board.Name, kvkNumber = board.KvkNumber.Value, street = "a", postcode = "1234 AB", city = "b", version = board.Version,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("kind", out _));
    }
}
