using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Requests;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Requests;

public sealed record ForwardInput(string? Type, DateTimeOffset? ReceivedAt, string? Description, string? SubjectGroup);

public sealed record ExtendInput(int? Version, string? Reason);

public sealed record OutcomeInput(int? Version, string? Outcome, string? Explanation, DateTimeOffset? AnsweredAt);

public sealed record AssistanceInput(int? Version, string? Question);

public sealed record AssistanceAnswerInput(int? Version, string? Answer);

/// <summary>
/// The steps on a request, for the pages and the API alike: load it (only the parties find it), check the
/// editor or admin role, let the domain guard the step, put the e-mail in the outbox and save it all at once.
/// A version sent along must be the one stored (409 otherwise); the version column catches a race.
/// </summary>
public sealed class RequestWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, RequestMail mail)
{
    public const string RoleField = "Role";

    /// <summary>Who acts on requests: the organisation's editors and its admins.</summary>
    public const OrganisationRoles Actors = OrganisationRoles.Editor | OrganisationRoles.Admin;

    private Actor Me => new(tenant.UserId!.Value, tenant.UserName ?? string.Empty);

    public async Task<WriteResult<DataSubjectRequest>> ForwardAsync(Guid agreementId, ForwardInput input, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null)
        {
            return WriteResult<DataSubjectRequest>.NotFound();
        }
        if (!tenant.HasRole(Actors))
        {
            return WriteResult<DataSubjectRequest>.Forbidden(ValidationErrors.For(RoleField, AgreementCodes.MissingRole));
        }
        try
        {
            var request = DataSubjectRequest.Forward(agreement, agreement.RoleOf(tenant.CurrentOrganisationId!.Value)!.Value,
                input.Type, input.ReceivedAt, input.Description, input.SubjectGroup, Me, clock.GetUtcNow());
            db.DataSubjectRequests.Add(request);
            await mail.ForwardedAsync(request, tenant.Current!.Name, ct);
            await db.SaveChangesAsync(ct);
            return WriteResult<DataSubjectRequest>.Saved(request);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<DataSubjectRequest>.Invalid(rule.ToErrors());
        }
    }

    public Task<WriteResult<DataSubjectRequest>> ExtendAsync(Guid id, ExtendInput input, CancellationToken ct) =>
        StepAsync(id, input.Version, (r, role, now) => r.Extend(role, input.Reason, Me, now), null, ct);

    public Task<WriteResult<DataSubjectRequest>> RecordOutcomeAsync(Guid id, OutcomeInput input, CancellationToken ct) =>
        StepAsync(id, input.Version, (r, role, now) => r.RecordOutcome(role, input.Outcome, input.Explanation, input.AnsweredAt, Me, now), null, ct);

    public Task<WriteResult<DataSubjectRequest>> AskAssistanceAsync(Guid id, AssistanceInput input, CancellationToken ct) =>
        StepAsync(id, input.Version, (r, role, now) => r.AskAssistance(role, input.Question, Me, now), r => mail.AssistanceAsync(r, tenant.Current!.Name, ct), ct);

    public Task<WriteResult<DataSubjectRequest>> AnswerAssistanceAsync(Guid id, AssistanceAnswerInput input, CancellationToken ct) =>
        StepAsync(id, input.Version, (r, role, now) => r.AnswerAssistance(role, input.Answer, Me, now), null, ct);

    private async Task<WriteResult<DataSubjectRequest>> StepAsync(
        Guid id, int? version, Action<DataSubjectRequest, PartyRole, DateTimeOffset> change, Func<DataSubjectRequest, Task>? announce, CancellationToken ct)
    {
        var request = await db.DataSubjectRequests.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return WriteResult<DataSubjectRequest>.NotFound();
        }
        if (!tenant.HasRole(Actors))
        {
            return WriteResult<DataSubjectRequest>.Forbidden(ValidationErrors.For(RoleField, AgreementCodes.MissingRole));
        }
        if (version is { } read && read != request.Version)
        {
            return WriteResult<DataSubjectRequest>.Stale(request);
        }
        var role = request.BoardId == tenant.CurrentOrganisationId ? PartyRole.Controller : PartyRole.Processor;
        try
        {
            change(request, role, clock.GetUtcNow());
            if (announce is not null)
            {
                await announce(request);
            }
            await db.SaveChangesAsync(ct);
            return WriteResult<DataSubjectRequest>.Saved(request);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<DataSubjectRequest>.Invalid(rule.ToErrors());
        }
        catch (DbUpdateException saved) when (saved is DbUpdateConcurrencyException || UniqueViolation.Is(saved))
        {
            db.ChangeTracker.Clear();
            var current = await db.DataSubjectRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
            return current is null ? WriteResult<DataSubjectRequest>.NotFound() : WriteResult<DataSubjectRequest>.Stale(current);
        }
    }
}
