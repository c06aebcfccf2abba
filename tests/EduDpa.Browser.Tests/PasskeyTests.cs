using EduDpa.Web.Infrastructure.Data;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

/// <summary>Passkeys through Chromium's virtual authenticator (DevTools WebAuthn domain), as a phone's screen lock would answer.</summary>
public sealed class PasskeyTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    private static async Task AddVirtualAuthenticatorAsync(IPage page)
    {
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("WebAuthn.enable");
        await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
    }

    [Fact]
    public Task Someone_adds_a_passkey_and_then_logs_in_with_it_without_a_password() => browser.RunAsync(app, async page =>
    {
        await AddVirtualAuthenticatorAsync(page);
        await page.SignInAsync("redacteur@delinde.example", DemoData.Password);

        await page.GotoAsync("/account/manage/passkeys");
        await Expect(page.Locator("#passkeys-none")).ToBeVisibleAsync();
        await page.Locator("#Name").FillAsync("Testlaptop");
        await page.Locator("#add-passkey").ClickAsync();
        await Expect(page.Locator("#passkeys")).ToContainTextAsync("Testlaptop");

        await page.Locator("#logout").ClickAsync();
        await Expect(page).ToHaveURLAsync("/account/login");
        await page.Locator("#login-passkey").ClickAsync();

        await Expect(page).ToHaveURLAsync("/");
        await Expect(page.Heading()).ToHaveTextAsync("Overzicht");
        await Expect(page.Locator(".edudpa-user")).ToHaveTextAsync("redacteur@delinde.example");

        await page.GotoAsync("/account/manage/passkeys");
        await page.GetByRole(AriaRole.Button, new() { Name = "Testlaptop verwijderen" }).ClickAsync();
        await Expect(page.Locator("#passkeys-none")).ToBeVisibleAsync();
    }, hostName: "localhost");
}
