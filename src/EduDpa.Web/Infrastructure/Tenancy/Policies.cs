using EduDpa.Domain.Accounts;
using EduDpa.Domain.Organisations;
using Microsoft.AspNetCore.Authorization;

namespace EduDpa.Web.Infrastructure.Tenancy;

/// <summary>
/// The authorization policies. Each states which organisation roles (in the acting organisation),
/// which kinds of organisation or which platform role an endpoint needs. Every page and endpoint
/// names one of these, or is explicitly anonymous; the fallback for anything else is <see cref="SignedIn"/>.
/// </summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string Member = nameof(Member);
    public const string OrganisationAdmin = nameof(OrganisationAdmin);
    public const string Editor = nameof(Editor);
    public const string ProcessorEditor = nameof(ProcessorEditor);
    public const string ProcessorMember = nameof(ProcessorMember);
    public const string PlatformAdmin = nameof(PlatformAdmin);

    /// <summary>Any role in a school board (the catalogue's menu item).</summary>
    public const string BoardMember = nameof(BoardMember);

    /// <summary>An editor of a school board: acts for the board, e.g. adopts an open offer.</summary>
    public const string BoardEditor = nameof(BoardEditor);

    /// <summary>An editor or an admin: acts on data subject requests (an admin can do everything an editor can there).</summary>
    public const string EditorOrAdmin = nameof(EditorOrAdmin);

    /// <summary>An editor or an admin of a supplier or distributor: forwards a data subject request.</summary>
    public const string ProcessorEditorOrAdmin = nameof(ProcessorEditorOrAdmin);

    /// <summary>A platform analyst: records, reviews, publishes and withdraws analyses of vendors' own terms.</summary>
    public const string Analyst = nameof(Analyst);

    /// <summary>Reads published analyses: any member of a school board, or an analyst.</summary>
    public const string AnalysisReader = nameof(AnalysisReader);

    /// <summary>An editor or an admin of a school board: records the board's decision on a vendor's terms, publishes its public page.</summary>
    public const string BoardEditorOrAdmin = nameof(BoardEditorOrAdmin);

    public static readonly IReadOnlyDictionary<string, TenantRequirement> Requirements = new Dictionary<string, TenantRequirement>
    {
        [SignedIn] = new(),
        [Member] = new(AnyRole: OrganisationRolesExtensions.All),
        [OrganisationAdmin] = new(AnyRole: OrganisationRoles.Admin),
        [Editor] = new(AnyRole: OrganisationRoles.Editor),
        [ProcessorEditor] = new(AnyRole: OrganisationRoles.Editor, Kinds: [OrganisationKind.Supplier, OrganisationKind.Distributor]),
        [ProcessorMember] = new(AnyRole: OrganisationRolesExtensions.All, Kinds: [OrganisationKind.Supplier, OrganisationKind.Distributor]),
        [PlatformAdmin] = new(Platform: PlatformRoles.Administrator),
        [BoardMember] = new(AnyRole: OrganisationRolesExtensions.All, Kinds: [OrganisationKind.SchoolBoard]),
        [BoardEditor] = new(AnyRole: OrganisationRoles.Editor, Kinds: [OrganisationKind.SchoolBoard]),
        [EditorOrAdmin] = new(AnyRole: OrganisationRoles.Editor | OrganisationRoles.Admin),
        [ProcessorEditorOrAdmin] = new(AnyRole: OrganisationRoles.Editor | OrganisationRoles.Admin, Kinds: [OrganisationKind.Supplier, OrganisationKind.Distributor]),
        [Analyst] = new(Platform: PlatformRoles.Analyst),
        [AnalysisReader] = new(AnyRole: OrganisationRolesExtensions.All, Kinds: [OrganisationKind.SchoolBoard], OrPlatform: PlatformRoles.Analyst),
        [BoardEditorOrAdmin] = new(AnyRole: OrganisationRoles.Editor | OrganisationRoles.Admin, Kinds: [OrganisationKind.SchoolBoard]),
    };

    public static void AddEduDpaPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var (name, requirement) in Requirements)
        {
            authorization.AddPolicy(name, policy => policy.RequireAuthenticatedUser().AddRequirements(requirement));
        }
        authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(Requirements[SignedIn]).Build());
    }
}

/// <summary>
/// Satisfied when the person is known (their account still exists) and, where set, holds one of
/// <paramref name="AnyRole"/> in the acting organisation, that organisation is of one of
/// <paramref name="Kinds"/>, and they hold <paramref name="Platform"/>; or, when set, they hold <paramref name="OrPlatform"/>.
/// </summary>
public sealed record TenantRequirement(
    OrganisationRoles AnyRole = OrganisationRoles.None,
    OrganisationKind[]? Kinds = null,
    PlatformRoles Platform = PlatformRoles.None,
    PlatformRoles OrPlatform = PlatformRoles.None) : IAuthorizationRequirement
{
    public bool IsMetBy(TenantContext tenant) =>
        tenant.IsAuthenticated
        && ((OrPlatform != PlatformRoles.None && tenant.PlatformRoles.HasFlag(OrPlatform))
            || ((Platform == PlatformRoles.None || tenant.PlatformRoles.HasFlag(Platform))
                && (AnyRole == OrganisationRoles.None || tenant.HasRole(AnyRole))
                && (Kinds is null || (tenant.Current is { } current && Kinds.Contains(current.Kind)))));
}

public sealed class TenantRequirementHandler(TenantContext tenant) : AuthorizationHandler<TenantRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantRequirement requirement)
    {
        if (requirement.IsMetBy(tenant))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
