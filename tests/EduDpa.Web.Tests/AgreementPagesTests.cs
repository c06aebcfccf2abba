using System.Net;
using EduDpa.Domain.Accounts;
using EduDpa.Testing;
using static EduDpa.Web.Tests.AgreementTests;

namespace EduDpa.Web.Tests;

public sealed class AgreementPagesTests(SharedApps apps)
{
    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_board_starts_a_draft_on_the_page_and_refused_input_keeps_what_was_typed(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var parties = await Parties.CreateAsync(app);

        var chosen = await parties.BoardEditor.SubmitAsync("/agreements/new", "#draft-form",
            f => f.Set("Input.CounterpartyId", parties.Supplier.Id.ToString()).Set("Input.ContractDescription", "de rekenmethode"), submitter: "noscript button");
        var form = await WebSession.ParseAsync(chosen);
        Assert.NotNull(form.GetElementById($"Input_ProductIds-{parties.ProductA}"));
        Assert.Equal("de rekenmethode", form.GetElementById("Input_ContractDescription")!.TextContent.Trim());

        var refused = await parties.BoardEditor.SubmitAsync(form, "/agreements/new", "#draft-form", f => f.Set("Input.RepresentativeName", "Alleen naam"));
        var page = await WebSession.ParseAsync(refused);
        Assert.Contains("Producten is verplicht.", page.GetElementById("error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById("Input_ProductIds-error"));
        Assert.Equal("Alleen naam", page.GetElementById("Input_RepresentativeName")!.GetAttribute("value"));
        Assert.Contains("Functie is verplicht.", page.GetElementById("error-summary")!.TextContent, StringComparison.Ordinal);

        var created = await parties.BoardEditor.SubmitAsync(page, "/agreements/new", "#draft-form", f => f
            .Add("Input.ProductIds", parties.ProductB.ToString()).Set("Input.RepresentativeFunction", "bestuurder"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var agreement = await parties.BoardEditor.PageAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("Taalmethode", agreement.GetElementById("agreement-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Alleen naam, bestuurder", agreement.GetElementById("party-controller")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(agreement.QuerySelector("#party-processor mark.edudpa-missing"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_document_has_contents_a_permalink_per_clause_and_the_amendment_in_place(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var parties = await Parties.CreateAsync(app);
        var id = (await parties.DraftBySupplierAsync()).GetProperty("id").GetGuid();

        var proposal = await parties.BoardEditor.SubmitAsync($"/agreements/{id}", "#eck-id-form", f => f.Set("Input.Reason", ""));
        Assert.Contains("Reden (noodzaak en motivering) is verplicht.", (await WebSession.ParseAsync(proposal)).GetElementById("error-summary")!.TextContent, StringComparison.Ordinal);
        var proposed = await parties.BoardEditor.SubmitAsync($"/agreements/{id}", "#eck-id-form", f => f.Set("Input.Reason", "Onze administratie levert nog geen ECK iD."));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var amendmentPath = proposed.Headers.Location!.OriginalString;

        var toAccept = await parties.SupplierEditor.PageAsync(amendmentPath);
        Assert.Contains("Partijen gebruiken", toAccept.QuerySelector("#amendment-diff ins")!.TextContent, StringComparison.Ordinal);
        Assert.Null(toAccept.GetElementById("revise-form"));
        var accepted = await parties.SupplierEditor.SubmitAsync(toAccept, amendmentPath, "#decision-form", submitter: "#accept-amendment");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var document = await parties.BoardEditor.PageAsync($"/agreements/{id}");
        var contents = document.QuerySelectorAll("nav.edudpa-toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#artikel-16", contents);
        Assert.Contains("#bijlage-3", contents);
        Assert.Equal("#art-7.4", document.QuerySelector("#art-7\\.4 .edudpa-permalink")!.GetAttribute("href"));
        Assert.Equal(109 - 5 + 1, document.QuerySelectorAll(".edudpa-clause").Length);
        var added = document.QuerySelector("#art-7\\.4\\+1")!;
        Assert.Contains("aanvulling, zie Bijlage 3 nr. 1", added.TextContent, StringComparison.Ordinal);
        var entry = document.GetElementById("bijlage-3-1")!;
        Assert.Contains("artikel 7 lid 4", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Onze administratie levert nog geen ECK iD.", entry.TextContent, StringComparison.Ordinal);
        Assert.Null(document.GetElementById("eck-id-form"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_viewer_reads_the_negotiation_but_cannot_take_a_step(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var parties = await Parties.CreateAsync(app);
        var id = (await parties.DraftBySupplierAsync()).GetProperty("id").GetGuid();
        var proposed = await (await parties.SupplierEditor.Client.PostJsonAsync($"/api/agreements/{id}/amendments", new { clauseId = "3.1", newText = "Nieuw.", reason = "Reden." })).ReadJsonAsync();
        var path = $"/agreements/{id}/amendments/{proposed.GetProperty("id").GetGuid()}";
        using var viewer = await app.SignInMemberAsync(parties.Board, OrganisationRoles.Viewer);

        var page = await viewer.PageAsync(path);
        var step = await viewer.PostFormAsync(path + "?handler=Accept", f => f.Set("Input.Version", "1"));

        Assert.Null(page.GetElementById("decision-form"));
        Assert.Equal("Reden.", page.GetElementById("amendment-reason")!.TextContent);
        Denied.Assert(step);
        Assert.Equal("Proposed", (await (await parties.BoardEditor.GetAsync($"/api/agreements/{id}/amendments/{proposed.GetProperty("id").GetGuid()}")).ReadJsonAsync()).GetProperty("state").GetString());
    }
}
