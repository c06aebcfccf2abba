using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

/// <summary>Drafting an agreement and negotiating Bijlage 3 the way the two parties do it, in the browser.</summary>
public sealed class AgreementNegotiationTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    private const string Supplier = "admin@toetsplatform.example";
    private const string Board = "redacteur@delinde.example";

    private static async Task SwitchPersonAsync(IPage page, string email)
    {
        if (await page.Locator("#logout").CountAsync() > 0)
        {
            await page.Locator("#logout").ClickAsync();
        }
        await page.SignInAsync(email);
    }

    [Fact]
    public Task A_supplier_drafts_proposes_a_change_to_7_4_the_board_rejects_the_supplier_revises_and_the_board_accepts() => browser.RunAsync(app, async page =>
    {
        // The supplier drafts an agreement with the board.
        await page.SignInAsync(Supplier);
        await page.GotoAsync("/agreements/new");
        await page.Locator("#Input_CounterpartyId").SelectOptionAsync(new SelectOptionValue { Label = "Stichting Fictief Primair Onderwijs De Linde (schoolbestuur (bevoegd gezag), Voorbeeldstad)" });
        var product = page.GetByLabel("ToetsVoorbeeld (fictief)");
        await product.CheckAsync();
        await page.Locator("#Input_ContractDescription").FillAsync("het online toetsplatform ToetsVoorbeeld");
        await page.Locator("#Input_RepresentativeName").FillAsync("T. Toets");
        await page.Locator("#Input_RepresentativeFunction").FillAsync("directeur");
        await page.Locator("#start-draft").ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Verwerkersovereenkomst met Stichting Fictief Primair Onderwijs De Linde");
        var agreementUrl = page.Url;

        // It proposes a change to article 7 paragraph 4.
        await page.Locator("#propose-amendment").ClickAsync();
        await page.Locator("#Input_ClauseId").SelectOptionAsync("7.4");
        var newText = page.Locator("#Input_NewText");
        await Expect(newText).ToHaveValueAsync(new Regex("^De Onderwijsinstelling en Verwerker gebruiken"));
        await newText.FillAsync("De Onderwijsinstelling en Verwerker gebruiken het KetenID zodra de leerlingadministratie het levert.");
        await page.Locator("#Input_Reason").FillAsync("De leerlingadministratie van de school levert het KetenID nog niet.");
        await page.Locator("#submit-proposal").ClickAsync();
        await Expect(page.Locator("#amendment-state")).ToHaveTextAsync("Voorgesteld");
        var amendmentUrl = page.Url;

        // The board rejects it, with a comment.
        await SwitchPersonAsync(page, Board);
        await page.GotoAsync(amendmentUrl);
        await Expect(page.Locator("#amendment-diff ins").First).ToBeVisibleAsync();
        await page.Locator("#Input_Comment").FillAsync("Noem een datum: zonder datum is dit onbepaald.");
        await page.Locator("#reject-amendment").ClickAsync();
        await Expect(page.Locator("#amendment-state")).ToHaveTextAsync("Afgewezen");

        // The supplier revises it.
        await SwitchPersonAsync(page, Supplier);
        await page.GotoAsync(amendmentUrl);
        await Expect(page.Locator("#amendment-history")).ToContainTextAsync("Noem een datum");
        await page.Locator("#revise-form #Input_NewText").FillAsync("De Onderwijsinstelling en Verwerker gebruiken het KetenID uiterlijk vanaf 1 augustus 2027.");
        await page.Locator("#revise-form #Input_Reason").FillAsync("De leerlingadministratie levert het KetenID vanaf het schooljaar 2027-2028.");
        await page.Locator("#revise-amendment").ClickAsync();
        await Expect(page.Locator("#amendment-state")).ToHaveTextAsync("Voorgesteld");

        // The board accepts, and sees the diff, the marker in article 7 and the entry in Bijlage 3.
        await SwitchPersonAsync(page, Board);
        await page.GotoAsync(amendmentUrl);
        await Expect(page.Locator("#amendment-diff del").First).ToBeVisibleAsync();
        await Expect(page.Locator("#amendment-diff ins", new() { HasText = "uiterlijk vanaf 1 augustus 2027" })).ToBeVisibleAsync();
        await page.Locator("#accept-amendment").ClickAsync();
        await Expect(page.Locator("#amendment-state")).ToContainTextAsync("Aanvaard");

        await page.GotoAsync(agreementUrl);
        var clause = page.Locator("[id='art-7.4']");
        await Expect(clause).ToContainTextAsync("uiterlijk vanaf 1 augustus 2027");
        await Expect(clause).ToContainTextAsync("gewijzigd, zie Bijlage 3 nr. 1");
        var entry = page.Locator("#bijlage-3-1");
        await Expect(entry).ToContainTextAsync("artikel 7 lid 4");
        await Expect(entry).ToContainTextAsync("De leerlingadministratie levert het KetenID vanaf het schooljaar 2027-2028.");
        await Expect(entry.Locator("ins").First).ToBeVisibleAsync();
        await Expect(entry.Locator("del").First).ToBeVisibleAsync();

        // The marker leads to the entry.
        await clause.GetByRole(AriaRole.Link, new() { Name = "(gewijzigd, zie Bijlage 3 nr. 1)" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#bijlage-3-1$"));
    });

    [Fact]
    public Task A_board_chooses_a_distributor_sees_its_products_appear_and_gets_article_5_5() => browser.RunAsync(app, async page =>
    {
        await page.SignInAsync(Board);
        await page.GotoAsync("/agreements/new");
        var distributor = page.Locator("#Input_CounterpartyId option", new() { HasText = "Distributie Demo B.V." });
        await page.Locator("#Input_CounterpartyId").SelectOptionAsync((await distributor.GetAttributeAsync("value"))!);

        // The distributor's products replace the prompt without leaving the page.
        var product = page.GetByLabel("Leerlingportaal Demo (fictief)");
        await product.CheckAsync();
        await page.Locator("#Input_ContractDescription").FillAsync("toegang tot het Leerlingportaal Demo");
        await page.Locator("#start-draft").ClickAsync();

        await Expect(page.Heading()).ToHaveTextAsync("Verwerkersovereenkomst met Distributie Demo B.V.");
        await Expect(page.Locator("[id='art-5.5']")).ToBeVisibleAsync();
        await Expect(page.Locator("[id='omitted-5.5']")).ToHaveCountAsync(0);
    });
}
