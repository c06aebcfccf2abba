using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

/// <summary>A supplier describes a product in its privacy annex, the check guides it, and the board sees what it still has to decide.</summary>
public sealed class AnnexTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    private const string Supplier = "redacteur@leermiddel.example";
    private const string Board = "redacteur@delinde.example";

    [Fact]
    public Task A_supplier_adds_a_us_sub_processor_resolves_the_transfer_finding_publishes_and_the_board_sees_the_consent_to_give() => browser.RunAsync(app, async page =>
    {
        // The supplier opens the draft privacy annex of Taalkompas from its products.
        await page.SignInAsync(Supplier);
        await page.GotoAsync("/products");
        await page.Locator("#products tr", new() { HasText = "Taalkompas (fictief)" }).Locator("a[id^=annex-privacy]").ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Privacybijsluiter van Taalkompas (fictief)");

        // It completes what the check asks for, and adds a sub-processor established in the United States.
        await page.Locator("#Input_ProcessorContact_Phone").FillAsync("+31 20 000 0101");
        await page.Locator("#Input_EssentialServices_0__Processing").FillAsync("Opslaan van antwoorden en voortgang per leerling.");
        await page.GetByLabel("de opslag van leer- en toetsresultaten").CheckAsync();
        await page.Locator("#category-F1-pupil-1").CheckAsync();
        await page.Locator("#category-F1-pupil-13").CheckAsync();
        await page.Locator("#Input_Retention").FillAsync("Tot het einde van het schooljaar waarin de leerling vertrekt.");
        await page.Locator("#add-Locations").ClickAsync();
        await page.Locator("#Input_Locations_0__ServiceId").SelectOptionAsync("tk-oefenen");
        await page.Locator("#Input_Locations_0__CountryCode").SelectOptionAsync("NL");
        await page.Locator("#add-SubProcessors").ClickAsync();
        var sub = page.Locator("#Input_SubProcessors_0_");
        await sub.GetByLabel("Naam subverwerker").FillAsync("Spraakherkenning Voorbeeld Inc. (fictief)");
        await sub.GetByLabel("Soort verwerking").FillAsync("Omzetten van ingesproken antwoorden naar tekst");
        await sub.Locator("select[multiple]").SelectOptionAsync("F1-pupil-1");
        await sub.GetByLabel("Land van opslag/verwerking").SelectOptionAsync("NL");
        await sub.GetByLabel("Vestigingsland").SelectOptionAsync("US");
        await page.Locator("#save-annex").ClickAsync();

        // The check says the establishment in the United States needs a transfer in section G.
        await Expect(page.Locator("#Input_SubProcessors_0_ .edudpa-finding[data-rule=R01]")).ToContainTextAsync("Verenigde Staten");
        await Expect(page.Locator("#findings-counts")).ToContainTextAsync("1 fouten");

        // It adds the transfer under standard contractual clauses with supplementary measures.
        await page.Locator("#add-Transfers").ClickAsync();
        var transfer = page.Locator("#Input_Transfers_0_");
        await transfer.GetByLabel("Verwerking (onderdeel D)").SelectOptionAsync("tk-oefenen");
        await transfer.GetByLabel("Beschrijving van de doorgifte").FillAsync("Ingesproken antwoorden worden omgezet naar tekst.");
        await transfer.GetByLabel("Land van verwerking").SelectOptionAsync("US");
        await transfer.GetByLabel("Ontvanger", new() { Exact = true }).FillAsync("Spraakherkenning Voorbeeld Inc. (fictief)");
        await transfer.GetByLabel("Waarborg", new() { Exact = true }).SelectOptionAsync("StandardContractualClauses");
        await transfer.GetByLabel("Omschrijving van de waarborg").FillAsync("Modelcontract (EU) 2021/914, module 3");
        await transfer.GetByLabel("Aanvullende maatregelen").FillAsync("Audio wordt na omzetting direct verwijderd; versleuteling met sleutels in de EER.");
        await page.Locator("#save-annex").ClickAsync();

        await Expect(page.Locator(".edudpa-finding[data-rule=R01]")).ToHaveCountAsync(0);
        await Expect(page.Locator("#findings .edudpa-finding--error")).ToHaveCountAsync(0);

        await page.Locator("#publish-annex").ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Versie 1 is gepubliceerd.");
        await Expect(page.Locator("#published-versions")).ToContainTextAsync("Versie 1");

        // The board's agreement with Leermiddel now shows the consent it still has to give.
        await page.Locator("#logout").ClickAsync();
        await page.SignInAsync(Board);
        await page.GotoAsync("/agreements");
        await page.Locator("#agreements a", new() { HasText = "Leermiddel Fictief B.V." }).ClickAsync();
        await Expect(page.Locator("#findings-list")).ToContainTextAsync("Taalkompas (fictief): de schriftelijke toestemming van de onderwijsinstelling voor de doorgifte naar Verenigde Staten ontbreekt.");
        await Expect(page.Locator("[id^=bijlage-1-] h3, .edudpa-annex h3").Filter(new() { HasText = "PRIVACYBIJSLUITER Taalkompas" })).ToBeVisibleAsync();

        await page.Locator("#edit-board-part").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex(@"doorgifte naar Verenigde Staten \(Spraakherkenning Voorbeeld Inc\. \(fictief\)\)") })).ToBeVisibleAsync();
    });
}
