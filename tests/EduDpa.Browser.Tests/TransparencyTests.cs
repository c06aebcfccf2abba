using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

/// <summary>The public pages for parents in the browser: accessible (axe-core, WCAG 2.1 AA), published by a board, found by BRIN and filtered.</summary>
public sealed class TransparencyTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    private const string RijnlandAdmin = "admin@rijnland.example";
    private const string LeermiddelAdmin = "admin@leermiddel.example";

    [Fact]
    public Task De_Lindes_published_page_its_schools_and_the_search_have_no_accessibility_violations_in_Dutch_and_English() => browser.RunAsync(app, async page =>
    {
        await Axe.InjectAsync(page);
        foreach (var url in new[]
                 {
                     "/openbaar", "/openbaar?q=Linde", "/openbaar/besturen/99000101", "/openbaar/besturen/99000101?lang=en", "/openbaar/scholen/99LA",
                     "/openbaar/scholen/99LC?lang=en&outsideEea=true", "/openbaar/besturen/99000202", "/openbaar/scholen/99LA?outsideEea=nee",
                 })
        {
            await page.GotoAsync(url);
            await Expect(page.Heading()).ToHaveCountAsync(1);
            await Axe.AssertNoViolationsAsync(page);
        }

        // The language switch is a link to the same page in English, and back; keyboard users reach it by Tab after the skip link.
        await page.GotoAsync("/openbaar/besturen/99000101");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("a.utrecht-skip-link")).ToBeFocusedAsync();
        await page.Locator("#language-switch").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("#products-title")).ToHaveTextAsync("Digital resources and what happens to the data");
        await Expect(page.Locator("#product-list article h3")).ToHaveTextAsync(["Leerlingportaal Demo (fictief)", "Voorwaarden Kantoorwolk Online (fictief)"]);

        // The board's own pages for it: the page's settings, the register, the dashboard with the questions across suppliers.
        await page.SignInAsync("admin@delinde.example");
        foreach (var url in new[] { "/transparency", "/registers", "/agreements" })
        {
            await page.GotoAsync(url);
            await Axe.AssertNoViolationsAsync(page);
        }
        await Expect(page.Locator("#cross-supplier")).ToContainTextAsync("Het overzicht telt 2 leermiddel(en)");
    });

    [Fact]
    public Task A_board_publishes_its_page_and_a_parent_finds_the_school_by_BRIN_filters_outside_the_EEA_and_sees_the_US_sub_processor_and_its_safeguard() => browser.RunAsync(app, async page =>
    {
        await Axe.InjectAsync(page);

        // Rijnland signs the offered Rekenroute agreement (its annex has a sub-processor in the United States under standard contractual clauses), through the API as its admin.
        await page.SignInAsync(RijnlandAdmin);
        var agreementId = await SignRekenrouteAsync(page);

        // Rijnland's admin publishes the board's page with an introduction and its privacy contact.
        await page.GotoAsync("/transparency");
        await Expect(page.Locator("#page-state")).ToContainTextAsync("niet gepubliceerd");
        await page.Locator("#Input_Published").CheckAsync();
        await page.Locator("#Input_Introduction").FillAsync("Wij vertellen ouders graag welke leermiddelen onze scholen gebruiken.");
        await page.Locator("#Input_ContactName").FillAsync("Functionaris gegevensbescherming");
        await page.Locator("#Input_ContactEmail").FillAsync("privacy@rijnland.example");
        await page.Locator("#save-transparency").ClickAsync();
        await Expect(page.Locator("#page-state")).ToContainTextAsync("gepubliceerd en toont 1");
        await page.Locator("#logout").ClickAsync();

        // A parent, without an account, looks for the school by its BRIN code.
        await page.GotoAsync("/openbaar");
        await Axe.AssertNoViolationsAsync(page);
        await page.Locator("#q").FillAsync("99ra");
        await page.Locator("#find").ClickAsync();
        await Expect(page).ToHaveURLAsync("/openbaar/scholen/99RA");
        await Expect(page.Heading()).ToHaveTextAsync("Fictief Lyceum Rijnstad");
        await Expect(page.Locator("#introduction")).ToContainTextAsync("welke leermiddelen onze scholen gebruiken");
        await Axe.AssertNoViolationsAsync(page);

        // Only what sends data outside the EEA: Rekenroute, with its US sub-processor and the safeguard of the transfer.
        await page.Locator("#outsideEea").CheckAsync();
        await page.Locator("#search-products").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("outsideEea=true"));
        var product = page.Locator("#product-list article");
        await Expect(product).ToHaveCountAsync(1);
        await Expect(product.Locator("h3")).ToHaveTextAsync("Rekenroute (fictief)");
        await Expect(product).ToContainTextAsync("Helpdesk Voorbeeld Inc. (fictief)");
        await Expect(product).ToContainTextAsync("Verwerkt in: Verenigde Staten");
        await Expect(product).ToContainTextAsync("Standaardcontractbepalingen van de Europese Commissie (SCC)");
        await Expect(page.Locator("#country-table tr[data-country=US]")).ToContainTextAsync("Buiten de EER, met andere waarborgen");
        await Expect(page.Locator("#contact")).ToContainTextAsync("privacy@rijnland.example");
        await Axe.AssertNoViolationsAsync(page);

        var json = Axe.Json(await (await page.APIRequest.GetAsync("/api/public/schools/99RA?outsideEea=true")).TextAsync());
        Assert.Equal("Rekenroute (fictief)", json.GetProperty("products")[0].GetProperty("name").GetString());
        Assert.DoesNotContain(agreementId, json.ToString(), StringComparison.Ordinal);
    });

    /// <summary>Rijnland (reviewer role added by its admin) completes its part of the offered Rekenroute agreement, approves and signs; Leermiddel signs.</summary>
    private static async Task<string> SignRekenrouteAsync(IPage page)
    {
        var api = page.APIRequest;
        var members = await JsonAsync(await api.GetAsync("/api/members"));
        var me = members.EnumerateArray().Single(m => m.GetProperty("email").GetString() == RijnlandAdmin);
        var roles = me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Append("Reviewer").ToArray();
        await OkAsync(await api.PutAsync($"/api/members/{me.GetProperty("id").GetString()}", new() { DataObject = new { roles, version = me.GetProperty("version").GetInt32() } }));

        var list = await JsonAsync(await api.GetAsync("/api/agreements"));
        var id = list.EnumerateArray().Single(a => a.GetProperty("state").GetString() == "Offered"
            && a.GetProperty("products").EnumerateArray().Any(p => p.GetString() == "Rekenroute (fictief)")).GetProperty("id").GetString()!;
        var agreement = await JsonAsync(await api.GetAsync($"/api/agreements/{id}"));
        var productId = agreement.GetProperty("products")[0].GetProperty("id").GetString();
        await OkAsync(await api.PutAsync($"/api/agreements/{id}", new() { DataObject = new
        {
            productIds = new[] { productId }, contractDescription = agreement.GetProperty("contractDescription").GetString(), representativeName = "R. Rijnland",
            representativeFunction = "voorzitter college van bestuur", coversAllSchools = true, version = agreement.GetProperty("version").GetInt32(),
        } }));
        var part = await JsonAsync(await api.GetAsync($"/api/agreements/{id}/annexes"));
        await OkAsync(await api.PutAsync($"/api/agreements/{id}/annexes", new() { DataObject = new
        {
            boardContact = new { name = "Ravi Rijnland (demo)", function = "privacycoördinator", email = "privacy@rijnland.example", phone = (string?)null },
            boardIncidentContact = new { name = "Ravi Rijnland (demo)", function = "ICT", email = "ict@rijnland.example", phone = "030 765 4321" },
            products = new[]
            {
                new
                {
                    productId, optionalServices = new[] { new { serviceId = "rr-ouder", accepted = (bool?)true } },
                    transfers = new[] { new { transferId = "rr-support", consented = (bool?)true } }, retention = new { adoptsProposal = true, periods = (string?)null },
                },
            },
            version = part.GetProperty("version").GetInt32(),
        } }));
        await StepAsync(api, id, "approve", new { });
        await StepAsync(api, id, "sign", new { name = "R. Rijnland", function = "voorzitter college van bestuur" });

        await page.Locator("#logout").ClickAsync();
        await page.SignInAsync(LeermiddelAdmin);
        var signed = await StepAsync(page.APIRequest, id, "sign", new { name = "L. Leverancier", function = "algemeen directeur" });
        Assert.Equal("Active", signed.GetProperty("lifecycle").GetProperty("currentState").GetString());
        await page.Locator("#logout").ClickAsync();
        await page.SignInAsync(RijnlandAdmin);
        return id;
    }

    private static async Task<JsonElement> StepAsync(IAPIRequestContext api, string id, string step, object body)
    {
        var version = (await JsonAsync(await api.GetAsync($"/api/agreements/{id}"))).GetProperty("version").GetInt32();
        var fields = JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        fields["version"] = version;
        return await OkAsync(await api.PostAsync($"/api/agreements/{id}/{step}", new() { DataObject = fields }));
    }

    private static async Task<JsonElement> OkAsync(IAPIResponse response)
    {
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"{response.Url}: {response.Status} {text}");
        return Axe.Json(text);
    }

    private static async Task<JsonElement> JsonAsync(IAPIResponse response) => await OkAsync(response);
}
