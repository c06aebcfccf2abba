using EduDpa.Web.Features.Account;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Localization;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace EduDpa.Web.Features.Shell;

/// <summary>What every page shares: the language switch and the organisation switch in the header.</summary>
public sealed class ShellFeature : IFeature
{
    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/language", SwitchLanguage).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost("/organisation/switch", SwitchOrganisation).RequireAuthorization(Policies.SignedIn).ExcludeFromDescription();
    }

    private static async Task<RedirectHttpResult> SwitchLanguage(
        [FromForm] string? language, [FromForm] string? returnUrl, HttpContext context, TenantContext tenant, UserManager<User> users)
    {
        var culture = LocalizationSetup.ForLanguage(language);
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        if (tenant.UserId is { } userId && await users.FindByIdAsync(userId.ToString()) is { } user)
        {
            user.PreferredCulture = culture.TwoLetterISOLanguageName;
            await users.UpdateAsync(user);
        }
        return TypedResults.LocalRedirect(LocalUrl(returnUrl));
    }

    private static Results<RedirectHttpResult, ForbidHttpResult> SwitchOrganisation(
        [FromForm] Guid organisationId, [FromForm] string? returnUrl, HttpContext context, TenantContext tenant)
    {
        if (tenant.Organisations.All(o => o.Id != organisationId))
        {
            return TypedResults.Forbid();
        }
        context.Response.Cookies.Append(TenantMiddleware.OrganisationCookie, organisationId.ToString(),
            new CookieOptions { IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        return TypedResults.LocalRedirect(LocalUrl(returnUrl));
    }

    /// <summary>Only paths on this site; anything else (an open redirect) becomes the home page.</summary>
    public static string LocalUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
