namespace EduDpa.Domain.Accounts;

/// <summary>What a person may do in one organisation. One membership can hold several roles.</summary>
[Flags]
public enum OrganisationRoles
{
    None = 0,

    /// <summary>Manages the organisation's members and their roles.</summary>
    Admin = 1,

    /// <summary>Drafts and edits agreements, annexes and products.</summary>
    Editor = 2,

    /// <summary>Reviews and approves an agreement before it is signed.</summary>
    Reviewer = 4,

    /// <summary>Is authorised to sign agreements on behalf of the organisation.</summary>
    Signatory = 8,

    /// <summary>Reads everything of the organisation, changes nothing.</summary>
    Viewer = 16,

    /// <summary>Is contacted when a data breach or security incident is reported.</summary>
    IncidentContact = 32,
}

public static class OrganisationRolesExtensions
{
    public static readonly OrganisationRoles[] Each =
    [
        OrganisationRoles.Admin, OrganisationRoles.Editor, OrganisationRoles.Reviewer,
        OrganisationRoles.Signatory, OrganisationRoles.Viewer, OrganisationRoles.IncidentContact,
    ];

    public const OrganisationRoles All = OrganisationRoles.Admin | OrganisationRoles.Editor | OrganisationRoles.Reviewer
        | OrganisationRoles.Signatory | OrganisationRoles.Viewer | OrganisationRoles.IncidentContact;

    public static IEnumerable<OrganisationRoles> Split(this OrganisationRoles roles) => Each.Where(r => roles.HasFlag(r));

    public static OrganisationRoles Combine(this IEnumerable<OrganisationRoles> roles) => roles.Aggregate(OrganisationRoles.None, (all, r) => all | r);

    public static bool IsValid(this OrganisationRoles roles) => roles != OrganisationRoles.None && (roles & ~All) == 0;

    public static bool HasAny(this OrganisationRoles roles, OrganisationRoles wanted) => (roles & wanted) != 0;
}
