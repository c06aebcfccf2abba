using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

/// <summary>An analysis of a vendor's terms from draft to a board's decision and report, as the people involved do it in the browser.</summary>
public sealed class AnalysisTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    private const string Analyst = "analist@edudpa.example";
    private const string SecondAnalyst = "analist2@edudpa.example";
    private const string BoardEditor = "redacteur@delinde.example";

    private static async Task SwitchPersonAsync(IPage page, string email)
    {
        if (await page.Locator("#logout").CountAsync() > 0)
        {
            await page.Locator("#logout").ClickAsync();
        }
        await page.SignInAsync(email);
    }

    [Fact]
    public Task An_analyst_drafts_with_one_attention_row_a_second_analyst_reviews_and_publishes_and_a_board_decides_with_a_measure_and_downloads_its_report() => browser.RunAsync(app, async page =>
    {
        // The analyst drafts an analysis of Model 4.0 with one row that needs the board's attention.
        await page.SignInAsync(Analyst);
        await page.Locator("nav.utrecht-nav-bar a[href='/analyses']").ClickAsync();
        await page.Locator("#new-analysis").ClickAsync();
        await page.Locator("#Input_Title").FillAsync("Voorwaarden Rekenwolk (browsertest)");
        await page.Locator("#Input_VendorName").FillAsync("Rekenwolk Browsertest B.V. (fictief)");
        await page.Locator("#add-row").ClickAsync();
        await page.Locator("#Input_Rows_0__Reference").FillAsync("12.1 t/m 12.4");
        await page.Locator("#Input_Rows_0__Verdict").SelectOptionAsync("Attention");
        await page.Locator("#Input_Rows_0__AnalystComment").FillAsync("Gegevens worden na het einde verwijderd zonder bevestiging.");
        await page.Locator("#save-analysis").ClickAsync();
        // Attention without an action: the message stands beside the field and what was typed is kept.
        await Expect(page.Locator("#Input_Rows_0__Action-error")).ToContainTextAsync("Actie voor het schoolbestuur");
        await Expect(page.Locator("#Input_Rows_0__AnalystComment")).ToHaveValueAsync("Gegevens worden na het einde verwijderd zonder bevestiging.");
        await page.Locator("#Input_Rows_0__Action").FillAsync("Vraag bij het einde schriftelijk om bevestiging van de verwijdering.");
        await page.Locator("#save-analysis").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("opgeslagen");
        await page.Locator("#to-analysis").ClickAsync();
        var analysisUrl = page.Url;
        await page.Locator("#submit-analysis").ClickAsync();
        await Expect(page.Locator("#analysis-state")).ToContainTextAsync("In beoordeling");
        await Expect(page.Locator("#needs-second-analyst")).ToBeVisibleAsync();

        // A second analyst reviews and publishes it to every board.
        await SwitchPersonAsync(page, SecondAnalyst);
        await page.GotoAsync(analysisUrl);
        await page.Locator("#Step_Comment").First.FillAsync("Nagekeken.");
        await page.Locator("#review-analysis").ClickAsync();
        await page.Locator("#publish-analysis").ClickAsync();
        await Expect(page.Locator("#analysis-state")).ToContainTextAsync("Gepubliceerd");

        // De Linde's editor finds it, records the board's decision with a measure for that row, and downloads the board's report.
        await SwitchPersonAsync(page, BoardEditor);
        await page.Locator("nav.utrecht-nav-bar a[href='/analyses']").ClickAsync();
        await page.Locator("#analyses a", new() { HasText = "Voorwaarden Rekenwolk (browsertest)" }).ClickAsync();
        await Expect(page.Locator("#attention-items")).ToContainTextAsync("Vraag bij het einde schriftelijk om bevestiging");
        await page.Locator("#Decision_Outcome").SelectOptionAsync("AcceptWithMeasures");
        await page.Locator("#Decision_DecidedOn").FillAsync("2026-11-02");
        await page.Locator("#Decision_DecidedByName").FillAsync("mevrouw A. Admin");
        await page.Locator("#Decision_DecidedByFunction").FillAsync("voorzitter college van bestuur");
        await page.Locator("#Decision_Rationale").FillAsync("Aanvaardbaar met de maatregel hieronder.");
        await page.Locator("#Decision_Measures_0__Measure").FillAsync("ICT vraagt de bevestiging op en bewaart die bij het contract.");
        await page.Locator("#record-decision").ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("vastgelegd");
        await Expect(page.Locator("#decision-recorded")).ToContainTextAsync("ICT vraagt de bevestiging op en bewaart die bij het contract.");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-board-pdf").ClickAsync());
        Assert.EndsWith("-bestuur.pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));

        // The dashboard lists the decision.
        await page.Locator("nav.utrecht-nav-bar a[href='/agreements']").ClickAsync();
        await Expect(page.Locator("#terms-decisions")).ToContainTextAsync("Rekenwolk Browsertest B.V. (fictief)");
    });
}
