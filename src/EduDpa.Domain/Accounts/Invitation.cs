using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;

namespace EduDpa.Domain.Accounts;

public enum InvitationState
{
    Open = 1,
    Accepted = 2,
    Revoked = 3,
    Expired = 4,
}

/// <summary>
/// An organisation admin's invitation to a person to join with the given roles. The e-mailed
/// link carries a secret; only its hash is kept here.
/// </summary>
public sealed class Invitation
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    private Invitation() { }

    public Guid Id { get; private set; }
    public Guid OrganisationId { get; private set; }
    public EmailAddress Email { get; private set; } = null!;
    public OrganisationRoles Roles { get; private set; }
    public string TokenHash { get; private set; } = string.Empty;
    public Guid InvitedByUserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public Guid? AcceptedByUserId { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public static Invitation Create(Guid organisationId, EmailAddress email, OrganisationRoles roles, string tokenHash, Guid invitedByUserId, DateTimeOffset now)
    {
        if (!roles.IsValid())
        {
            throw new DomainRuleViolation(nameof(Roles), ValidationCodes.NoRoles);
        }
        return new Invitation
        {
            Id = Guid.CreateVersion7(), OrganisationId = organisationId, Email = email, Roles = roles,
            TokenHash = tokenHash, InvitedByUserId = invitedByUserId, CreatedAt = now, ExpiresAt = now + ValidFor,
        };
    }

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : RevokedAt is not null ? InvitationState.Revoked
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Open;

    public void Accept(Guid userId, DateTimeOffset now)
    {
        EnsureOpen(now);
        AcceptedAt = now;
        AcceptedByUserId = userId;
    }

    public void Revoke(DateTimeOffset now)
    {
        EnsureOpen(now);
        RevokedAt = now;
    }

    private void EnsureOpen(DateTimeOffset now)
    {
        var state = StateAt(now);
        if (state != InvitationState.Open)
        {
            throw new InvitationNotOpenException(state);
        }
    }
}

public sealed class InvitationNotOpenException(InvitationState state)
    : InvalidOperationException($"The invitation is {state}.")
{
    public InvitationState State { get; } = state;
}
