using EduDpa.Domain.Accounts;
using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;

namespace EduDpa.Domain.Tests;

public sealed class InvitationAndTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static Invitation Invite() =>
        Invitation.Create(Guid.NewGuid(), EmailAddress.Parse("nieuw@school.example"), OrganisationRoles.Editor, "hash", Guid.NewGuid(), Now);

    [Fact]
    public void An_invitation_is_open_for_fourteen_days()
    {
        var invitation = Invite();

        Assert.Equal(InvitationState.Open, invitation.StateAt(Now.AddDays(14).AddTicks(-1)));
        Assert.Equal(InvitationState.Expired, invitation.StateAt(Now.AddDays(14)));
    }

    [Fact]
    public void An_invitation_is_accepted_once()
    {
        var invitation = Invite();
        var person = Guid.NewGuid();

        invitation.Accept(person, Now.AddHours(1));

        Assert.Equal(InvitationState.Accepted, invitation.StateAt(Now.AddHours(2)));
        Assert.Equal(person, invitation.AcceptedByUserId);
        Assert.Equal(InvitationState.Accepted, Assert.Throws<InvitationNotOpenException>(() => invitation.Accept(Guid.NewGuid(), Now.AddHours(2))).State);
    }

    [Fact]
    public void An_expired_or_revoked_invitation_cannot_be_accepted()
    {
        var expired = Invite();
        Assert.Equal(InvitationState.Expired, Assert.Throws<InvitationNotOpenException>(() => expired.Accept(Guid.NewGuid(), Now.AddDays(15))).State);

        var revoked = Invite();
        revoked.Revoke(Now);
        Assert.Equal(InvitationState.Revoked, Assert.Throws<InvitationNotOpenException>(() => revoked.Accept(Guid.NewGuid(), Now)).State);
    }

    [Fact]
    public void An_invitation_without_roles_is_refused() =>
        Assert.Throws<DomainRuleViolation>(() =>
            Invitation.Create(Guid.NewGuid(), EmailAddress.Parse("a@b.example"), OrganisationRoles.None, "hash", Guid.NewGuid(), Now));

    [Fact]
    public void A_token_works_until_it_expires_or_is_revoked()
    {
        var token = AccessToken.Create(Guid.NewGuid(), Guid.NewGuid(), "koppeling", "edudpa_abcde", "hash", Now, Now.AddDays(30));

        Assert.True(token.IsActiveAt(Now.AddDays(30).AddTicks(-1)));
        Assert.False(token.IsActiveAt(Now.AddDays(30)));

        token.Revoke(Now.AddDays(1));
        Assert.False(token.IsActiveAt(Now.AddDays(2)));
    }

    [Fact]
    public void A_token_needs_a_name_and_an_expiry_after_its_creation()
    {
        Assert.Equal("Name", Assert.Throws<DomainRuleViolation>(() => AccessToken.Create(Guid.NewGuid(), Guid.NewGuid(), " ", "p", "h", Now, null)).Field);
        Assert.Equal("ExpiresAt", Assert.Throws<DomainRuleViolation>(() => AccessToken.Create(Guid.NewGuid(), Guid.NewGuid(), "x", "p", "h", Now, Now)).Field);
    }

    [Fact]
    public void Token_use_is_recorded_at_most_once_an_hour()
    {
        var token = AccessToken.Create(Guid.NewGuid(), Guid.NewGuid(), "koppeling", "p", "h", Now, null);

        Assert.True(token.RecordUse(Now));
        Assert.False(token.RecordUse(Now.AddMinutes(59)));
        Assert.True(token.RecordUse(Now.AddHours(1)));
        Assert.Equal(Now.AddHours(1), token.LastUsedAt);
    }
}
