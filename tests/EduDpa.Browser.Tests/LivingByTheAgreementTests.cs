using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

/// <summary>
/// After signing, in the browser, on the demo's signed agreement between De Linde and the distributor: a new
/// sub-processor in the United States with its objection period, and a data breach with the board's 72 hours.
/// </summary>
public sealed class LivingByTheAgreementTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    private const string Distributor = "admin@distributiedemo.example";
    private const string BoardEditor = "redacteur@delinde.example";
    private const string IncidentContact = "incident@delinde.example";

    private static async Task SwitchPersonAsync(IPage page, string email)
    {
        if (await page.Locator("#logout").CountAsync() > 0)
        {
            await page.Locator("#logout").ClickAsync();
        }
        await page.SignInAsync(email);
    }

    private async Task<(Guid ProductId, Guid AgreementId)> PortaalAsync()
    {
        var testApp = await app.GetAsync();
        return await testApp.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<EduDpaDbContext>();
            var product = await db.Products.IgnoreQueryFilters().Where(p => p.Name == "Leerlingportaal Demo (fictief)").Select(p => p.Id).SingleAsync();
            var agreement = await db.Agreements.IgnoreQueryFilters().Where(a => a.ProductIds.Contains(product) && a.State == EduDpa.Domain.Agreements.AgreementState.SignedByBoth).Select(a => a.Id).SingleAsync();
            return (product, agreement);
        });
    }

    [Fact]
    public Task A_supplier_announces_a_US_sub_processor_the_board_sees_its_deadline_objects_and_the_supplier_sees_the_objection() => browser.RunAsync(app, async page =>
    {
        var (productId, agreementId) = await PortaalAsync();

        // The distributor announces a new sub-processor in the United States, with the transfer it needs.
        await page.SignInAsync(Distributor);
        await page.GotoAsync("/products");
        await page.Locator($"#sub-processor-change-{productId}").ClickAsync();
        await page.Locator("#Input_Action").SelectOptionAsync("Add");
        await page.Locator("#Input_Name").FillAsync("Statistiek Voorbeeld Inc. (fictief)");
        await page.Locator("#Input_Processing").FillAsync("Gebruiksstatistieken van het portaal");
        await page.Locator("#Input_DataCategories-F1-pupil-21").CheckAsync();
        await page.Locator("#Input_ProcessingCountryCode").SelectOptionAsync("US");
        await page.Locator("#Input_EstablishmentCountryCode").SelectOptionAsync("US");
        await page.Locator("#Input_TransferServiceId").SelectOptionAsync("lp-login");
        await page.Locator("#Input_TransferDescription").FillAsync("Gepseudonimiseerde gebruiksgegevens voor statistiek");
        await page.Locator("#Input_TransferSafeguard").SelectOptionAsync("AdequacyDecision");
        await page.Locator("#Input_TransferRecipientQualification").FillAsync("Gecertificeerd onder het EU-US Data Privacy Framework");
        await page.Locator("#Input_Reason").FillAsync("Wij willen zien welke leermiddelen het meest worden gebruikt.");
        await page.Locator("#announce").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/changes/[0-9a-f-]{36}$"));
        var changeUrl = new Uri(page.Url).AbsolutePath;
        await Expect(page.Locator("#change-edit")).ToContainTextAsync("Statistiek Voorbeeld Inc.");
        await Expect(page.Locator("#change-items")).ToContainTextAsync("Verenigde Staten");

        // De Linde's editor finds the notice with its deadline among what is due, reads it and objects.
        await SwitchPersonAsync(page, BoardEditor);
        await page.GotoAsync("/due");
        var noticeLink = page.Locator($"a[href='{changeUrl}/agreements/{agreementId}']");
        await Expect(page.Locator("#due-items tr", new() { Has = noticeLink })).ToContainTextAsync("04-01-2027 24:00");
        await noticeLink.ClickAsync();
        await Expect(page.Locator("#notice-deadline")).ToContainTextAsync("04-01-2027");
        await Expect(page.Locator("ins", new() { HasText = "Statistiek Voorbeeld Inc." }).First).ToBeVisibleAsync();
        await page.Locator("#object").ClickAsync();
        await Expect(page.Locator("#Step_Reason-error")).ToBeVisibleAsync();
        await page.Locator("#Step_Reason").FillAsync("Wij willen geen gebruiksgegevens van leerlingen in de Verenigde Staten.");
        await page.Locator("#object").ClickAsync();
        await Expect(page.Locator("#notice-status")).ToContainTextAsync("In overleg na bezwaar");

        // The distributor sees the objection and its reason.
        await SwitchPersonAsync(page, Distributor);
        await page.GotoAsync(changeUrl);
        await Expect(page.Locator("#status-counts")).ToContainTextAsync("In overleg na bezwaar: 1");
        await Expect(page.Locator("#boards")).ToContainTextAsync("Wij willen geen gebruiksgegevens van leerlingen in de Verenigde Staten.");
    });

    [Fact]
    public Task A_supplier_reports_a_breach_the_board_sees_its_72_hours_records_its_decision_and_the_register_holds_it() => browser.RunAsync(app, async page =>
    {
        var (_, agreementId) = await PortaalAsync();

        // The distributor reports a breach on the signed agreement.
        await page.SignInAsync(Distributor);
        await page.GotoAsync($"/agreements/{agreementId}");
        await page.Locator("#report-breach").ClickAsync();
        await page.Locator("#Input_DiscoveredAt").FillAsync("2026-11-23T08:30");
        await page.Locator("#Input_Summary").FillAsync("Exportbestand met leerlingnamen op een open gedeelde map gezet (fictief)");
        await page.Locator("#nature-Reading").CheckAsync();
        await page.Locator("#nature-Copying").CheckAsync();
        await page.Locator("#Input_Pupils").FillAsync("57");
        await page.Locator("#record-breach").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/breaches/[0-9a-f-]{36}$"));
        var breachUrl = new Uri(page.Url).AbsolutePath;

        // De Linde's incident contact sees the 72-hour clock among what is due and records the decision on the authority.
        await SwitchPersonAsync(page, IncidentContact);
        await page.GotoAsync("/due");
        var breachLink = page.Locator($"a[href='{breachUrl}']");
        await Expect(page.Locator("#due-items tr", new() { Has = breachLink })).ToContainTextAsync("26-11-2026 10:00");
        await breachLink.ClickAsync();
        await Expect(page.Locator("#breach-clock")).ToContainTextAsync("2026-11-26 10:00");
        await page.Locator("#Step_Notified").SelectOptionAsync("true");
        await page.Locator("#authority-form #Step_NotifiedAt").FillAsync("2026-11-23T10:00");
        await page.Locator("#Step_Reference").FillAsync("AP-2026-0457");
        await page.Locator("#decide-authority").ClickAsync();
        await Expect(page.Locator("#authority-decision")).ToContainTextAsync("AP-2026-0457");
        await Expect(page.Locator("#breach-clock")).ToHaveCountAsync(0);

        // The board's register holds the breach, with the decision.
        await page.GotoAsync("/breaches");
        await Expect(page.Locator("#export-csv")).ToBeVisibleAsync();
        var csv = await page.APIRequest.GetAsync("/api/breaches/register?format=csv");
        Assert.Equal("text/csv; charset=utf-8", csv.Headers["content-type"]);
        var register = await csv.TextAsync();
        Assert.Contains("Exportbestand met leerlingnamen op een open gedeelde map gezet (fictief)", register, StringComparison.Ordinal);
        Assert.Contains("AP-2026-0457", register, StringComparison.Ordinal);
        var xlsx = await page.APIRequest.GetAsync("/api/breaches/register?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Headers["content-type"]);
    });
}
