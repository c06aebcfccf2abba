using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

public sealed class KeyboardTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    /// <summary>More Tab presses than any page header needs to reach the last menu item.</summary>
    private const int MaxTabs = 40;

    [Theory]
    [InlineData("beheer@edudpa.example", new[] { "/", "/organisations", "/audit", "/dev/mail", "/account/manage", "/account/tokens", "/api/docs/" })]
    [InlineData("analist@edudpa.example", new[] { "/", "/analyses", "/account/manage", "/account/tokens", "/api/docs/" })]
    [InlineData("admin@leermiddel.example", new[] { "/", "/agreements", "/due", "/breaches", "/requests", "/changes", "/audits", "/products", "/members", "/account/manage", "/account/tokens", "/api/docs/" })]
    public Task Every_page_of_the_menu_is_reached_with_Tab_and_Enter(string email, string[] menu) => browser.RunAsync(app, async page =>
    {
        await page.SignInAsync(email);
        var hrefs = await page.MainMenuLinks().EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(menu, hrefs);

        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.Locator("a.utrecht-skip-link");
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToHaveTextAsync("Naar de inhoud");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#main")).ToBeFocusedAsync();

        foreach (var href in hrefs)
        {
            await page.GotoAsync("/");
            await TabToMenuLinkAsync(page, href);

            // The page that Enter leads to, after any redirect (/api/docs answers with a redirect to /api/docs/).
            var response = await page.RunAndWaitForResponseAsync(
                () => page.Keyboard.PressAsync("Enter"),
                r => r.Request.IsNavigationRequest && r.Request.Frame == page.MainFrame && r.Status is < 300 or >= 400);

            Assert.True(response.Ok, $"{href} answered {response.Status}");
            if (href == "/api/docs/")
            {
                await Expect(page).ToHaveURLAsync(new Regex("/api/docs/?$"));
                await Expect(page).ToHaveTitleAsync(new Regex("EduDpa API"));
                await Expect(page.Locator("#app")).Not.ToBeEmptyAsync();
            }
            else
            {
                await Expect(page).ToHaveURLAsync(href);
                await Expect(page.Heading()).ToHaveCountAsync(1);
                await Expect(page.Heading()).Not.ToBeEmptyAsync();
                await Expect(page.MainMenuLinks().And(page.Locator($"[href='{href}']"))).ToHaveAttributeAsync("aria-current", "page");
            }
        }
    });

    /// <summary>Presses Tab until the menu link to <paramref name="href"/> has the focus; fails if it never does.</summary>
    private static async Task TabToMenuLinkAsync(IPage page, string href)
    {
        for (var presses = 1; presses <= MaxTabs; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>(
                "() => document.activeElement?.matches('nav.utrecht-nav-bar a.utrecht-nav-list__link') ? document.activeElement.getAttribute('href') : null");
            if (focused == href)
            {
                return;
            }
        }
        Assert.Fail($"The menu link to {href} did not get the focus within {MaxTabs} presses of Tab.");
    }
}
