using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

public sealed class LanguageTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public Task The_language_switch_turns_the_page_English_and_back_to_Dutch_on_the_same_page() => browser.RunAsync(app, async page =>
    {
        await page.SignInAsync("beheer@edudpa.example");
        await page.GotoAsync("/organisations");
        var html = page.Locator("html");
        var languageSwitch = page.Locator("#language-switch");
        await Expect(html).ToHaveAttributeAsync("lang", "nl");
        await Expect(languageSwitch).ToHaveTextAsync("English");

        await languageSwitch.ClickAsync();

        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(page).ToHaveURLAsync("/organisations");
        await Expect(page.Heading()).ToHaveTextAsync("Organisations");
        await Expect(page.MainMenuLinks()).ToContainTextAsync(["Overview", "Organisations", "Audit trail", "My account", "API tokens", "API documentation"]);
        await Expect(page.Locator("#new-school-board")).ToHaveTextAsync("New school board");
        await Expect(page.Locator("a.utrecht-skip-link")).ToHaveTextAsync("Skip to content");
        await Expect(languageSwitch).ToHaveTextAsync("Nederlands");

        await languageSwitch.ClickAsync();

        await Expect(html).ToHaveAttributeAsync("lang", "nl");
        await Expect(page).ToHaveURLAsync("/organisations");
        await Expect(page.Heading()).ToHaveTextAsync("Organisaties");
        await Expect(page.MainMenuLinks()).ToContainTextAsync(["Overzicht", "Organisaties", "Audittrail", "Mijn account", "API-tokens", "API-documentatie"]);
        await Expect(languageSwitch).ToHaveTextAsync("English");
    });
}
