using EduDpa.Domain.Accounts;

namespace EduDpa.Web.Features.Members;

/// <summary>Roles as a form sends them: one checkbox per role, each posting its name.</summary>
public static class RoleChoice
{
    public static OrganisationRoles Parse(IEnumerable<string>? names) =>
        (names ?? []).Select(n => Enum.TryParse<OrganisationRoles>(n, out var role) && OrganisationRolesExtensions.Each.Contains(role) ? role : OrganisationRoles.None).Combine();

    public static string[] Names(OrganisationRoles roles) => [.. roles.Split().Select(r => r.ToString())];
}
