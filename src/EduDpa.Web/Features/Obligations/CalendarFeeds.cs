using EduDpa.Domain.Accounts;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Security;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Obligations;

public sealed record CalendarFeedRow(Guid Id, DateTimeOffset CreatedAt);

/// <summary>Creating, listing and revoking one's calendar subscriptions, and serving a feed to a calendar app.</summary>
public sealed class CalendarFeeds(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, PublicUrl publicUrl)
{
    public const string Prefix = "edudpa_cal_";

    public async Task<IReadOnlyList<CalendarFeedRow>> MineAsync(CancellationToken ct) =>
        await db.CalendarFeeds.Where(f => f.UserId == tenant.UserId && f.OrganisationId == tenant.CurrentOrganisationId && f.RevokedAt == null)
            .OrderBy(f => f.CreatedAt).Select(f => new CalendarFeedRow(f.Id, f.CreatedAt)).ToListAsync(ct);

    /// <summary>A new subscription; its address is shown this once (only its hash is kept).</summary>
    public async Task<string> CreateAsync(CancellationToken ct)
    {
        var secret = Secrets.New(Prefix);
        db.CalendarFeeds.Add(CalendarFeed.Create(tenant.UserId!.Value, tenant.CurrentOrganisationId!.Value, Secrets.Hash(secret), clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return publicUrl.For($"/calendar/{secret}.ics");
    }

    public async Task<bool> RevokeAsync(Guid id, CancellationToken ct)
    {
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.Id == id && f.UserId == tenant.UserId && f.RevokedAt == null, ct);
        if (feed is null)
        {
            return false;
        }
        feed.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// The person and organisation a secret address stands for, set as the acting ones so that the feed shows
    /// exactly what they would see signed in; false for an unknown or revoked address or a membership that ended.
    /// </summary>
    public async Task<bool> ActAsOwnerAsync(string secret, CancellationToken ct)
    {
        var hash = Secrets.Hash(secret);
        var owner = await (from f in db.CalendarFeeds
                           join m in db.Memberships.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]) on new { f.UserId, f.OrganisationId } equals new { m.UserId, m.OrganisationId }
                           join o in db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]) on f.OrganisationId equals o.Id
                           join u in db.Users on f.UserId equals u.Id
                           where f.TokenHash == hash && f.RevokedAt == null
                           select new { f.UserId, u.Email, o.Id, o.Name, o.Kind, m.Roles }).FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            return false;
        }
        tenant.Set(owner.UserId, owner.Email, PlatformRoles.None, [new MemberOrganisation(owner.Id, owner.Name, owner.Kind, owner.Roles)], owner.Id);
        return true;
    }
}
