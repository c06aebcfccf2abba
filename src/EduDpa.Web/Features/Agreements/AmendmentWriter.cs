using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Organisations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Agreements;

public sealed record ProposalRequest(string? ClauseId, AmendmentKind? Kind, string? NewText, string? Reason);

public sealed record RevisionRequest(string? NewText, string? Reason, int? Version);

public sealed record DecisionRequest(string? Comment, int? Version);

/// <summary>
/// Negotiating Bijlage 3 for the acting organisation: propose, revise and withdraw its own amendments;
/// accept or reject the other party's. Only the parties find the agreement and its amendments.
/// </summary>
public sealed class AmendmentWriter(EduDpaDbContext db, TenantContext tenant, Counterparties directory, TimeProvider clock)
{
    public async Task<WriteResult<Amendment>> ProposeAsync(Guid agreementId, ProposalRequest request, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null)
        {
            return WriteResult<Amendment>.NotFound();
        }
        var processor = (await directory.FindAsync(agreement.ProcessorId, cancellationToken))!;
        var existing = await db.Amendments.Where(a => a.AgreementId == agreementId).ToListAsync(cancellationToken);
        return await SaveAsync(() =>
        {
            var amendment = Amendment.Propose(agreement, RoleIn(agreement), request.ClauseId, request.Kind ?? AmendmentKind.Change, request.NewText, request.Reason,
                processor.Kind == OrganisationKind.Distributor, existing, tenant.UserId!.Value, tenant.UserName!, clock.GetUtcNow());
            db.Amendments.Add(amendment);
            return amendment;
        }, cancellationToken);
    }

    public Task<WriteResult<Amendment>> ReviseAsync(Guid agreementId, Guid amendmentId, RevisionRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(agreementId, amendmentId, request.Version, (amendment, role, _) =>
            amendment.Revise(role, request.NewText, request.Reason, tenant.UserId!.Value, tenant.UserName!, clock.GetUtcNow()), cancellationToken);

    public Task<WriteResult<Amendment>> AcceptAsync(Guid agreementId, Guid amendmentId, DecisionRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(agreementId, amendmentId, request.Version, (amendment, role, all) =>
            amendment.Accept(role, request.Comment, all, tenant.UserId!.Value, tenant.UserName!, clock.GetUtcNow()), cancellationToken);

    public Task<WriteResult<Amendment>> RejectAsync(Guid agreementId, Guid amendmentId, DecisionRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(agreementId, amendmentId, request.Version, (amendment, role, _) =>
            amendment.Reject(role, request.Comment, tenant.UserId!.Value, tenant.UserName!, clock.GetUtcNow()), cancellationToken);

    public Task<WriteResult<Amendment>> WithdrawAsync(Guid agreementId, Guid amendmentId, DecisionRequest request, CancellationToken cancellationToken) =>
        ChangeAsync(agreementId, amendmentId, request.Version, (amendment, role, _) =>
            amendment.Withdraw(role, tenant.UserId!.Value, tenant.UserName!, clock.GetUtcNow()), cancellationToken);

    private async Task<WriteResult<Amendment>> ChangeAsync(Guid agreementId, Guid amendmentId, int? version,
        Action<Amendment, PartyRole, IReadOnlyList<Amendment>> change, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        var all = await db.Amendments.Where(a => a.AgreementId == agreementId).ToListAsync(cancellationToken);
        var amendment = all.FirstOrDefault(a => a.Id == amendmentId);
        if (agreement is null || amendment is null)
        {
            return WriteResult<Amendment>.NotFound();
        }
        if (version is null)
        {
            return WriteResult<Amendment>.Invalid(ValidationErrors.For("Version", ValidationCodes.Required));
        }
        if (amendment.Version != version)
        {
            return WriteResult<Amendment>.Stale(amendment);
        }
        return await SaveAsync(() =>
        {
            agreement.EnsureDraft();
            change(amendment, RoleIn(agreement), all);
            return amendment;
        }, cancellationToken);
    }

    private async Task<WriteResult<Amendment>> SaveAsync(Func<Amendment> act, CancellationToken cancellationToken)
    {
        Amendment amendment;
        try
        {
            amendment = act();
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<Amendment>.Invalid(rule.ToErrors());
        }
        catch (AmendmentInputException input)
        {
            return WriteResult<Amendment>.Invalid(input.Errors);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult<Amendment>.Saved(amendment);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Amendments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == amendment.Id, cancellationToken);
            return current is null ? WriteResult<Amendment>.NotFound() : WriteResult<Amendment>.Stale(current);
        }
    }

    private PartyRole RoleIn(ProcessingAgreement agreement) => agreement.RoleOf(tenant.CurrentOrganisationId!.Value)!.Value;
}
