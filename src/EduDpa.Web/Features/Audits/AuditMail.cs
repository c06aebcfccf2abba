using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Audits;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Audits;

/// <summary>Each step on an audit is e-mailed to the other party's editors (or its admins), in each one's language, saved with the step.</summary>
public sealed class AuditMail(EduDpaDbContext db, PublicUrl publicUrl, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public const OrganisationRoles Recipients = OrganisationRoles.Editor | OrganisationRoles.Admin;

    public async Task EnqueueAsync(AuditRequest audit, PartyRole actor, string actorOrganisation, CancellationToken ct)
    {
        var step = audit.History[^1];
        var other = actor == PartyRole.Controller ? audit.ProcessorId : audit.BoardId;
        var people = await Infrastructure.Email.Recipients.WithRolesAsync(db, [other], Recipients, ct);
        var link = publicUrl.For($"/audits/{audit.Id}");
        var mails = people.Select(person =>
        {
            using var language = new CultureScope(person.Culture);
            var message = new MailMessage(person.Email, t[$"Mail.Audit.{step.Kind}.Subject", actorOrganisation],
                t["Mail.Audit.Body", t[$"Mail.Audit.{step.Kind}.Step", actorOrganisation].Value, audit.Scope, audit.Auditor, step.Text ?? "–", link]);
            // The number of the step makes the key unique per step, also when a kind of step repeats (a revision, a new cost proposal).
            return ($"audit:{audit.Id}:{step.Kind}:{audit.History.Count}:{person.UserId}", message);
        }).ToList();
        await MailOutbox.EnqueueAsync(db, mails, clock.GetUtcNow(), ct);
    }
}
