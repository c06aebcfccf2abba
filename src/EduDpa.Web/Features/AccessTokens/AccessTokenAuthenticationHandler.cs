using System.Security.Claims;
using System.Text.Encodings.Web;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Security;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EduDpa.Web.Features.AccessTokens;

/// <summary>
/// Authenticates API requests that carry <c>Authorization: Bearer edudpa_…</c>. The token acts as its
/// owner, in the one organisation it is bound to, with the roles the owner holds there today.
/// </summary>
public sealed class AccessTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    EduDpaDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";
    public const string TokenPrefix = "edudpa_";

    public static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Platform.IsApi(Context) || !HasBearerToken(Request))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        var hash = Secrets.Hash(secret);
        var token = await db.AccessTokens.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .FirstOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActiveAt(now))
        {
            return AuthenticateResult.Fail("The access token is unknown, revoked or expired.");
        }
        if (token.RecordUse(now))
        {
            // Usage is bookkeeping, not a change anyone made: written directly, not audited.
            await db.AccessTokens.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
                .Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.UserId.ToString()),
                new Claim(AccessTokenClaims.TokenIdClaim, token.Id.ToString()),
                new Claim(AccessTokenClaims.OrganisationClaim, token.OrganisationId.ToString()),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
