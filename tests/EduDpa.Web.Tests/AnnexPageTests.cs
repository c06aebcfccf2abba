using System.Net;
using System.Net.Http.Headers;
using System.Text;
using EduDpa.Domain.Annexes;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using static EduDpa.Web.Tests.AnnexApiTests;

namespace EduDpa.Web.Tests;

/// <summary>The annex editors as a supplier uses them in the browser, without JavaScript.</summary>
public sealed class AnnexPageTests(SharedApps apps)
{
    private static string Editor(Supplier supplier, string kind = "privacy") => $"/products/{supplier.ProductId}/annexes/{kind}";

    [Fact]
    public async Task Refused_input_names_the_field_and_keeps_everything_typed()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);

        var response = await supplier.Editor.SubmitAsync(Editor(supplier), "#annex-form", form => form
            .Set("Input.ProcessorContact.Name", "J. Jansen")
            .Set("Input.ProcessorContact.Email", "geen-adres")
            .Set("Input.Retention", "Een jaar na het laatste gebruik."), "#save-annex");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Contains("E-mailadres is geen geldig e-mailadres", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Input_ProcessorContact_Email")!.GetAttribute("aria-invalid"));
        Assert.Equal("J. Jansen", page.QuerySelector("#Input_ProcessorContact_Name")!.GetAttribute("value"));
        Assert.Equal("Een jaar na het laatste gebruik.", page.QuerySelector("#Input_Retention")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await supplier.Editor.GetAsync(supplier.Url(rest: "/draft"))).StatusCode);
    }

    [Fact]
    public async Task A_supplier_adds_rows_saves_and_sees_each_finding_beside_its_row()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);
        var withService = await supplier.Editor.SubmitAsync(Editor(supplier), "#annex-form", null, "#add-EssentialServices");
        var page = await WebSession.ParseAsync(withService);
        var withSub = await supplier.Editor.SubmitAsync(page, Editor(supplier), "#annex-form", form => form
            .Set("Input.EssentialServices[0].Description", "Rekenoefeningen")
            .Set("Input.EssentialServices[0].Processing", "Opslaan van antwoorden"), "#add-SubProcessors");
        page = await WebSession.ParseAsync(withSub);
        Assert.Equal("Rekenoefeningen", page.QuerySelector("#Input_EssentialServices_0__Description")!.TextContent);

        var saved = await supplier.Editor.SubmitAsync(page, Editor(supplier), "#annex-form", form => form
            .Set("Input.SubProcessors[0].Name", "Analyse Voorbeeld Pvt")
            .Set("Input.SubProcessors[0].Processing", "Analyse")
            .Set("Input.SubProcessors[0].ProcessingCountryCode", "IN")
            .Set("Input.SubProcessors[0].EstablishmentCountryCode", "IN"), "#save-annex");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await supplier.Editor.PageAsync(Editor(supplier));
        var row = page.QuerySelector("#Input_SubProcessors_0_")!;
        Assert.Contains(row.QuerySelectorAll(".edudpa-finding"), f => f.GetAttribute("data-rule") == "R01" && f.TextContent.Contains("India", StringComparison.Ordinal));
        Assert.Contains(row.QuerySelectorAll(".edudpa-finding"), f => f.GetAttribute("data-rule") == "R06");
        Assert.Contains(page.QuerySelectorAll("#findings-list a"), a => a.GetAttribute("href") == "#Input_SubProcessors_0__ProcessingCountryCode");
        Assert.Equal("IN", page.QuerySelector("#Input_SubProcessors_0__ProcessingCountryCode option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Publishing_from_the_editor_waits_until_the_check_finds_no_errors()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);
        await supplier.PutAsync(Json(DemoAnnexes.RekenrouteDraft()));

        var refused = await supplier.Editor.SubmitAsync(Editor(supplier), "#annex-form", null, "#publish-annex");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await WebSession.ParseAsync(refused);
        Assert.Contains("Niet gepubliceerd", page.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("#findings-list li"), li => li.GetAttribute("data-rule") == "R01");

        await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()));
        var published = await supplier.Editor.SubmitAsync(Editor(supplier), "#annex-form", null, "#publish-annex");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        page = await supplier.Editor.PageAsync(Editor(supplier));
        Assert.Contains("Versie 1 is gepubliceerd.", page.Body!.TextContent, StringComparison.Ordinal);
        var products = await supplier.Editor.PageAsync("/products");
        Assert.Contains("versie 1", products.QuerySelector($"#annex-privacy-{supplier.ProductId}")!.TextContent, StringComparison.Ordinal);
        var version = await supplier.Editor.PageAsync($"/products/{supplier.ProductId}/annexes/privacy/1");
        Assert.StartsWith("MODEL BIJLAGE 1: PRIVACYBIJSLUITER Rekenmethode", version.QuerySelector("h1")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("aangekruist", version.QuerySelector("#bijlage-1-E-purposes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_security_editor_saves_every_row_of_the_rosa_table()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);

        var response = await supplier.Editor.SubmitAsync(Editor(supplier, "security"), "#annex-form", form => form
            .Set("Input.Rosa[3].Compliance", "NotMet").Set("Input.Rosa[3].Explanation", "Tests worden uitgebreid.")
            .Set("Input.Assessment.Form", "SelfAssessment").Set("Input.Assessment.Classification.Confidentiality", "High"), "#save-annex");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await supplier.Editor.PageAsync(Editor(supplier, "security"));
        Assert.Contains(page.QuerySelectorAll("#Input_Rosa_3_ .edudpa-finding"), f => f.GetAttribute("data-rule") == "R24");
        Assert.Equal(20, page.QuerySelectorAll("[id^=Input_Rosa_] .edudpa-finding[data-rule=R23]").Length); // every row but the one answered
        Assert.Equal("NotMet", page.QuerySelector("#Input_Rosa_3__Compliance option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_imported_file_with_problems_lists_each_and_changes_nothing_while_a_good_one_becomes_the_draft()
    {
        var app = await apps.Get(TestDatabase.Sqlite);
        using var supplier = await Supplier.CreateAsync(app);
        await supplier.PutAsync(Json(DemoAnnexes.Rekenroute()));
        var before = await (await supplier.Editor.GetAsync(supplier.Url(rest: "/draft"))).Content.ReadAsStringAsync();

        var bad = await ImportAsync(supplier, "{\"model\": 4, \"kleur\": \"blauw\"}");
        var page = await WebSession.ParseAsync(bad);
        var errors = page.QuerySelector("#import-file-error")!.TextContent;
        Assert.Contains("model:", errors, StringComparison.Ordinal);
        Assert.Contains("kleur:", errors, StringComparison.Ordinal);
        Assert.Contains("processorContact:", errors, StringComparison.Ordinal);
        Assert.Equal(before, await (await supplier.Editor.GetAsync(supplier.Url(rest: "/draft"))).Content.ReadAsStringAsync());

        var exported = await (await supplier.Editor.GetAsync(Editor(supplier) + "?handler=Export")).Content.ReadAsStringAsync();
        var good = await ImportAsync(supplier, exported.Replace("Resultaten en voortgang", "Uitkomsten", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains("Uitkomsten", await (await supplier.Editor.GetAsync(supplier.Url(rest: "/draft"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ImportAsync(Supplier supplier, string json)
    {
        var page = await supplier.Editor.PageAsync($"/products/{supplier.ProductId}/annexes/privacy");
        var token = page.QuerySelector("#import-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { file, "file", "bijlage.json" } };
        return await supplier.Editor.Client.PostAsync(new Uri($"/products/{supplier.ProductId}/annexes/privacy?handler=Import", UriKind.Relative), content);
    }
}
