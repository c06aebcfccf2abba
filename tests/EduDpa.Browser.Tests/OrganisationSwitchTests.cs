using EduDpa.Web.Infrastructure.Data;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

public sealed class OrganisationSwitchTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public Task Someone_in_two_organisations_switches_between_them_in_the_header() => browser.RunAsync(app, async page =>
    {
        await page.SignInAsync("adviseur@edudpa.example");
        var organisationSwitch = page.Locator("#organisation-switch");
        // What the server marked as chosen (the attribute), not what is picked in the list right now.
        var chosen = organisationSwitch.Locator("option[selected]");
        await Expect(organisationSwitch.Locator("option")).ToHaveCountAsync(2);
        Assert.Equivalent(new[] { DemoData.BoardPo, DemoData.BoardVo }, await organisationSwitch.Locator("option").AllInnerTextsAsync());
        var current = await chosen.InnerTextAsync();
        var other = current == DemoData.BoardPo ? DemoData.BoardVo : DemoData.BoardPo;
        await Expect(page.Locator("#main")).ToContainTextAsync($"U werkt nu voor {current}");

        await organisationSwitch.SelectOptionAsync(new SelectOptionValue { Label = other });
        await page.GetByRole(AriaRole.Button, new() { Name = "Wissel", Exact = true }).ClickAsync();

        await Expect(chosen).ToHaveTextAsync(other);
        await Expect(page).ToHaveURLAsync("/");
        await Expect(page.Locator("#main")).ToContainTextAsync($"U werkt nu voor {other}");
    });
}
