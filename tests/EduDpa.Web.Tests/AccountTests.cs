using System.Net;
using System.Text.RegularExpressions;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;
using EduDpa.Web.Features.Account;

namespace EduDpa.Web.Tests;

public sealed partial class AccountTests(SharedApps apps)
{
    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    private static Task<HttpResponseMessage> LogInAsync(WebSession session, string email, string password) =>
        session.SubmitAsync("/account/login", "form.utrecht-form", f => f.Set("Input.Email", email).Set("Input.Password", password));

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Signing_in_with_a_wrong_password_or_an_unknown_address_gives_the_same_message(TestDatabase database)
    {
        var app = await apps.Get(database);
        var user = await app.UserAsync();
        using var session = WebSession.Anonymous(app);

        var wrongPassword = await WebSession.ParseAsync(await LogInAsync(session, user.Email!, "niet-het-wachtwoord"));
        var unknown = await WebSession.ParseAsync(await LogInAsync(session, "niemand@test.example", "niet-het-wachtwoord"));

        Assert.Equal("Het e-mailadres of het wachtwoord klopt niet.", wrongPassword.QuerySelector("#error-summary li")!.TextContent);
        Assert.Equal(wrongPassword.QuerySelector("#error-summary")!.TextContent, unknown.QuerySelector("#error-summary")!.TextContent);
        Assert.Equal(user.Email, wrongPassword.GetElementById("Input_Email")!.GetAttribute("value"));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one(TestDatabase database)
    {
        var app = await apps.Get(database);
        var user = await app.UserAsync();
        using var session = WebSession.Anonymous(app);

        for (var attempt = 0; attempt < AccountFeature.LockoutAttempts - 1; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await LogInAsync(session, user.Email!, "fout")).StatusCode);
        }
        var fifth = await LogInAsync(session, user.Email!, "fout");
        var right = await LogInAsync(session, user.Email!, TestData.Password);

        Assert.Equal("/account/lockout", fifth.Headers.Location?.OriginalString);
        Assert.Equal("/account/lockout", right.Headers.Location?.OriginalString);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Logging_out_ends_the_session(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var session = await WebSession.SignInAsync(app, (await app.UserAsync()).Email!);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/account/manage")).StatusCode);

        var logout = await session.SubmitAsync("/account/manage", "form[action='/account/logout']");

        Assert.Equal("/account/login", logout.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/account/manage")).StatusCode);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_forgotten_password_is_reset_through_the_link_in_the_e_mail(TestDatabase database)
    {
        var app = await apps.Get(database);
        var user = await app.UserAsync();
        using var session = WebSession.Anonymous(app);

        var asked = await session.SubmitAsync("/account/forgot-password", "form.utrecht-form", f => f.Set("Input.Email", user.Email!.ToUpperInvariant()));
        Assert.Contains("Als er een account bij dit e-mailadres hoort", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mail = await app.Mail.WaitForAsync(user.Email!);
        Assert.Equal("EduDpa: nieuw wachtwoord instellen", mail.Subject);
        var link = new Uri(Link().Match(mail.TextBody ?? string.Empty).Value);

        var reset = await session.SubmitAsync(link.PathAndQuery, "form.utrecht-form", f => f
            .Set("Input.Password", "een nieuw lang wachtwoord").Set("Input.ConfirmPassword", "een nieuw lang wachtwoord"));
        Assert.Equal("/account/login", reset.Headers.Location?.OriginalString);

        Assert.Equal("/", (await LogInAsync(WebSession.Anonymous(app), user.Email!, "een nieuw lang wachtwoord")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await LogInAsync(WebSession.Anonymous(app), user.Email!, TestData.Password)).StatusCode);

        var reused = await session.SubmitAsync(link.PathAndQuery, "form.utrecht-form", f => f
            .Set("Input.Password", "nog een ander wachtwoord").Set("Input.ConfirmPassword", "nog een ander wachtwoord"));
        Assert.Contains("De link is verlopen of al gebruikt", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Asking_a_reset_for_an_unknown_address_sends_nothing_but_says_the_same(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var session = WebSession.Anonymous(app);
        var address = Unique.Email("onbekend");

        var asked = await session.SubmitAsync("/account/forgot-password", "form.utrecht-form", f => f.Set("Input.Email", address));

        Assert.Contains("Als er een account bij dit e-mailadres hoort", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(app.Mail.To(address));
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_new_password_that_is_too_short_is_refused_beside_the_field(TestDatabase database)
    {
        var app = await apps.Get(database);
        using var session = await WebSession.SignInAsync(app, (await app.UserAsync()).Email!);

        var response = await session.SubmitAsync("/account/manage/password", "form.utrecht-form", f => f
            .Set("Input.CurrentPassword", TestData.Password).Set("Input.NewPassword", "kort").Set("Input.ConfirmPassword", "kort"));

        var page = await WebSession.ParseAsync(response);
        Assert.Equal("Het wachtwoord moet ten minste 12 tekens lang zijn.",
            page.GetElementById("Input_NewPassword")!.Closest(".utrecht-form-field")!.QuerySelector(".utrecht-form-field__error-message")!.TextContent);
    }

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_factor_sign_in_needs_the_authenticator_code_or_a_recovery_code_once(TestDatabase database)
    {
        var app = await apps.Get(database);
        var user = await app.UserAsync();
        using (var session = await WebSession.SignInAsync(app, user.Email!))
        {
            var setup = await session.PageAsync("/account/manage/authenticator");
            var key = setup.GetElementById("authenticator-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.NotNull(setup.QuerySelector(".edudpa-qr svg"));

            var wrong = await session.SubmitAsync(setup, "/account/manage/authenticator", "form.utrecht-form", f => f.Set("Input.Code", "000000"));
            Assert.Contains("Deze code klopt niet", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var enabled = await session.SubmitAsync("/account/manage/authenticator", "form.utrecht-form", f => f.Set("Input.Code", Code(key, app)));
            var codes = (await WebSession.ParseAsync(enabled)).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
            Assert.Equal(10, codes.Count);
            Assert.Contains("Tweestapsverificatie staat aan.", (await session.PageAsync("/account/manage/two-factor")).GetElementById("two-factor-state")!.TextContent, StringComparison.Ordinal);

            using var second = WebSession.Anonymous(app);
            var step = await LogInAsync(second, user.Email!, TestData.Password);
            Assert.StartsWith("/account/login-2fa", step.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/account/manage")).StatusCode);

            var badCode = await second.SubmitAsync(step.Headers.Location!.OriginalString, "form.utrecht-form", f => f.Set("Input.Code", "123456"));
            Assert.Equal(HttpStatusCode.OK, badCode.StatusCode);
            var signedIn = await second.SubmitAsync(step.Headers.Location!.OriginalString, "form.utrecht-form", f => f.Set("Input.Code", Code(key, app)));
            Assert.Equal("/", signedIn.Headers.Location?.OriginalString);

            using var third = WebSession.Anonymous(app);
            await LogInAsync(third, user.Email!, TestData.Password);
            var recovered = await third.SubmitAsync("/account/login-recovery", "form.utrecht-form", f => f.Set("Input.Code", codes[0]));
            Assert.Equal("/", recovered.Headers.Location?.OriginalString);

            using var fourth = WebSession.Anonymous(app);
            await LogInAsync(fourth, user.Email!, TestData.Password);
            var reused = await fourth.SubmitAsync("/account/login-recovery", "form.utrecht-form", f => f.Set("Input.Code", codes[0]));
            Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
            Assert.Contains("herstelcode klopt niet of is al gebruikt", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_authenticator_code_is_accepted_for_one_step_either_side_of_now_and_not_beyond()
    {
        await using var app = await TestApp.StartAsync(TestDatabase.Sqlite);
        var user = await app.UserAsync();
        using var session = await WebSession.SignInAsync(app, user.Email!);
        var key = (await session.PageAsync("/account/manage/authenticator")).GetElementById("authenticator-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        var codeNow = Code(key, app);

        app.Clock.Advance(TimeSpan.FromSeconds(90));
        var late = await session.SubmitAsync("/account/manage/authenticator", "form.utrecht-form", f => f.Set("Input.Code", codeNow));
        Assert.Contains("Deze code klopt niet", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var previousStep = Totp.Compute(Totp.DecodeBase32(key), app.Clock.GetUtcNow() - Totp.Step).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var withinDrift = await session.SubmitAsync("/account/manage/authenticator", "form.utrecht-form", f => f.Set("Input.Code", previousStep));
        Assert.Single((await WebSession.ParseAsync(withinDrift)).QuerySelectorAll("#recovery-codes"));
    }

    [Theory]
    // RFC 6238 appendix B, SHA-1, secret "12345678901234567890": the last six of the eight digits given there.
    [InlineData(59, 287082)]
    [InlineData(1111111109, 81804)]
    [InlineData(1111111111, 50471)]
    [InlineData(1234567890, 5924)]
    [InlineData(2000000000, 279037)]
    public void Totp_matches_the_RFC_6238_test_vectors(long unixSeconds, int expected) =>
        Assert.Equal(expected, Totp.Compute("12345678901234567890"u8.ToArray(), DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Base32_keys_decode_as_RFC_4648_says() =>
        Assert.Equal("12345678901234567890"u8.ToArray(), Totp.DecodeBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));

    private static string Code(string base32Key, TestApp app) =>
        Totp.Compute(Totp.DecodeBase32(base32Key), app.Clock.GetUtcNow()).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    [Theory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Me_tells_who_is_signed_in_and_their_organisations(TestDatabase database)
    {
        var app = await apps.Get(database);
        var board = await app.SchoolBoardAsync();
        using var session = await app.SignInMemberAsync(board, Domain.Accounts.OrganisationRoles.Editor | Domain.Accounts.OrganisationRoles.Reviewer);

        var me = await (await session.GetAsync("/api/me")).ReadAsync<AccountFeature.MeResponse>();

        Assert.Equal(board.Id, me.CurrentOrganisationId);
        Assert.False(me.ViaAccessToken);
        var organisation = Assert.Single(me.Organisations);
        Assert.Equal(nameof(OrganisationKind.SchoolBoard), organisation.Kind);
        Assert.Equal(["Editor", "Reviewer"], organisation.Roles);
    }
}
