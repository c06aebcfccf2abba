using System.Security.Claims;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Infrastructure.Tenancy;

/// <summary>
/// After authentication, loads who the person is and which organisations they belong to (fresh from
/// the database on every request, so a removed role stops working at once) and picks the acting
/// organisation: the one a personal access token is bound to, else the one chosen in the header.
/// </summary>
public sealed class TenantMiddleware(RequestDelegate next)
{
    public const string OrganisationCookie = "EduDpa.Organisation";

    public async Task InvokeAsync(HttpContext context, TenantContext tenant, EduDpaDbContext db)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var user = await db.Users
                .Where(u => u.Id == userId)
                .Select(u => new { u.Email, u.PlatformRoles })
                .FirstOrDefaultAsync(context.RequestAborted);
            if (user is not null)
            {
                var organisations = await (
                        from m in db.Memberships.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
                        join o in db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]) on m.OrganisationId equals o.Id
                        where m.UserId == userId
                        orderby o.Name
                        select new MemberOrganisation(o.Id, o.Name, o.Kind, m.Roles))
                    .ToListAsync(context.RequestAborted);

                var tokenId = AccessTokenClaims.TokenId(context.User);
                Guid? preferred;
                if (tokenId is not null)
                {
                    var bound = AccessTokenClaims.OrganisationId(context.User);
                    organisations = organisations.Where(o => o.Id == bound).ToList();
                    preferred = bound;
                }
                else
                {
                    preferred = Guid.TryParse(context.Request.Cookies[OrganisationCookie], out var chosen) ? chosen : null;
                }
                tenant.Set(userId, user.Email, user.PlatformRoles, organisations, preferred, tokenId);
            }
        }
        await next(context);
    }
}

/// <summary>The claims a personal access token adds to the principal.</summary>
public static class AccessTokenClaims
{
    public const string TokenIdClaim = "edudpa:token";
    public const string OrganisationClaim = "edudpa:token_organisation";

    public static Guid? TokenId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(TokenIdClaim), out var id) ? id : null;

    public static Guid? OrganisationId(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(OrganisationClaim), out var id) ? id : null;
}
