using EduDpa.Domain.Accounts;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Members;

/// <summary>An invitation found by the secret from its link, with the organisation it is for.</summary>
public sealed record InvitationView(Invitation Invitation, string OrganisationName, InvitationState State);

/// <summary>
/// Accepting an invitation: the link's secret identifies it (the person is not a member yet, so the
/// tenant filters cannot), and accepting turns it into a membership, or adds its roles to an existing one.
/// </summary>
public sealed class InvitationAcceptance(EduDpaDbContext db, UserManager<User> users, TimeProvider clock)
{
    public async Task<InvitationView?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }
        var hash = Secrets.Hash(token);
        var found = await (from i in db.Invitations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
                           join o in db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]) on i.OrganisationId equals o.Id
                           where i.TokenHash == hash
                           select new { Invitation = i, o.Name })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : new InvitationView(found.Invitation, found.Name, found.Invitation.StateAt(clock.GetUtcNow()));
    }

    /// <summary>Creates the account (the e-mail is confirmed: the person followed the link sent to it) and accepts.</summary>
    public async Task<IdentityResult> RegisterAndAcceptAsync(InvitationView view, string displayName, string password, CancellationToken cancellationToken)
    {
        var email = view.Invitation.Email.Value;
        var user = new User { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName.Trim() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }
        await AcceptAsync(view, user, cancellationToken);
        return IdentityResult.Success;
    }

    public async Task AcceptAsync(InvitationView view, User user, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var invitation = view.Invitation;
        invitation.Accept(user.Id, now);
        var existing = await db.Memberships.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
            .FirstOrDefaultAsync(m => m.UserId == user.Id && m.OrganisationId == invitation.OrganisationId, cancellationToken);
        if (existing is null)
        {
            db.Memberships.Add(Membership.Create(user.Id, invitation.OrganisationId, invitation.Roles, now));
        }
        else
        {
            existing.Grant(invitation.Roles);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
