using EduDpa.Domain.Accounts;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Tests;

public sealed class MembershipTests
{
    private static readonly Guid Organisation = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Membership Member(OrganisationRoles roles) => Membership.Create(Guid.NewGuid(), Organisation, roles, Now);

    [Fact]
    public void A_membership_needs_at_least_one_known_role()
    {
        Assert.Equal(ValidationCodes.NoRoles, Assert.Throws<DomainRuleViolation>(() => Member(OrganisationRoles.None)).Code);
        Assert.Throws<DomainRuleViolation>(() => Member((OrganisationRoles)128));
    }

    [Fact]
    public void The_last_admin_cannot_give_up_the_admin_role()
    {
        var admin = Member(OrganisationRoles.Admin | OrganisationRoles.Editor);
        var editor = Member(OrganisationRoles.Editor);

        var refused = Assert.Throws<DomainRuleViolation>(() => admin.ChangeRoles(OrganisationRoles.Editor, [admin, editor]));

        Assert.Equal(ValidationCodes.LastAdmin, refused.Code);
        Assert.Equal(OrganisationRoles.Admin | OrganisationRoles.Editor, admin.Roles);
    }

    [Fact]
    public void An_admin_may_step_down_when_another_admin_remains()
    {
        var first = Member(OrganisationRoles.Admin);
        var second = Member(OrganisationRoles.Admin);

        first.ChangeRoles(OrganisationRoles.Viewer, [first, second]);

        Assert.Equal(OrganisationRoles.Viewer, first.Roles);
        Assert.Equal(2, first.Version);
    }

    [Fact]
    public void An_admin_of_another_organisation_does_not_count()
    {
        var admin = Member(OrganisationRoles.Admin);
        var elsewhere = Membership.Create(Guid.NewGuid(), Guid.NewGuid(), OrganisationRoles.Admin, Now);

        Assert.Throws<DomainRuleViolation>(() => admin.EnsureCanBeRemoved([admin, elsewhere]));
    }

    [Fact]
    public void Anyone_who_is_not_the_last_admin_can_be_removed()
    {
        var admin = Member(OrganisationRoles.Admin);
        var viewer = Member(OrganisationRoles.Viewer);

        viewer.EnsureCanBeRemoved([admin, viewer]);
    }

    [Fact]
    public void Granting_adds_roles_and_only_then_raises_the_version()
    {
        var member = Member(OrganisationRoles.Viewer);

        member.Grant(OrganisationRoles.Viewer);
        Assert.Equal(1, member.Version);

        member.Grant(OrganisationRoles.Signatory);
        Assert.Equal(OrganisationRoles.Viewer | OrganisationRoles.Signatory, member.Roles);
        Assert.Equal(2, member.Version);
    }

    [Fact]
    public void Roles_split_into_the_six_roles_and_combine_back()
    {
        var roles = OrganisationRoles.Admin | OrganisationRoles.IncidentContact;
        Assert.Equal([OrganisationRoles.Admin, OrganisationRoles.IncidentContact], roles.Split());
        Assert.Equal(roles, roles.Split().Combine());
        Assert.Equal(6, OrganisationRolesExtensions.All.Split().Count());
    }
}
