using System.Text.RegularExpressions;
using EduDpa.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduDpa.Browser.Tests;

public sealed class SchoolBoardTests(SharedBrowser browser, DemoApp app) : IClassFixture<DemoApp>
{
    private const string PlatformAdmin = "beheer@edudpa.example";

    [Fact]
    public Task A_platform_admin_creates_a_school_board_with_two_schools_and_sees_it_listed() => browser.RunAsync(app, async page =>
    {
        var board = Unique.Name("Stichting Browsertest");
        var (firstSchool, firstBrin) = (Unique.Name("Basisschool De Tab"), Unique.Brin());
        var (secondSchool, secondBrin) = (Unique.Name("College Enter"), Unique.Brin());
        await page.SignInAsync(PlatformAdmin);

        await page.GotoAsync("/organisations");
        await page.Locator("#new-school-board").ClickAsync();
        await Expect(page.Heading()).ToHaveTextAsync("Nieuw schoolbestuur");
        var kvk = Unique.Kvk();
        await FillBoardAsync(page, board, kvk);
        await page.Locator("#Input_Schools_0__Name").FillAsync(firstSchool);
        await page.Locator("#Input_Schools_0__Brin").FillAsync(firstBrin);
        await page.Locator("#Input_Schools_0__Sector").SelectOptionAsync("Po");

        // htmx replaces only the schools fieldset: the page itself (and this marker on it) stays.
        await page.WaitForLoadStateAsync(LoadState.Load);
        await page.EvaluateAsync("() => window.samePage = true");
        await page.Locator("#add-school").ClickAsync();
        await Expect(page.Locator("#schools [role=group]")).ToHaveCountAsync(2);
        Assert.True(await page.EvaluateAsync<bool>("() => window.samePage === true"), "Adding a school reloaded the whole page instead of swapping the fieldset.");
        await page.Locator("#Input_Schools_1__Name").FillAsync(secondSchool);
        await page.Locator("#Input_Schools_1__Brin").FillAsync(secondBrin);
        await page.Locator("#Input_Schools_1__Sector").SelectOptionAsync("Vo");
        await Expect(page.Locator("#Input_Schools_0__Name")).ToHaveValueAsync(firstSchool);
        await Expect(page.Locator("#Input_Name")).ToHaveValueAsync(board);
        await page.Locator("#save").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/organisations/[0-9a-f-]{36}$"));
        await Expect(page.Heading()).ToHaveTextAsync(board);
        await Expect(page.Locator("[role=status]")).ToContainTextAsync($"{board} is aangemaakt.");
        var schools = page.Locator("#schools-table tbody tr");
        await Expect(schools).ToHaveCountAsync(2);
        await Expect(schools.Filter(new() { HasText = firstSchool }).Locator("td")).ToHaveTextAsync([firstSchool, firstBrin, "po – primair onderwijs"]);
        await Expect(schools.Filter(new() { HasText = secondSchool }).Locator("td")).ToHaveTextAsync([secondSchool, secondBrin, "vo – voortgezet onderwijs"]);

        await page.GotoAsync("/organisations");
        var row = page.Locator("#organisation-results tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = board, Exact = true }) });
        await Expect(row.Locator("td")).ToHaveTextAsync(
            [board, "schoolbestuur (bevoegd gezag)", kvk, "Browserstad", $"{firstSchool} ({firstBrin}), {secondSchool} ({secondBrin})", "Nee"]);
    });

    [Fact]
    public Task An_invalid_kvk_number_is_explained_at_its_field_and_everything_typed_stays() => browser.RunAsync(app, async page =>
    {
        var board = Unique.Name("Stichting Tikfout");
        var school = Unique.Name("Basisschool Tikfout");
        var brin = Unique.Brin();
        await page.SignInAsync(PlatformAdmin);

        await page.GotoAsync("/organisations/new?kind=SchoolBoard");
        await FillBoardAsync(page, board, "123");
        await page.Locator("#Input_Schools_0__Name").FillAsync(school);
        await page.Locator("#Input_Schools_0__Brin").FillAsync(brin);
        await page.Locator("#Input_Schools_0__Sector").SelectOptionAsync("Po");
        await page.Locator("#save").ClickAsync();

        var summary = page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary.Locator("li")).ToHaveCountAsync(1);
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "#Input_KvkNumber");
        var errors = page.Locator(".utrecht-form-field__error-message");
        await Expect(errors).ToHaveCountAsync(1);
        await Expect(page.Locator(".utrecht-form-field--invalid").Filter(new() { Has = page.Locator("#Input_KvkNumber") }).Locator(".utrecht-form-field__error-message"))
            .ToContainTextAsync("8 cijfers");
        await Expect(page.Locator("#Input_KvkNumber")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#Input_KvkNumber")).ToHaveValueAsync("123");
        await Expect(page.Locator("#Input_Name")).ToHaveValueAsync(board);
        await Expect(page.Locator("#Input_City")).ToHaveValueAsync("Browserstad");
        await Expect(page.Locator("#Input_Schools_0__Name")).ToHaveValueAsync(school);
        await Expect(page.Locator("#Input_Schools_0__Brin")).ToHaveValueAsync(brin);
        await Expect(page.Locator("#Input_Schools_0__Sector")).ToHaveValueAsync("Po");
    });

    private static async Task FillBoardAsync(IPage page, string name, string kvk)
    {
        await page.Locator("#Input_Name").FillAsync(name);
        await page.Locator("#Input_KvkNumber").FillAsync(kvk);
        await page.Locator("#Input_BevoegdGezagNumber").FillAsync(Unique.BevoegdGezag());
        await page.Locator("#Input_Street").FillAsync("Toetsenbordlaan 1");
        await page.Locator("#Input_Postcode").FillAsync("1234 AB");
        await page.Locator("#Input_City").FillAsync("Browserstad");
    }
}
