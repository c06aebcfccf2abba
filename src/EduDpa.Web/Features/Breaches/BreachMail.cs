using System.Globalization;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Breaches;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Breaches;

/// <summary>A step on a breach after its recording, as the other party is told about it.</summary>
public enum BreachStep
{
    Update,
    Authority,
    DataSubjects,
    Close,
}

/// <summary>
/// Every step on a breach goes at once to the other party's incident contacts (or its admins), in each one's language,
/// saved with the step: who did what when (Amsterdam time). Immediate: the digest preferences do not apply.
/// </summary>
public sealed class BreachMail(EduDpaDbContext db, PublicUrl publicUrl, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    /// <summary>New breaches, one per board for a product's breach: each board's incident contacts learn of their own only.</summary>
    public async Task EnqueueRecordedAsync(IReadOnlyList<(DataBreach Breach, ProcessingAgreement Agreement)> recorded, PartyRole actor, string actorOrganisation, CancellationToken ct)
    {
        var told = recorded.ToLookup(r => r.Agreement.OrganisationOf(actor.Other()), r => r.Breach);
        var recipients = await Recipients.WithRolesAsync(db, [.. told.Select(g => g.Key)], OrganisationRoles.IncidentContact, ct);
        var mails = recipients.SelectMany(r => told[r.OrganisationId].Select(breach =>
        {
            using var language = new CultureScope(r.Culture);
            var kind = t[$"Breach.Kind.{breach.Kind}"].Value;
            var message = new MailMessage(r.Email, t["Mail.Breach.Recorded.Subject", kind, actorOrganisation],
                t["Mail.Breach.Recorded.Body", kind, actorOrganisation, breach.Summary, When(breach.DecisionDue), publicUrl.For($"/breaches/{breach.Id}")]);
            return ($"breach:{breach.Id}:recorded:{r.UserId}", message);
        })).ToList();
        await MailOutbox.EnqueueAsync(db, mails, clock.GetUtcNow(), ct);
    }

    public Task EnqueueRecordedAsync(DataBreach breach, ProcessingAgreement agreement, PartyRole actor, string actorOrganisation, CancellationToken ct) =>
        EnqueueRecordedAsync([(breach, agreement)], actor, actorOrganisation, ct);

    /// <summary>A step just taken (the breach holds it, at its new version): one mail per recipient, keyed by the version, so each step once.</summary>
    public async Task EnqueueStepAsync(DataBreach breach, BreachStep step, PartyRole actor, Actor who, string actorOrganisation, DateTimeOffset at, CancellationToken ct)
    {
        var other = actor == PartyRole.Controller ? breach.ProcessorId : breach.BoardId;
        var recipients = await Recipients.WithRolesAsync(db, [other], OrganisationRoles.IncidentContact, ct);
        var link = publicUrl.For($"/breaches/{breach.Id}");
        var mails = recipients.Select(r =>
        {
            using var language = new CultureScope(r.Culture);
            var kind = t[$"Breach.Kind.{breach.Kind}"].Value;
            var what = t[$"Breach.Step.{step}"].Value;
            var summary = breach.Summary.Length > 80 ? breach.Summary[..79] + "…" : breach.Summary;
            var message = new MailMessage(r.Email, t["Mail.Breach.Step.Subject", kind, summary, what, actorOrganisation],
                t["Mail.Breach.Step.Body", who.Name, actorOrganisation, When(at), what, kind, breach.Summary, Details(breach, step), link]);
            return ($"breach:{breach.Id}:v{breach.Version}:{r.UserId}", message);
        }).ToList();
        await MailOutbox.EnqueueAsync(db, mails, clock.GetUtcNow(), ct);
    }

    private string Details(DataBreach breach, BreachStep step) => step switch
    {
        BreachStep.Update => breach.Updates[^1].Text,
        BreachStep.Authority when breach.Authority is { } a =>
            (a.Notified ? t["Breach.Register.Notified", When(a.NotifiedAt), a.Reference ?? ""].Value : t["Breach.Register.NotNotified", a.Reason ?? ""].Value)
            + (breach.AuthorityDecisionLate ? " " + t["Breach.Late"].Value : ""),
        BreachStep.DataSubjects when breach.DataSubjects is { } d =>
            d.Informed ? t["Breach.Register.Informed", When(d.InformedAt)].Value : t["Breach.Register.NotInformed", d.Reason ?? ""].Value,
        BreachStep.Close when breach.Closure is { } c => $"{t["Breach.Column.CorrectiveMeasures"]}: {c.CorrectiveMeasures}",
        _ => string.Empty,
    };

    /// <summary>A moment as Amsterdam's clock shows it, in the reader's notation.</summary>
    private static string When(DateTimeOffset? at) =>
        at is { } moment ? TimeZoneInfo.ConvertTime(moment, AmsterdamTime.Zone).ToString("g", CultureInfo.CurrentCulture) : "–";
}
