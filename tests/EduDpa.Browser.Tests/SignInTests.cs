using System.Text.RegularExpressions;
using EduDpa.Testing;
using EduDpa.Web.Infrastructure.Data;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

public sealed class SignInTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public Task Someone_not_signed_in_is_sent_to_the_login_page_and_then_to_the_page_they_asked_for() => browser.RunAsync(app, async page =>
    {
        await page.GotoAsync("/organisations");
        await Expect(page).ToHaveURLAsync(new Regex("/account/login\\?ReturnUrl=%2Forganisations$"));

        await page.SubmitLoginAsync("beheer@edudpa.example", DemoData.Password);

        await Expect(page).ToHaveURLAsync("/organisations");
        await Expect(page.Heading()).ToHaveTextAsync("Organisaties");
    });

    [Fact]
    public Task A_wrong_password_gets_the_generic_error_and_the_right_one_lands_on_the_overview() => browser.RunAsync(app, async page =>
    {
        var user = await (await app.GetAsync()).UserAsync();
        await page.GotoAsync("/account/login");
        await Expect(page.Heading()).ToHaveTextAsync("Inloggen");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl");

        await page.SubmitLoginAsync(user.Email!, "Niet-het-wachtwoord-1");

        var summary = page.Locator("#error-summary");
        await Expect(summary).ToContainTextAsync("Het e-mailadres of het wachtwoord klopt niet.");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account/login$"));
        await Expect(page.Locator("#Input_Email")).ToHaveValueAsync(user.Email!);
        await Expect(page.Locator("#Input_Password")).ToBeEmptyAsync();
        await Expect(page.Locator("#logout")).ToHaveCountAsync(0);

        await page.SubmitLoginAsync(user.Email!, TestData.Password);
        await Expect(page).ToHaveURLAsync("/");
        await Expect(page.Heading()).ToHaveTextAsync("Overzicht");
        await Expect(page.MainMenuLinks().First).ToHaveTextAsync("Overzicht");
        await Expect(page.Locator("#logout")).ToBeVisibleAsync();
    });
}
