using System.Net;
using System.Text.Json;
using EduDpa.Domain.Accounts;
using EduDpa.Testing;

namespace EduDpa.Web.Tests;

public sealed class ProductsTests(SharedApps apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_supplier_editor_adds_and_edits_products_that_viewers_only_read(TestDatabase database)
    {
        var app = await apps.Get(database);
        var supplier = await app.SupplierAsync();
        using var editor = await app.SignInMemberAsync(supplier, OrganisationRoles.Editor);
        using var viewer = await app.SignInMemberAsync(supplier, OrganisationRoles.Viewer);

        var created = await editor.SubmitAsync("/products/new", "form.utrecht-form", f => f.Set("Input.Name", "Leesplein").Set("Input.Description", "Digitale leesmethode."));
        Assert.Equal("/products", created.Headers.Location?.OriginalString);
        var product = (await (await viewer.GetAsync("/api/products")).ReadAsync<JsonElement>()).EnumerateArray().Single();
        Assert.Equal("Leesplein", product.GetProperty("name").GetString());

        var edited = await editor.SubmitAsync($"/products/{product.GetProperty("id").GetGuid()}/edit", "form.utrecht-form", f => f.Set("Input.Name", "Leesplein 2"));
        Assert.Equal("/products", edited.Headers.Location?.OriginalString);
        Assert.Contains("Leesplein 2", (await viewer.PageAsync("/products")).GetElementById("products")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Client.PostJsonAsync("/api/products", new { name = "Mag niet" })).StatusCode);
        Denied.Assert(await viewer.GetAsync("/products/new"));
        Assert.Null((await viewer.PageAsync("/products")).GetElementById("new-product"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_school_board_has_no_products(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var editor = await app.SignInMemberAsync(board, OrganisationRoles.Editor | OrganisationRoles.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/products")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.PostJsonAsync("/api/products", new { name = "Eigen product" })).StatusCode);
        Denied.Assert(await editor.GetAsync("/products"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_product_needs_a_name_and_a_stale_edit_answers_409(TestDatabase database)
    {
        var app = await apps.Get(database);
        var supplier = await app.SupplierAsync(kind: Domain.Organisations.OrganisationKind.Distributor);
        using var editor = await app.SignInMemberAsync(supplier, OrganisationRoles.Editor);

        var nameless = await editor.Client.PostJsonAsync("/api/products", new { description = "Zonder naam" });
        var tooLong = await editor.Client.PostJsonAsync("/api/products", new { name = new string('x', 201) });
        var created = await (await editor.Client.PostJsonAsync("/api/products", new { name = "Portaal" })).ReadAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();
        var first = await editor.Client.PutJsonAsync($"/api/products/{id}", new { name = "Portaal 2", version = 1 });
        var stale = await editor.Client.PutJsonAsync($"/api/products/{id}", new { name = "Portaal 3", version = 1 });
        var noVersion = await editor.Client.PutJsonAsync($"/api/products/{id}", new { name = "Portaal 4" });

        Assert.Equal("Naam van het product is verplicht.", (await nameless.ReadAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal("Naam van het product is te lang.", (await tooLong.ReadAsync<JsonElement>()).GetProperty("errors").GetProperty("name")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Portaal 2", (await stale.ReadAsync<JsonElement>()).GetProperty("current").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
    }

    [Fact]
    public async Task A_product_says_what_section_c_of_its_privacy_annex_needs_and_bad_web_addresses_are_named()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        var supplier = await app.SupplierAsync();
        using var editor = await app.SignInMemberAsync(supplier, OrganisationRoles.Editor);

        var refused = await editor.SubmitAsync("/products/new", "form.utrecht-form", f => f
            .Set("Input.Name", "Leesplein").Set("Input.ProductUrl", "leesplein").SetAll("Input.Audience", "Po", "Vso"));
        var page = await WebSession.ParseAsync(refused);
        Assert.Contains("Link naar de productpagina moet een volledig webadres zijn", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Input_Audience-Vso[checked]"));

        var created = await editor.Client.PostJsonAsync("/api/products", new { name = "Leesplein", productUrl = "https://leesplein.example", audience = new[] { "vo", "mbo" }, users = new[] { "Pupils" } });
        var product = await created.ReadJsonAsync();
        Assert.Equal(["Vo", "Mbo"], product.GetProperty("audience").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("https://leesplein.example", product.GetProperty("productUrl").GetString());
        var bad = await editor.Client.PostJsonAsync("/api/products", new { name = "Leesplein", supplierUrl = "ftp://leesplein.example" });
        Assert.Equal(["supplierUrl"], (await bad.ReadJsonAsync()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }
}
