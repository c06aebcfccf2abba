using System.Security.Cryptography;
using System.Text.Json;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

/// <summary>An agreement's whole life in the browser: offered to two boards, reviewed, signed by both, ended, destroyed, closed.</summary>
public sealed class SigningTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    private const string Supplier = "admin@toetsplatform.example";
    private const string BoardEditor = "redacteur@delinde.example";
    private const string Reviewer = "beoordelaar@delinde.example";
    private const string Signatory = "tekenbevoegd@delinde.example";

    private static async Task SwitchPersonAsync(IPage page, string email)
    {
        if (await page.Locator("#logout").CountAsync() > 0)
        {
            await page.Locator("#logout").ClickAsync();
        }
        await page.SignInAsync(email);
    }

    /// <summary>The PDF as the person signed in downloads it, and its SHA-256.</summary>
    private static async Task<string> PdfHashAsync(IPage page, string agreementUrl)
    {
        var response = await page.APIRequest.GetAsync(agreementUrl.Replace("/agreements/", "/api/agreements/", StringComparison.Ordinal) + "/document?format=pdf");
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        return Convert.ToHexStringLower(SHA256.HashData(await response.BodyAsync()));
    }

    private static async Task<JsonElement> VerifyAsync(IPage page, string agreementUrl)
    {
        var response = await page.APIRequest.GetAsync(agreementUrl.Replace("/agreements/", "/api/agreements/", StringComparison.Ordinal) + "/verify");
        return JsonDocument.Parse(await response.TextAsync()).RootElement;
    }

    [Fact]
    public Task A_supplier_offers_to_two_boards_one_board_reviews_and_signs_the_supplier_signs_and_the_agreement_runs_to_its_close() => browser.RunAsync(app, async page =>
    {
        var testApp = await app.GetAsync();
        var productId = await testApp.InScopeAsync(services => services.GetRequiredService<EduDpaDbContext>().Products
            .IgnoreQueryFilters().Where(p => p.Name == "ToetsVoorbeeld (fictief)").Select(p => p.Id).SingleAsync());

        // The supplier offers ToetsVoorbeeld to De Linde and Rijnland by their KvK numbers.
        await page.SignInAsync(Supplier);
        await page.GotoAsync($"/products/{productId}/offers/new");
        await page.Locator("#target-kvk").CheckAsync();
        await page.Locator("#Input_KvkNumbers").FillAsync("99000101\n99000202");
        await page.Locator("#Input_RepresentativeName").FillAsync("T. Toets");
        await page.Locator("#Input_RepresentativeFunction").FillAsync("directeur");
        await page.Locator("#Input_ContractDescription").FillAsync("het online toetsplatform ToetsVoorbeeld");
        await page.Locator("#Input_ReturnTermDays").FillAsync("30");
        await page.Locator("#make-offer").ClickAsync();
        await Expect(page.Locator("#offered-boards li")).ToHaveCountAsync(2);

        // De Linde's editor finds the offer among its pending actions and completes the board's part.
        await SwitchPersonAsync(page, BoardEditor);
        await page.GotoAsync("/agreements");
        await page.Locator("#pending-actions a", new() { HasText = "ToetsVoorbeeld" }).ClickAsync();
        await Expect(page.Locator("#agreement-state")).ToHaveTextAsync("Aangeboden");
        var agreementUrl = page.Url;
        await page.Locator("#edit-agreement").ClickAsync();
        await page.Locator("#Input_RepresentativeName").FillAsync("mevrouw A. Admin");
        await page.Locator("#Input_RepresentativeFunction").FillAsync("voorzitter college van bestuur");
        await page.Locator("#save-agreement").ClickAsync();
        await page.Locator("#edit-board-part").ClickAsync();
        await page.Locator("#Input_BoardContact_Name").FillAsync("Ruben Redacteur (demo)");
        await page.Locator("#Input_BoardContact_Function").FillAsync("privacycoördinator");
        await page.Locator("#Input_BoardContact_Email").FillAsync("privacy@delinde.example");
        await page.Locator("#Input_BoardIncidentContact_Name").FillAsync("Iris Incident (demo)");
        await page.Locator("#Input_BoardIncidentContact_Function").FillAsync("ICT-coördinator");
        await page.Locator("#Input_BoardIncidentContact_Email").FillAsync("incident@delinde.example");
        await page.Locator("#Input_BoardIncidentContact_Phone").FillAsync("+31 30 123 4567");
        foreach (var yes in await page.Locator("#board-part-form input[type=radio][value=true]").AllAsync())
        {
            await yes.CheckAsync();
        }
        await page.Locator("#save-board-part").ClickAsync();
        await page.GotoAsync(agreementUrl);

        // The reviewer approves; the signatory signs.
        await SwitchPersonAsync(page, Reviewer);
        await page.GotoAsync(agreementUrl);
        await page.Locator("#approve").ClickAsync();
        await Expect(page.Locator("#agreement-state")).ToHaveTextAsync("Goedgekeurd, te ondertekenen");
        await SwitchPersonAsync(page, Signatory);
        await page.GotoAsync(agreementUrl);
        await Expect(page.Locator("#Step_Name")).ToHaveValueAsync("mevrouw A. Admin");
        await page.Locator("#sign").ClickAsync();
        await Expect(page.Locator("#agreement-state")).ToHaveTextAsync("Door één partij ondertekend");
        var boardSigned = await PdfHashAsync(page, agreementUrl);

        // The supplier signs the same snapshot.
        await SwitchPersonAsync(page, Supplier);
        await page.GotoAsync(agreementUrl);
        await page.Locator("#sign").ClickAsync();
        await Expect(page.Locator("#agreement-state")).ToHaveTextAsync("Actief");
        await Expect(page.Locator("#signatures li")).ToHaveCountAsync(2);
        var verify = await VerifyAsync(page, agreementUrl);
        Assert.True(verify.GetProperty("unchanged").GetBoolean());
        Assert.Equal(verify.GetProperty("pdfHash").GetString(), boardSigned);
        Assert.Equal(verify.GetProperty("executedPdfHash").GetString(), await PdfHashAsync(page, agreementUrl));
        await SwitchPersonAsync(page, Signatory);
        Assert.Equal(verify.GetProperty("executedPdfHash").GetString(), await PdfHashAsync(page, agreementUrl));
        await SwitchPersonAsync(page, Supplier);
        await page.GotoAsync(agreementUrl);

        // The supplier records the end of the contract and confirms destruction; the board acknowledges.
        await page.Locator("#Step_EndDate").FillAsync("2026-11-23");
        await page.Locator("#end-form #Step_Reason").FillAsync("De school stopt met ToetsVoorbeeld.");
        await page.Locator("#record-end").ClickAsync();
        await Expect(page.Locator("#agreement-state")).ToHaveTextAsync("Wacht op teruggave/vernietiging");
        await Expect(page.Locator("#ending")).ToContainTextAsync("23-12-2026");
        await page.Locator("#Step_Destroyed").CheckAsync();
        await page.Locator("#Step_Date").FillAsync("2026-11-23");
        await page.Locator("#Step_PerformedBy").FillAsync("Afdeling technisch beheer");
        await page.Locator("#Step_SubProcessorsConfirmed").CheckAsync();
        await page.Locator("#confirm-destruction").ClickAsync();
        await Expect(page.Locator("#destruction")).ToContainTextAsync("Afdeling technisch beheer");

        await SwitchPersonAsync(page, BoardEditor);
        await page.GotoAsync("/agreements");
        await page.Locator("#pending-actions a", new() { HasText = "ToetsVoorbeeld" }).ClickAsync();
        await page.Locator("#acknowledge").ClickAsync();
        await Expect(page.Locator("#agreement-state")).ToHaveTextAsync("Afgesloten");
    });
}
