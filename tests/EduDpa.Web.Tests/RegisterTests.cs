using System.Net;
using System.Text;
using EduDpa.Domain.Accounts;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using MiniExcelLibs;

namespace EduDpa.Web.Tests;

/// <summary>The registers of processing activities (AVG art. 30) as XLSX and CSV, for the board and the supplier, and the dashboard's questions across suppliers.</summary>
public sealed class RegisterTests(SharedApps apps)
{
    /// <summary>The board's columns as the README documents them (Dutch headers).</summary>
    private static readonly string[] BoardHeaders =
    [
        "Product", "Leverancier (verwerker)", "Grondslag gebruik", "Ondertekend op", "Van kracht vanaf", "Status", "Einddatum", "Model", "Scholen", "Doeleinden",
        "Categorieën betrokkenen", "Categorieën persoonsgegevens", "Bijzondere persoonsgegevens", "Ontvangers", "Subverwerkers", "Doorgiften buiten de EER en waarborgen",
        "Bewaartermijnen", "Locaties van verwerking", "Beveiligingsmaatregelen", "Privacybijsluiter", "Kenmerk overeenkomst",
    ];

    private static readonly string[] SupplierHeaders =
    [
        "Schoolbestuur (verwerkingsverantwoordelijke)", "KvK-nummer bestuur", "Contactpersoon bestuur", "Product", "Ondertekend op", "Status", "Einddatum", "Categorieën verwerkingen",
        "Doeleinden", "Categorieën betrokkenen", "Categorieën persoonsgegevens", "Bijzondere persoonsgegevens", "Subverwerkers", "Doorgiften buiten de EER en waarborgen",
        "Beveiligingsmaatregelen", "Privacybijsluiter", "Kenmerk overeenkomst",
    ];

    private static List<IDictionary<string, object?>> Sheet(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    private static string[] Headers(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.GetColumns(useHeaderRow: true)];
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_boards_register_opens_as_XLSX_with_one_row_per_product_and_the_documented_columns_and_as_CSV(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await PublicKit.BoardAsync(app);
        var supplier = await app.SupplierAsync();
        var other = await app.SupplierAsync();
        var rekenroute = Unique.Name("Rekenroute");
        var portaal = Unique.Name("Portaal");
        var (agreement, _) = await PublicKit.SignedAsync(app, board, supplier, rekenroute, DemoAnnexes.Rekenroute(), DemoAnnexes.RekenrouteSecurity());
        await PublicKit.SignedAsync(app, board, other, portaal, DemoAnnexes.Portaal(), DemoAnnexes.PortaalSecurity(), [board.Schools[0].Id]);
        await PublicKit.DraftAsync(app, board, supplier, Unique.Name("Concept"));
        using var viewer = await app.SignInMemberAsync(board, OrganisationRoles.Viewer);

        var xlsx = await viewer.GetAsync("/api/registers/processing-activities?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal(BoardHeaders, Headers(bytes));
        var rows = Sheet(bytes);
        Assert.Equal(new[] { portaal, rekenroute }.Order(), rows.Select(r => r["Product"]!.ToString()).Order());
        var row = rows.Single(r => r["Product"]!.ToString() == rekenroute);
        Assert.Equal("Verwerkersovereenkomst", row["Grondslag gebruik"]);
        Assert.Equal("Actief", row["Status"]);
        Assert.Equal("Alle scholen", row["Scholen"]);
        Assert.Equal(agreement.ToString(), row["Kenmerk overeenkomst"]);
        Assert.Contains("E1 de opslag van leer- en toetsresultaten", row["Doeleinden"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Helpdesk Voorbeeld Inc. (fictief)", row["Subverwerkers"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Verenigde Staten", row["Doorgiften buiten de EER en waarborgen"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Standaardcontractbepalingen", row["Doorgiften buiten de EER en waarborgen"]!.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Bijlage 2 Beveiligingsbijlage versie 1 van 2026-11-01", row["Beveiligingsmaatregelen"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("Bijlage 1 Privacybijsluiter versie 1 van 2026-11-01", row["Privacybijsluiter"]);
        Assert.Equal(board.Schools[0].Name, rows.Single(r => r["Product"]!.ToString() == portaal)["Scholen"]);

        var csv = await viewer.GetAsync("/api/registers/processing-activities?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Product,Leverancier (verwerker),Grondslag gebruik,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);

        var wrong = await viewer.GetAsync("/api/registers/processing-activities?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.ReadJsonAsync()).GetProperty("errors").TryGetProperty("format", out _));

        var page = await viewer.PageAsync("/registers");
        Assert.Equal(2, page.QuerySelectorAll("#register tbody tr").Length);
        Assert.Equal("/api/registers/processing-activities?format=xlsx", page.QuerySelector("#register-xlsx")!.GetAttribute("href"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_suppliers_register_has_a_row_per_board_and_product_with_only_its_own_boards(TestDatabase database)
    {
        var app = await apps.Get(database);
        var supplier = await app.SupplierAsync();
        var first = await PublicKit.BoardAsync(app);
        var second = await PublicKit.BoardAsync(app);
        var stranger = await PublicKit.BoardAsync(app);
        await PublicKit.SignedAsync(app, first, supplier, Unique.Name("Rekenroute"), DemoAnnexes.Rekenroute(), DemoAnnexes.RekenrouteSecurity());
        await PublicKit.SignedAsync(app, second, supplier, Unique.Name("Portaal"), DemoAnnexes.Portaal(), DemoAnnexes.PortaalSecurity());
        await PublicKit.SignedAsync(app, stranger, await app.SupplierAsync(), Unique.Name("Vreemd"), DemoAnnexes.Portaal(), DemoAnnexes.PortaalSecurity());
        using var member = await app.SignInMemberAsync(supplier, OrganisationRoles.Viewer);

        var bytes = await (await member.GetAsync("/api/registers/processor?format=xlsx")).Content.ReadAsByteArrayAsync();

        Assert.Equal(SupplierHeaders, Headers(bytes));
        var rows = Sheet(bytes);
        Assert.Equal(new[] { first.Name, second.Name }.Order(), rows.Select(r => r["Schoolbestuur (verwerkingsverantwoordelijke)"]!.ToString()).Order());
        var row = rows.Single(r => r["Schoolbestuur (verwerkingsverantwoordelijke)"]!.ToString() == first.Name);
        Assert.Equal(first.KvkNumber.Value, row["KvK-nummer bestuur"]?.ToString());
        Assert.Contains(PublicKit.BoardContactName, row["Contactpersoon bestuur"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Rekenoefeningen en toetsen voor leerlingen", row["Categorieën verwerkingen"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Standaardcontractbepalingen", row["Doorgiften buiten de EER en waarborgen"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync("/api/registers/processing-activities")).StatusCode);
        var dashboard = await member.PageAsync("/agreements");
        Assert.Equal("/registers", dashboard.QuerySelector("#register-page")!.GetAttribute("href"));
        Assert.Null(dashboard.QuerySelector("#cross-supplier"));
        Assert.Equal(2, (await member.PageAsync("/registers")).QuerySelectorAll("#register tbody tr").Length);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_boards_dashboard_answers_its_questions_across_suppliers(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await PublicKit.BoardAsync(app);
        var supplier = await app.SupplierAsync();
        var rekenroute = Unique.Name("Rekenroute");
        var care = Unique.Name("Zorg");
        var second = Unique.Name("Rekenroute");
        await PublicKit.SignedAsync(app, board, supplier, rekenroute, DemoAnnexes.Rekenroute(), DemoAnnexes.RekenrouteSecurity());
        await PublicKit.SignedAsync(app, board, supplier, second, DemoAnnexes.Rekenroute() with
        {
            SubProcessors = [.. DemoAnnexes.Rekenroute().SubProcessors, new Domain.Annexes.SubProcessor("Analyse Inc. (fictief)", "Analyse", ["F1-pupil-21"], "US", "US")],
        }, DemoAnnexes.RekenrouteSecurity());
        await PublicKit.SignedAsync(app, board, supplier, care, DemoAnnexes.Portaal() with { DataCategories = [new("F1-pupil-1"), new("F1-pupil-19")] }, DemoAnnexes.PortaalSecurity());
        using var viewer = await app.SignInMemberAsync(board, OrganisationRoles.Viewer);

        var overview = await (await viewer.GetAsync("/api/registers/overview")).ReadJsonAsync();

        Assert.Equal(3, overview.GetProperty("products").GetInt32());
        Assert.Equal([care], overview.GetProperty("specialCategories").EnumerateArray().Select(r => r.GetProperty("product").GetString()));
        Assert.Equal([second], overview.GetProperty("pupilDataOutsideEea").EnumerateArray().Select(r => r.GetProperty("product").GetString()));
        var top = overview.GetProperty("subProcessors")[0];
        Assert.Equal(2, top.GetProperty("products").GetInt32());
        Assert.Empty(overview.GetProperty("olderModel").EnumerateArray());

        var dashboard = await viewer.PageAsync("/agreements");
        Assert.Contains(care, dashboard.QuerySelector("#overview-special-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(second, dashboard.QuerySelector("#overview-outside-list")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(dashboard.QuerySelector("#overview-subprocessor-table"));
        Assert.Equal("/registers", dashboard.QuerySelector("#register-page")!.GetAttribute("href"));
    }

    [Fact]
    public void An_agreement_on_an_older_model_is_listed_once_with_its_products()
    {
        var agreement = Guid.NewGuid();
        Domain.Transparency.ProductInUse Product(string name, string model) => new(Guid.NewGuid(), Domain.Transparency.UseBasis.Agreement, agreement, Guid.NewGuid(), name, Guid.NewGuid(),
            "Leverancier", new DateOnly(2024, 1, 1), null, null, Domain.Agreements.AgreementState.Active, true, model, true, [],
            Domain.Transparency.ProcessingFacts.None(Domain.Models.ModelCatalog.ModelAgreement40), null, null);

        var overview = Web.Features.Registers.RegisterReader.Overview([Product("Oud A", "model-verwerkersovereenkomst-3.0"), Product("Oud B", "model-verwerkersovereenkomst-3.0")]);
        var current = Web.Features.Registers.RegisterReader.Overview([Product("Nieuw", Domain.Models.ModelCatalog.ModelAgreement40)]);

        var row = Assert.Single(overview.OlderModel);
        Assert.Equal(("Oud A, Oud B", "model-verwerkersovereenkomst-3.0"), (row.Product, row.Detail));
        Assert.Empty(current.OlderModel);
    }
}
