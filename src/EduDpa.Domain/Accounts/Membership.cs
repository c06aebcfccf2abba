using EduDpa.Domain.Common;

namespace EduDpa.Domain.Accounts;

/// <summary>A person's place in one organisation: which roles they hold there.</summary>
public sealed class Membership : IVersioned
{
    private Membership() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public OrganisationRoles Roles { get; private set; }
    public DateTimeOffset JoinedAt { get; private set; }
    public int Version { get; private set; }

    public static Membership Create(Guid userId, Guid organisationId, OrganisationRoles roles, DateTimeOffset joinedAt)
    {
        EnsureValid(roles);
        return new Membership
        {
            Id = Guid.CreateVersion7(), UserId = userId, OrganisationId = organisationId,
            Roles = roles, JoinedAt = joinedAt, Version = 1,
        };
    }

    /// <summary>Changes the roles. The organisation must keep at least one admin.</summary>
    public void ChangeRoles(OrganisationRoles roles, IEnumerable<Membership> organisationMembers)
    {
        EnsureValid(roles);
        if (!roles.HasFlag(OrganisationRoles.Admin))
        {
            EnsureAnotherAdmin(organisationMembers);
        }
        Roles = roles;
        Version++;
    }

    /// <summary>Guards leaving the organisation: the last admin cannot leave or be removed.</summary>
    public void EnsureCanBeRemoved(IEnumerable<Membership> organisationMembers) => EnsureAnotherAdmin(organisationMembers);

    /// <summary>Adds roles when someone who is already a member accepts another invitation.</summary>
    public void Grant(OrganisationRoles roles)
    {
        EnsureValid(roles);
        if ((Roles | roles) != Roles)
        {
            Roles |= roles;
            Version++;
        }
    }

    public bool Has(OrganisationRoles role) => Roles.HasFlag(role);

    private void EnsureAnotherAdmin(IEnumerable<Membership> organisationMembers)
    {
        if (!Roles.HasFlag(OrganisationRoles.Admin))
        {
            return;
        }
        var otherAdmin = organisationMembers.Any(m => m.Id != Id && m.OrganisationId == OrganisationId && m.Has(OrganisationRoles.Admin));
        if (!otherAdmin)
        {
            throw new DomainRuleViolation(nameof(Roles), ValidationCodes.LastAdmin);
        }
    }

    private static void EnsureValid(OrganisationRoles roles)
    {
        if (!roles.IsValid())
        {
            throw new DomainRuleViolation(nameof(Roles), ValidationCodes.NoRoles);
        }
    }
}
