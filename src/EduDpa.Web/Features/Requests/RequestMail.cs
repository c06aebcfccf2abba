using EduDpa.Domain.Accounts;
using EduDpa.Domain.Requests;
using EduDpa.Web.Infrastructure;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Email;
using EduDpa.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Requests;

/// <summary>
/// E-mails about a request, put in the outbox with the step itself, in each recipient's language: a forwarded
/// request to the board's editors and reviewers, a question for assistance to the supplier's editors.
/// </summary>
public sealed class RequestMail(EduDpaDbContext db, PublicUrl publicUrl, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public Task ForwardedAsync(DataSubjectRequest request, string supplier, CancellationToken ct) =>
        EnqueueAsync(request, request.BoardId, OrganisationRoles.Editor | OrganisationRoles.Reviewer, "Forwarded", $"request:{request.Id}:forwarded", supplier, ct);

    public Task AssistanceAsync(DataSubjectRequest request, string board, CancellationToken ct) =>
        EnqueueAsync(request, request.ProcessorId, OrganisationRoles.Editor, "Assistance", $"request:{request.Id}:assistance:{request.Assistance.Count}", board, ct);

    private async Task EnqueueAsync(DataSubjectRequest request, Guid organisationId, OrganisationRoles roles, string step, string key, string actorOrganisation, CancellationToken ct)
    {
        var recipients = await Recipients.WithRolesAsync(db, [organisationId], roles, ct);
        var link = publicUrl.For($"/requests/{request.Id}");
        var mails = recipients.Select(r =>
        {
            using var language = new CultureScope(r.Culture);
            var type = t[$"RequestType.{request.Type}"].Value;
            var due = RequestText.Due(request.DueAt);
            var message = new MailMessage(r.Email, t[$"Mail.Request.{step}.Subject", actorOrganisation, type], t[$"Mail.Request.{step}.Body", actorOrganisation, type, due, link]);
            return ($"{key}:{r.UserId}", message);
        }).ToList();
        await MailOutbox.EnqueueAsync(db, mails, clock.GetUtcNow(), ct);
    }
}
