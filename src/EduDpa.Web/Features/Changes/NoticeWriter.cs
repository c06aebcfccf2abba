using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Changes;

/// <summary>
/// The steps on one agreement's notice, for the pages and the API alike: finds it (only the two parties'),
/// checks the person's role, lets the domain guard the step, saves it and tells the other party in the same save.
/// Recording that the parties end the agreement records the end on the agreement too.
/// </summary>
public sealed class NoticeWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, NoticeMails mails)
{
    /// <summary>Who may answer or settle a notice: the organisation's admins, editors and (for a board) reviewers.</summary>
    public const OrganisationRoles Handlers = OrganisationRoles.Admin | OrganisationRoles.Editor | OrganisationRoles.Reviewer;

    private Actor Me => new(tenant.UserId!.Value, tenant.UserName ?? string.Empty);

    public Task<WriteResult<ChangeNotice>> ReactAsync(Guid changeId, Guid agreementId, NoticeReactionRequest r, CancellationToken ct) =>
        StepAsync(changeId, agreementId, r.Version, (notice, role, now) =>
        {
            if (r.Accepted is null)
            {
                throw new DomainRuleViolation("Accepted", ValidationCodes.Required);
            }
            if (r.Accepted.Value)
            {
                notice.Accept(role, Me, now);
            }
            else
            {
                notice.RaiseObjection(role, r.Reason, Me, now);
            }
            return Task.FromResult(r.Accepted.Value ? "Accepted" : "Objected");
        }, ct);

    public Task<WriteResult<ChangeNotice>> WithdrawAsync(Guid changeId, Guid agreementId, NoticeWithdrawalRequest r, CancellationToken ct) =>
        StepAsync(changeId, agreementId, r.Version, (notice, role, now) =>
        {
            notice.Withdraw(role, r.Reason, Me, now);
            return Task.FromResult("Withdrawn");
        }, ct);

    public Task<WriteResult<ChangeNotice>> RecordOutcomeAsync(Guid changeId, Guid agreementId, ConsultationOutcomeRequest r, CancellationToken ct) =>
        StepAsync(changeId, agreementId, r.Version, async (notice, role, now) =>
        {
            notice.RecordOutcome(role, r.Outcome, r.Note, r.EndDate, Me, now);
            if (notice.Outcome!.Kind == ConsultationOutcomeKind.Terminated)
            {
                var agreement = await db.Agreements.FirstAsync(a => a.Id == notice.AgreementId, ct);
                if (agreement.State == AgreementState.SignedByBoth)
                {
                    agreement.RecordEnd(role, r.EndDate, notice.Outcome.Note, Me, now);
                }
            }
            return "Outcome";
        }, ct);

    private async Task<WriteResult<ChangeNotice>> StepAsync(Guid changeId, Guid agreementId, int? version, Func<ChangeNotice, PartyRole, DateTimeOffset, Task<string>> step, CancellationToken ct)
    {
        var notice = await db.ChangeNotices.FirstOrDefaultAsync(n => n.ChangeId == changeId && n.AgreementId == agreementId, ct);
        if (notice is null)
        {
            return WriteResult<ChangeNotice>.NotFound();
        }
        if (!tenant.HasRole(Handlers))
        {
            return WriteResult<ChangeNotice>.Forbidden(ValidationErrors.For("Role", AgreementCodes.MissingRole));
        }
        if (version is null)
        {
            return WriteResult<ChangeNotice>.Invalid(ValidationErrors.For("Version", ValidationCodes.Required));
        }
        if (notice.Version != version)
        {
            return WriteResult<ChangeNotice>.Stale(notice);
        }
        var role = notice.BoardId == tenant.CurrentOrganisationId ? PartyRole.Controller : PartyRole.Processor;
        try
        {
            var what = await step(notice, role, clock.GetUtcNow());
            var change = await db.AnnexChanges.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking().FirstAsync(c => c.Id == changeId, ct);
            await mails.StepAsync(notice, change, what, toSupplier: role == PartyRole.Controller, tenant.Current!.Name, ct);
            await db.SaveChangesAsync(ct);
            return WriteResult<ChangeNotice>.Saved(notice);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<ChangeNotice>.Invalid(rule.ToErrors());
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ChangeNotices.AsNoTracking().FirstOrDefaultAsync(n => n.ChangeId == changeId && n.AgreementId == agreementId, ct);
            return current is null ? WriteResult<ChangeNotice>.NotFound() : WriteResult<ChangeNotice>.Stale(current);
        }
    }
}
