using EduDpa.Web.Infrastructure.Data;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

/// <summary>What several tests do or look at as a person would.</summary>
public static class PageActions
{
    /// <summary>Signs in through /account/login and waits for the start page.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = DemoData.Password)
    {
        await page.GotoAsync("/account/login");
        await page.SubmitLoginAsync(email, password);
        await Expect(page).ToHaveURLAsync("/");
    }

    /// <summary>Fills in and submits the login form of the page that is open.</summary>
    public static async Task SubmitLoginAsync(this IPage page, string email, string password)
    {
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(password);
        await page.Locator("#login").ClickAsync();
    }

    public static ILocator MainMenuLinks(this IPage page) => page.Locator("nav.utrecht-nav-bar a.utrecht-nav-list__link");

    public static ILocator Heading(this IPage page) => page.Locator("h1");
}
