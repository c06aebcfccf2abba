using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Breaches;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Breaches;

/// <summary>A recorded breach goes at once to the other party's incident contacts (or its admins), in each one's language, saved with the breach.</summary>
public sealed class BreachMail(EduDpaDbContext db, PublicUrl publicUrl, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public async Task EnqueueRecordedAsync(DataBreach breach, ProcessingAgreement agreement, PartyRole actor, string actorOrganisation, CancellationToken ct)
    {
        var recipients = await Recipients.WithRolesAsync(db, [agreement.OrganisationOf(actor.Other())], OrganisationRoles.IncidentContact, ct);
        var link = publicUrl.For($"/breaches/{breach.Id}");
        var mails = recipients.Select(r =>
        {
            using var language = new CultureScope(r.Culture);
            var kind = t[$"Breach.Kind.{breach.Kind}"].Value;
            var due = breach.DecisionDue.ToString("g", System.Globalization.CultureInfo.CurrentCulture);
            var message = new MailMessage(r.Email, t["Mail.Breach.Recorded.Subject", kind, actorOrganisation],
                t["Mail.Breach.Recorded.Body", kind, actorOrganisation, breach.Summary, due, link]);
            return ($"breach:{breach.Id}:recorded:{r.UserId}", message);
        }).ToList();
        await MailOutbox.EnqueueAsync(db, mails, clock.GetUtcNow(), ct);
    }
}
