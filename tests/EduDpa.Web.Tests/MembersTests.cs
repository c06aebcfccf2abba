using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using EduDpa.Domain.Accounts;
using EduDpa.Testing;
using EduDpa.Web.Features.Account;

namespace EduDpa.Web.Tests;

public sealed partial class MembersTests(SharedApps apps)
{
    [GeneratedRegex(@"https?://\S+/invitation\?token=\S+")]
    private static partial Regex InvitationLink();

    private static async Task<string> InvitationPathAsync(TestApp app, string email)
    {
        var mail = await app.Mail.WaitForAsync(email);
        return new Uri(InvitationLink().Match(mail.TextBody ?? string.Empty).Value).PathAndQuery;
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_admin_invites_a_new_person_who_creates_an_account_and_gets_the_roles(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var admin = await app.SignInMemberAsync(board, OrganisationRoles.Admin);
        var email = Unique.Email("nieuw");

        var sent = await admin.SubmitAsync("/members/invite", "form.utrecht-form", f => f.Set("Input.Email", email).SetAll("Input.Roles", "Editor", "Signatory"));
        Assert.Equal("/members", sent.Headers.Location?.OriginalString);
        var mail = await app.Mail.WaitForAsync(email);
        Assert.Equal($"Uitnodiging voor EduDpa namens {board.Name}", mail.Subject);
        Assert.Contains(email, (await admin.PageAsync("/members")).GetElementById("invitations")!.TextContent, StringComparison.Ordinal);

        using var invitee = WebSession.Anonymous(app);
        var link = await InvitationPathAsync(app, email);
        var registered = await invitee.SubmitAsync(link, "form.utrecht-form", f => f
            .Set("Input.DisplayName", "Nieuwe Collega").Set("Input.Password", "een lang genoeg wachtwoord").Set("Input.ConfirmPassword", "een lang genoeg wachtwoord"));
        Assert.Equal("/", registered.Headers.Location?.OriginalString);

        var me = await (await invitee.GetAsync("/api/me")).ReadAsync<AccountFeature.MeResponse>();
        Assert.Equal("Nieuwe Collega", me.DisplayName);
        Assert.Equal(board.Id, me.CurrentOrganisationId);
        Assert.Equal(["Editor", "Signatory"], me.Organisations.Single().Roles);

        var reopened = await invitee.PageAsync(link);
        Assert.Equal("Deze uitnodiging is al geaccepteerd.", reopened.GetElementById("invitation-state")!.TextContent);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Someone_with_an_account_signs_in_accepts_and_then_switches_between_organisations(TestDatabase database)
    {
        var app = await apps.Get(database);
        var supplier = await app.SupplierAsync();
        var board = await app.SchoolBoardAsync();
        var person = await app.PersonInAsync(supplier, OrganisationRoles.Editor);
        using var boardAdmin = await WebSession.SignInAsync(app, (await app.PersonInAsync(board, OrganisationRoles.Admin)).Email!);

        var api = await boardAdmin.Client.PostJsonAsync("/api/invitations", new { email = person.Email, roles = new[] { "Viewer" } });
        Assert.Equal(HttpStatusCode.Created, api.StatusCode);
        var link = await InvitationPathAsync(app, person.Email!);

        using var session = await WebSession.SignInAsync(app, person.Email!);
        var accepted = await session.SubmitAsync(link, "form[action*='handler=Accept']");
        Assert.Equal("/", accepted.Headers.Location?.OriginalString);

        var me = await (await session.GetAsync("/api/me")).ReadAsync<AccountFeature.MeResponse>();
        Assert.Equal(board.Id, me.CurrentOrganisationId);
        Assert.Equal(2, me.Organisations.Count);

        var switched = await session.SubmitAsync("/", "form[action='/organisation/switch']", f => f.Set("organisationId", supplier.Id.ToString()));
        Assert.Equal("/", switched.Headers.Location?.OriginalString);
        Assert.Equal(supplier.Id, (await (await session.GetAsync("/api/me")).ReadAsync<AccountFeature.MeResponse>()).CurrentOrganisationId);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/products")).StatusCode);

        var header = await session.PageAsync("/");
        Assert.Equal(supplier.Id.ToString(), header.QuerySelector("#organisation-switch option[selected]")!.GetAttribute("value"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_invitation_for_another_address_cannot_be_accepted_by_whoever_is_signed_in(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var admin = await app.SignInMemberAsync(board, OrganisationRoles.Admin);
        var email = Unique.Email("bedoeld");
        await admin.Client.PostJsonAsync("/api/invitations", new { email, roles = new[] { "Admin" } });
        var link = await InvitationPathAsync(app, email);

        using var stranger = await WebSession.SignInAsync(app, (await app.UserAsync()).Email!);
        var page = await stranger.PageAsync(link);
        var accept = await stranger.PostFormAsync(link.Replace("/invitation?", "/invitation?handler=Accept&", StringComparison.Ordinal), f => f.Set("Token", link.Split("token=")[1]));

        Assert.Contains("met een ander account ingelogd", page.GetElementById("invitation-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
        Assert.Empty((await (await stranger.GetAsync("/api/me")).ReadAsync<AccountFeature.MeResponse>()).Organisations);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_last_admin_cannot_drop_the_admin_role_or_leave(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        var admin = await app.PersonInAsync(board, OrganisationRoles.Admin | OrganisationRoles.Editor);
        using var session = await WebSession.SignInAsync(app, admin.Email!);
        var membership = (await (await session.GetAsync("/api/members")).ReadAsync<JsonElement>())[0];
        var id = membership.GetProperty("id").GetGuid();

        var demote = await session.Client.PutJsonAsync($"/api/members/{id}", new { roles = new[] { "Editor" }, version = membership.GetProperty("version").GetInt32() });
        var leave = await session.Client.DeleteAsync(new Uri($"/api/members/{id}", UriKind.Relative));
        var page = await session.SubmitAsync($"/members/{id}/edit", "form.utrecht-form", f => f.SetAll("Roles", "Viewer"));

        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Equal("De organisatie moet ten minste één beheerder houden. Maak eerst iemand anders beheerder.",
            (await demote.ReadAsync<JsonElement>()).GetProperty("errors").GetProperty("roles")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, leave.StatusCode);
        Assert.Contains("ten minste één beheerder", (await WebSession.ParseAsync(page)).GetElementById("error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_admin_changes_roles_and_removes_a_member_who_then_loses_access_at_once(TestDatabase database)
    {
        var app = await apps.Get(database);
        var supplier = await app.SupplierAsync();
        using var admin = await app.SignInMemberAsync(supplier, OrganisationRoles.Admin);
        var colleague = await app.PersonInAsync(supplier, OrganisationRoles.Editor);
        using var colleagueSession = await WebSession.SignInAsync(app, colleague.Email!);
        Assert.Equal(HttpStatusCode.Created, (await colleagueSession.Client.PostJsonAsync("/api/products", new { name = "Mag nog" })).StatusCode);

        var members = await (await admin.GetAsync("/api/members")).ReadAsync<JsonElement>();
        var row = members.EnumerateArray().Single(m => m.GetProperty("email").GetString() == colleague.Email);
        var id = row.GetProperty("id").GetGuid();

        var saved = await admin.SubmitAsync($"/members/{id}/edit", "form.utrecht-form", f => f.SetAll("Roles", "Viewer"));
        Assert.Equal("/members", saved.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleagueSession.Client.PostJsonAsync("/api/products", new { name = "Mag niet meer" })).StatusCode);

        var removed = await admin.SubmitAsync($"/members/{id}/edit", "form[action*='handler=Remove']");
        Assert.Equal("/members", removed.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleagueSession.GetAsync("/api/products")).StatusCode);
        Assert.DoesNotContain(colleague.Email!, (await admin.PageAsync("/members")).GetElementById("members")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Changing_roles_over_a_stale_copy_answers_409_and_shows_what_is_stored(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var admin = await app.SignInMemberAsync(board, OrganisationRoles.Admin);
        var member = await app.PersonInAsync(board, OrganisationRoles.Viewer);
        var row = (await (await admin.GetAsync("/api/members")).ReadAsync<JsonElement>()).EnumerateArray().Single(m => m.GetProperty("email").GetString() == member.Email);
        var id = row.GetProperty("id").GetGuid();
        var stalePage = await admin.PageAsync($"/members/{id}/edit");

        Assert.Equal(HttpStatusCode.OK, (await admin.Client.PutJsonAsync($"/api/members/{id}", new { roles = new[] { "Reviewer" }, version = 1 })).StatusCode);
        var api = await admin.Client.PutJsonAsync($"/api/members/{id}", new { roles = new[] { "Signatory" }, version = 1 });
        var form = await admin.SubmitAsync(stalePage, $"/members/{id}/edit", "form.utrecht-form", f => f.SetAll("Roles", "Editor"));

        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);
        Assert.Equal(["Reviewer"], (await api.ReadAsync<JsonElement>()).GetProperty("current").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var conflict = await WebSession.ParseAsync(form);
        Assert.Contains("Beoordelaar", conflict.GetElementById("concurrency-conflict")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(conflict.QuerySelector("#role-Editor[checked]"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Invitations_need_a_valid_address_and_known_roles_and_only_admins_send_them(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var admin = await app.SignInMemberAsync(board, OrganisationRoles.Admin);
        using var viewer = await app.SignInMemberAsync(board, OrganisationRoles.Viewer | OrganisationRoles.Editor);

        var bad = await admin.Client.PostJsonAsync("/api/invitations", new { email = "geen-adres", roles = new[] { "Editor", "Koning" } });
        var page = await admin.SubmitAsync("/members/invite", "form.utrecht-form", f => f.Set("Input.Email", "geen-adres").SetAll("Input.Roles"));
        var forbidden = await viewer.Client.PostJsonAsync("/api/invitations", new { email = Unique.Email(), roles = new[] { "Admin" } });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.ReadAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("roles", out _));
        var form = await WebSession.ParseAsync(page);
        Assert.Contains("E-mailadres is geen geldig e-mailadres", form.GetElementById("error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kies ten minste één rol.", form.GetElementById("error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("geen-adres", form.GetElementById("Input_Email")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Denied.Assert(await viewer.GetAsync("/members/invite"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_revoked_or_replaced_invitation_link_no_longer_works(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var admin = await app.SignInMemberAsync(board, OrganisationRoles.Admin);
        var email = Unique.Email("ingetrokken");

        var created = await (await admin.Client.PostJsonAsync("/api/invitations", new { email, roles = new[] { "Viewer" } })).ReadAsync<JsonElement>();
        var firstLink = await InvitationPathAsync(app, email);
        await admin.Client.PostJsonAsync("/api/invitations", new { email, roles = new[] { "Editor" } });

        using var invitee = WebSession.Anonymous(app);
        Assert.Contains("ingetrokken", (await invitee.PageAsync(firstLink)).GetElementById("invitation-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.DeleteAsync(new Uri($"/api/invitations/{created.GetProperty("id").GetGuid()}", UriKind.Relative))).StatusCode);

        var open = await (await admin.GetAsync("/api/invitations")).ReadAsync<JsonElement>();
        var replacement = open.EnumerateArray().Single(i => i.GetProperty("email").GetString() == email);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.Client.DeleteAsync(new Uri($"/api/invitations/{replacement.GetProperty("id").GetGuid()}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(email, (await admin.PageAsync("/members")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_expires_after_fourteen_days()
    {
        await using var app = await TestApp.StartAsync(TestDatabase.Sqlite);
        var board = await app.SchoolBoardAsync();
        using var admin = await app.SignInMemberAsync(board, OrganisationRoles.Admin);
        var email = Unique.Email("laat");
        await admin.Client.PostJsonAsync("/api/invitations", new { email, roles = new[] { "Viewer" } });
        var link = await InvitationPathAsync(app, email);
        using var invitee = WebSession.Anonymous(app);

        app.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));
        Assert.NotNull((await invitee.PageAsync(link)).QuerySelector("form[action*='handler=Register']"));

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var expired = await invitee.PageAsync(link);
        Assert.Equal("Deze uitnodiging is verlopen. Vraag de beheerder om een nieuwe.", expired.GetElementById("invitation-state")!.TextContent);
        Assert.Null(expired.QuerySelector("form[action*='handler=Register']"));
    }
}
