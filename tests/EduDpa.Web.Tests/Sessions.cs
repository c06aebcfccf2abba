using EduDpa.Domain.Accounts;
using EduDpa.Domain.Organisations;
using EduDpa.Testing;

namespace EduDpa.Web.Tests;

/// <summary>Signed-in sessions for the usual people of a test.</summary>
public static class Sessions
{
    public static async Task<WebSession> SignInPlatformAdminAsync(this TestApp app) =>
        await WebSession.SignInAsync(app, (await app.PlatformAdminAsync()).Email!);

    public static async Task<WebSession> SignInMemberAsync(this TestApp app, Organisation organisation, OrganisationRoles roles) =>
        await WebSession.SignInAsync(app, (await app.PersonInAsync(organisation, roles)).Email!);
}

/// <summary>How the app refuses a page to someone signed in without the right role: a redirect to the access-denied page.</summary>
public static class Denied
{
    public static void Assert(HttpResponseMessage response)
    {
        Xunit.Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Xunit.Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }
}
