using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Agreements.Signing;

/// <summary>A step in an agreement's life that the other party hears of by e-mail.</summary>
public enum AgreementStep
{
    Offered,
    Approved,
    ReturnedToDraft,
    Declined,
    Withdrawn,
    SignedByOne,
    SignedByBoth,
    EndRecorded,
    DestructionConfirmed,
    Closed,
}

/// <summary>
/// Puts the e-mails for a step in the outbox, saved with the step itself: to the party that has to act next,
/// in each recipient's language. The key includes the agreement's version, so a step is announced once.
/// </summary>
public sealed class AgreementMail(EduDpaDbContext db, PublicUrl publicUrl, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public async Task EnqueueAsync(ProcessingAgreement agreement, AgreementStep step, PartyRole actor, string actorOrganisation, string products, CancellationToken cancellationToken)
    {
        var (party, roles) = step switch
        {
            AgreementStep.Offered or AgreementStep.Withdrawn => (PartyRole.Controller, OrganisationRoles.Reviewer),
            AgreementStep.Approved => (PartyRole.Controller, OrganisationRoles.Signatory),
            AgreementStep.SignedByOne => (actor.Other(), OrganisationRoles.Signatory),
            AgreementStep.DestructionConfirmed => (PartyRole.Controller, OrganisationRoles.Editor | OrganisationRoles.Reviewer),
            _ => (actor.Other(), OrganisationRoles.Editor | OrganisationRoles.Signatory),
        };
        var recipients = await Recipients.WithRolesAsync(db, [agreement.OrganisationOf(party)], roles, cancellationToken);
        var link = publicUrl.For($"/agreements/{agreement.Id}");
        var mails = recipients.Select(r =>
        {
            using var language = new CultureScope(r.Culture);
            var message = new MailMessage(r.Email, t[$"Mail.Agreement.{step}.Subject", actorOrganisation, products], t[$"Mail.Agreement.{step}.Body", actorOrganisation, products, link]);
            return ($"agreement:{agreement.Id}:{agreement.Version}:{step}:{r.UserId}", message);
        }).ToList();
        await MailOutbox.EnqueueAsync(db, mails, clock.GetUtcNow(), cancellationToken);
    }
}
