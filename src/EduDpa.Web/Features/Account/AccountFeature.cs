using System.Security.Claims;
using EduDpa.Domain.Accounts;
using EduDpa.Web.Features.AccessTokens;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace EduDpa.Web.Features.Account;

/// <summary>
/// Accounts: sign-in with e-mail and password, optional authenticator app (TOTP), lockout after
/// repeated failures, password reset by e-mail. The API authenticates with the login cookie or a
/// personal access token; a policy scheme picks one per request.
/// </summary>
public sealed class AccountFeature : IFeature
{
    public const string Scheme = "EduDpa";
    public const int LockoutAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentityCore<User>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = LockoutAttempts;
                options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.AuthenticatorTokenProvider = TotpAuthenticatorTokenProvider.ProviderName;
                EduDpaDbContext.ConfigureIdentityStores(options.Stores);
            })
            .AddEntityFrameworkStores<EduDpaDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpAuthenticatorTokenProvider>(TotpAuthenticatorTokenProvider.ProviderName)
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Login cookie or personal access token", options =>
                options.ForwardDefaultSelector = context =>
                    AccessTokenAuthenticationHandler.HasBearerToken(context.Request) ? AccessTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "EduDpa.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // The API answers with status codes, never with a redirect to the login page.
            options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(5));
    }

    private static Task RedirectOrStatus(RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (Platform.IsApi(context.HttpContext))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }

    public static void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/me").WithTags("Account");
        api.MapGet("", GetMe).WithName("GetMe").WithSummary("Who is signed in, their organisations and roles, and the acting organisation.");
    }

    public sealed record MeResponse(Guid Id, string Email, string DisplayName, string[] PlatformRoles, Guid? CurrentOrganisationId, bool ViaAccessToken, IReadOnlyList<MyOrganisation> Organisations);

    public sealed record MyOrganisation(Guid Id, string Name, string Kind, string[] Roles);

    private static async Task<Ok<MeResponse>> GetMe(TenantContext tenant, UserManager<User> users, ClaimsPrincipal principal)
    {
        var user = (await users.GetUserAsync(principal))!;
        return TypedResults.Ok(new MeResponse(
            user.Id,
            user.Email!,
            user.DisplayName,
            [.. Enum.GetValues<PlatformRoles>().Where(r => r != PlatformRoles.None && tenant.PlatformRoles.HasFlag(r)).Select(r => r.ToString())],
            tenant.CurrentOrganisationId,
            tenant.AccessTokenId is not null,
            [.. tenant.Organisations.Select(o => new MyOrganisation(o.Id, o.Name, o.Kind.ToString(), [.. o.Roles.Split().Select(r => r.ToString())]))]));
    }
}
