using System.Net;
using AngleSharp.Dom;
using EduDpa.Domain.Accounts;
using EduDpa.Testing;

namespace EduDpa.Web.Tests;

public sealed class OrganisationPagesTests(SharedApps apps)
{
    private static string? FieldError(IDocument page, string inputId) =>
        page.GetElementById(inputId)?.Closest(".utrecht-form-field")?.QuerySelector(".utrecht-form-field__error-message")?.TextContent.Trim();

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_refused_form_shows_each_message_beside_its_field_and_keeps_everything_typed(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var name = Unique.Name("Stichting Typefout");

        var response = await admin.SubmitAsync("/organisations/new?kind=SchoolBoard", "#organisation-form", f => f
            .Set("Input.Name", name).Set("Input.KvkNumber", "123").Set("Input.BevoegdGezagNumber", "12345")
            .Set("Input.Street", "Straat 1").Set("Input.Postcode", "1234 XX1").Set("Input.City", "Stad")
            .Set("Input.Schools[0].Name", "De School").Set("Input.Schools[0].Brin", "12AB34").Set("Input.Schools[0].Sector", "Po"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Equal("KvK-nummer moet uit 8 cijfers bestaan, bijvoorbeeld 12345678.", FieldError(page, "Input_KvkNumber"));
        Assert.Equal("Postcode moet een Nederlandse postcode zijn, bijvoorbeeld 1234 AB.", FieldError(page, "Input_Postcode"));
        Assert.Equal("BRIN-code (1) bestaat uit 2 cijfers en 2 letters, bijvoorbeeld 12AB.", FieldError(page, "Input_Schools_0__Brin"));
        Assert.Null(FieldError(page, "Input_Name"));
        Assert.Equal("true", page.GetElementById("Input_KvkNumber")!.GetAttribute("aria-invalid"));
        Assert.Contains("Input_KvkNumber-error", page.GetElementById("Input_KvkNumber")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);

        Assert.Equal(name, page.GetElementById("Input_Name")!.GetAttribute("value"));
        Assert.Equal("123", page.GetElementById("Input_KvkNumber")!.GetAttribute("value"));
        Assert.Equal("De School", page.GetElementById("Input_Schools_0__Name")!.GetAttribute("value"));
        Assert.Equal("12AB34", page.GetElementById("Input_Schools_0__Brin")!.GetAttribute("value"));

        var summaryLinks = page.QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_KvkNumber", summaryLinks);
        Assert.Contains("#Input_Schools_0__Brin", summaryLinks);

        var list = await admin.PageAsync($"/organisations?q={Uri.EscapeDataString(name)}");
        Assert.DoesNotContain(name, list.GetElementById("organisation-results")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_school_board_created_with_two_schools_is_shown_and_listed(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var admin = await app.SignInPlatformAdminAsync();
        var name = Unique.Name("Stichting Nieuw");
        var (brin1, brin2, kvk) = (Unique.Brin(), Unique.Brin(), Unique.Kvk());

        var withRow = await admin.SubmitAsync("/organisations/new?kind=SchoolBoard", "#organisation-form",
            f => f.Set("Input.Name", name).Set("Input.Schools[0].Name", "Eerste school"), submitter: "#add-school");
        var formPage = await WebSession.ParseAsync(withRow);
        Assert.NotNull(formPage.GetElementById("Input_Schools_1__Name"));
        Assert.Equal(name, formPage.GetElementById("Input_Name")!.GetAttribute("value"));
        Assert.Empty(formPage.QuerySelectorAll(".utrecht-form-field__error-message"));

        var saved = await admin.SubmitAsync(formPage, "/organisations/new?kind=SchoolBoard", "#organisation-form", f => f
            .Set("Input.KvkNumber", kvk).Set("Input.BevoegdGezagNumber", "12345").Set("Input.Street", "Schoolplein 3")
            .Set("Input.Postcode", "3511ab").Set("Input.City", "Utrecht").Check("Input.ConvenantMember", true).Set("Input.ConvenantMemberSince", "2023-05-01")
            .Set("Input.Schools[0].Brin", brin1).Set("Input.Schools[0].Sector", "Po")
            .Set("Input.Schools[1].Name", "Tweede school").Set("Input.Schools[1].Brin", brin2).Set("Input.Schools[1].Sector", "So"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var details = await admin.PageAsync(saved.Headers.Location!.OriginalString);
        var schools = details.GetElementById("schools-table")!.TextContent;
        Assert.Contains("Eerste school", schools, StringComparison.Ordinal);
        Assert.Contains(brin2, schools, StringComparison.Ordinal);
        Assert.Contains("3511 AB", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var list = await admin.PageAsync($"/organisations?q={kvk}");
        Assert.Contains(name, list.GetElementById("organisation-results")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_second_save_over_a_stale_copy_shows_both_versions_and_loses_nothing(TestDatabase database)
    {
        var app = await apps.Get(database);
        var supplier = await app.SupplierAsync();
        using var first = await app.SignInPlatformAdminAsync();
        using var second = await app.SignInPlatformAdminAsync();
        var url = $"/organisations/{supplier.Id}/edit";
        var secondCopy = await second.PageAsync(url);

        var firstSave = await first.SubmitAsync(url, "#organisation-form", f => f.Set("Input.City", "Eerste stad"));
        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);

        var staleSave = await second.SubmitAsync(secondCopy, url, "#organisation-form", f => f.Set("Input.City", "Tweede stad"));

        Assert.Equal(HttpStatusCode.OK, staleSave.StatusCode);
        var conflict = await WebSession.ParseAsync(staleSave);
        var comparison = conflict.GetElementById("concurrency-conflict")!.TextContent;
        Assert.Contains("Eerste stad", comparison, StringComparison.Ordinal);
        Assert.Contains("Tweede stad", comparison, StringComparison.Ordinal);
        Assert.Equal("Tweede stad", conflict.GetElementById("Input_City")!.GetAttribute("value"));

        var details = await first.PageAsync($"/organisations/{supplier.Id}");
        Assert.Contains("Eerste stad", details.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var deliberate = await second.SubmitAsync(conflict, url, "#organisation-form");
        Assert.Equal(HttpStatusCode.Redirect, deliberate.StatusCode);
        Assert.Contains("Tweede stad", (await first.PageAsync($"/organisations/{supplier.Id}")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task People_who_are_not_platform_administrators_get_no_organisation_pages(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var boardAdmin = await app.SignInMemberAsync(board, OrganisationRoles.Admin);

        Assert.Equal(HttpStatusCode.Redirect, (await boardAdmin.GetAsync("/organisations")).StatusCode);
        var denied = await boardAdmin.GetAsync("/organisations/new");
        Assert.StartsWith("/account/access-denied", denied.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await boardAdmin.GetAsync(denied.Headers.Location!.PathAndQuery())).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Signing_in_is_needed_for_every_page_but_the_public_ones(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var anonymous = WebSession.Anonymous(app);

        var response = await anonymous.GetAsync("/organisations");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/organisations")).StatusCode);
    }
}

internal static class UriText
{
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
