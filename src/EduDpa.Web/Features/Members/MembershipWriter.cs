using EduDpa.Domain.Accounts;
using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;
using EduDpa.Web.Features.Account;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Security;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Members;

public sealed record MemberRow(Guid MembershipId, Guid UserId, string DisplayName, string Email, OrganisationRoles Roles, int Version);

/// <summary>
/// An organisation admin's work on the acting organisation's members: invite by e-mail, change roles,
/// remove, revoke an invitation. Everything goes through the tenant filters, so only the acting
/// organisation's memberships and invitations are found.
/// </summary>
public sealed class MembershipWriter(
    EduDpaDbContext db, TenantContext tenant, TimeProvider clock, IMailer mailer, PublicUrl publicUrl, IStringLocalizer<SharedResource> t)
{
    public async Task<IReadOnlyList<MemberRow>> ListAsync(CancellationToken cancellationToken) =>
        await (from m in db.Memberships
               join u in db.Users on m.UserId equals u.Id
               where m.OrganisationId == tenant.CurrentOrganisationId
               orderby u.DisplayName
               select new MemberRow(m.Id, u.Id, u.DisplayName, u.Email!, m.Roles, m.Version))
            .ToListAsync(cancellationToken);

    public Task<MemberRow?> FindAsync(Guid membershipId, CancellationToken cancellationToken) =>
        (from m in db.Memberships
         join u in db.Users on m.UserId equals u.Id
         where m.Id == membershipId && m.OrganisationId == tenant.CurrentOrganisationId
         select new MemberRow(m.Id, u.Id, u.DisplayName, u.Email!, m.Roles, m.Version))
        .FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<Invitation>> OpenInvitationsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var invitations = await db.Invitations
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null)
            .OrderBy(i => i.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. invitations.Where(i => i.StateAt(now) == InvitationState.Open)];
    }

    public async Task<WriteResult<Invitation>> InviteAsync(string? email, OrganisationRoles roles, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (!EmailAddress.TryParse(email, out var address))
        {
            errors.Add("Email", string.IsNullOrWhiteSpace(email) ? ValidationCodes.Required : ValidationCodes.EmailFormat);
        }
        if (!roles.IsValid())
        {
            errors.Add("Roles", ValidationCodes.NoRoles);
        }
        if (!errors.IsEmpty)
        {
            return WriteResult<Invitation>.Invalid(errors);
        }
        var organisationId = tenant.CurrentOrganisationId!.Value;
        var normalizedEmail = address!.Value.ToUpperInvariant();
        var alreadyMember = await (from m in db.Memberships
                                   join u in db.Users on m.UserId equals u.Id
                                   where m.OrganisationId == organisationId && u.NormalizedEmail == normalizedEmail
                                   select m.Id).AnyAsync(cancellationToken);
        if (alreadyMember)
        {
            return WriteResult<Invitation>.Duplicate(ValidationErrors.For("Email", ValidationCodes.AlreadyMember));
        }

        var now = clock.GetUtcNow();
        // A new invitation to the same address replaces the open one: only the latest link works.
        foreach (var open in await db.Invitations.Where(i => i.Email == address && i.AcceptedAt == null && i.RevokedAt == null).ToListAsync(cancellationToken))
        {
            if (open.StateAt(now) == InvitationState.Open)
            {
                open.Revoke(now);
            }
        }
        var secret = Secrets.New("inv_");
        var invitation = Invitation.Create(organisationId, address!, roles, Secrets.Hash(secret), tenant.UserId!.Value, now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);

        var link = publicUrl.For($"/invitation?token={Uri.EscapeDataString(secret)}");
        var roleNames = string.Join(", ", roles.Split().Select(r => t[$"Role.{r}"].Value));
        await mailer.SendAsync(new MailMessage(
            address!.Value,
            t["Mail.Invitation.Subject", tenant.Current!.Name],
            t["Mail.Invitation.Body", tenant.UserName ?? string.Empty, tenant.Current.Name, roleNames, link, AmsterdamDate(invitation.ExpiresAt)]), cancellationToken);
        return WriteResult<Invitation>.Saved(invitation);
    }

    public async Task<WriteResult<MemberRow>> ChangeRolesAsync(Guid membershipId, OrganisationRoles roles, int version, CancellationToken cancellationToken)
    {
        var members = await db.Memberships.Where(m => m.OrganisationId == tenant.CurrentOrganisationId).ToListAsync(cancellationToken);
        var membership = members.FirstOrDefault(m => m.Id == membershipId);
        if (membership is null)
        {
            return WriteResult<MemberRow>.NotFound();
        }
        if (membership.Version != version)
        {
            return WriteResult<MemberRow>.Stale((await FindAsync(membershipId, cancellationToken))!);
        }
        try
        {
            membership.ChangeRoles(roles, members);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<MemberRow>.Invalid(rule.ToErrors());
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await FindAsync(membershipId, cancellationToken);
            return current is null ? WriteResult<MemberRow>.NotFound() : WriteResult<MemberRow>.Stale(current);
        }
        return WriteResult<MemberRow>.Saved((await FindAsync(membershipId, cancellationToken))!);
    }

    public async Task<WriteResult<MemberRow>> RemoveAsync(Guid membershipId, CancellationToken cancellationToken)
    {
        var members = await db.Memberships.Where(m => m.OrganisationId == tenant.CurrentOrganisationId).ToListAsync(cancellationToken);
        var membership = members.FirstOrDefault(m => m.Id == membershipId);
        if (membership is null)
        {
            return WriteResult<MemberRow>.NotFound();
        }
        var row = (await FindAsync(membershipId, cancellationToken))!;
        try
        {
            membership.EnsureCanBeRemoved(members);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<MemberRow>.Invalid(rule.ToErrors());
        }
        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(cancellationToken);
        return WriteResult<MemberRow>.Saved(row);
    }

    public async Task<bool> RevokeInvitationAsync(Guid invitationId, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, cancellationToken);
        if (invitation is null || invitation.StateAt(clock.GetUtcNow()) != InvitationState.Open)
        {
            return false;
        }
        invitation.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static string AmsterdamDate(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, AmsterdamTime.Zone).ToString("d", System.Globalization.CultureInfo.CurrentCulture);
}
