using EduDpa.Domain.Accounts;
using EduDpa.Domain.Organisations;

namespace EduDpa.Web.Infrastructure.Tenancy;

/// <summary>An organisation the current person belongs to, with their roles in it.</summary>
public sealed record MemberOrganisation(Guid Id, string Name, OrganisationKind Kind, OrganisationRoles Roles);

/// <summary>
/// Who is acting and for which organisation, resolved once per request by <see cref="TenantMiddleware"/>.
/// The database's query filters read it, so every query of organisation-owned data is scoped to
/// <see cref="CurrentOrganisationId"/> (or, for the organisations themselves, to the person's memberships).
/// </summary>
public sealed class TenantContext
{
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public PlatformRoles PlatformRoles { get; private set; }

    /// <summary>Set when the request authenticated with a personal access token: the token is bound to one organisation.</summary>
    public Guid? AccessTokenId { get; private set; }

    public IReadOnlyList<MemberOrganisation> Organisations { get; private set; } = [];
    public MemberOrganisation? Current { get; private set; }

    public Guid? CurrentOrganisationId => Current?.Id;
    public OrganisationRoles CurrentRoles => Current?.Roles ?? OrganisationRoles.None;
    public Guid[] MemberOrganisationIds { get; private set; } = [];

    public bool IsAuthenticated => UserId is not null;
    public bool IsPlatformAdmin => PlatformRoles.HasFlag(PlatformRoles.Administrator);
    public bool IsAnalyst => PlatformRoles.HasFlag(PlatformRoles.Analyst);

    public bool HasRole(OrganisationRoles anyOf) => CurrentRoles.HasAny(anyOf);

    /// <summary>Sets who is acting. <paramref name="preferredOrganisationId"/> is honoured only if they are a member.</summary>
    public void Set(Guid userId, string? userName, PlatformRoles platformRoles, IReadOnlyList<MemberOrganisation> organisations, Guid? preferredOrganisationId, Guid? accessTokenId = null)
    {
        UserId = userId;
        UserName = userName;
        PlatformRoles = platformRoles;
        AccessTokenId = accessTokenId;
        Organisations = organisations;
        MemberOrganisationIds = [.. organisations.Select(o => o.Id)];
        Current = organisations.FirstOrDefault(o => o.Id == preferredOrganisationId) ?? (organisations.Count > 0 ? organisations[0] : null);
    }

    /// <summary>For work done by the system itself (start-up, seeding, background work): no user, no organisation.</summary>
    public static TenantContext System() => new() { UserName = SystemActor };

    /// <summary>Marks this scope's work as done by the system, as the audit trail will show.</summary>
    public void ActAsSystem() => UserName = SystemActor;

    public const string SystemActor = "system";
}
