using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Audits;
using EduDpa.Domain.Common;
using EduDpa.Domain.Files;
using EduDpa.Web.Features.Certificates;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Audits;

public sealed record RequestAuditInput(string? Scope, string? Auditor, DateOnly? PlannedFrom, DateOnly? PlannedTo, string? Reason)
{
    public AuditProposal ToProposal() => new(Scope, Auditor, PlannedFrom, PlannedTo, Reason);
}

public sealed record ReviseAuditInput(int? Version, string? Scope, string? Auditor, DateOnly? PlannedFrom, DateOnly? PlannedTo, string? Reason)
{
    public AuditProposal ToProposal() => new(Scope, Auditor, PlannedFrom, PlannedTo, Reason);
}

public sealed record ApproveAuditInput(int? Version, string? Note);

public sealed record RejectAuditInput(int? Version, string? Reason);

public sealed record CostsInput(int? Version, string? Bearer, string? Arrangement);

public sealed record AgreeCostsInput(int? Version);

public sealed record CloseAuditInput(int? Version, string? ClosingNote);

/// <summary>
/// The steps on an audit, for the pages and the API alike: find it (only its two parties do), check the editor role, let the
/// domain guard the step (which party, which state), e-mail the other party and save it all at once. A version sent along
/// must be the one stored (409 otherwise); the version column catches a race.
/// </summary>
public sealed class AuditWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, AuditMail mail, Uploads uploads)
{
    public const string RoleField = "Role";

    private Actor Me => new(tenant.UserId!.Value, tenant.UserName ?? string.Empty);

    public async Task<WriteResult<AuditRequest>> RequestAsync(Guid agreementId, RequestAuditInput input, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null)
        {
            return WriteResult<AuditRequest>.NotFound();
        }
        if (!tenant.HasRole(OrganisationRoles.Editor))
        {
            return Forbidden();
        }
        try
        {
            var role = agreement.RoleOf(tenant.CurrentOrganisationId!.Value)!.Value;
            var audit = AuditRequest.Request(agreement, role, input.ToProposal(), Me, clock.GetUtcNow());
            db.AuditRequests.Add(audit);
            await mail.EnqueueAsync(audit, role, tenant.Current!.Name, ct);
            await db.SaveChangesAsync(ct);
            return WriteResult<AuditRequest>.Saved(audit);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<AuditRequest>.Invalid(rule.ToErrors());
        }
    }

    public Task<WriteResult<AuditRequest>> ReviseAsync(Guid id, ReviseAuditInput input, CancellationToken ct) =>
        StepAsync(id, input.Version, (a, role, now) => a.Revise(role, input.ToProposal(), Me, now), ct);

    public Task<WriteResult<AuditRequest>> ApproveAsync(Guid id, ApproveAuditInput input, CancellationToken ct) =>
        StepAsync(id, input.Version, (a, role, now) => a.Approve(role, input.Note, Me, now), ct);

    public Task<WriteResult<AuditRequest>> RejectAsync(Guid id, RejectAuditInput input, CancellationToken ct) =>
        StepAsync(id, input.Version, (a, role, now) => a.Reject(role, input.Reason, Me, now), ct);

    public Task<WriteResult<AuditRequest>> ProposeCostsAsync(Guid id, CostsInput input, CancellationToken ct) =>
        StepAsync(id, input.Version, (a, role, now) => a.ProposeCosts(role, input.Bearer, input.Arrangement, Me, now), ct);

    public Task<WriteResult<AuditRequest>> AgreeCostsAsync(Guid id, AgreeCostsInput input, CancellationToken ct) =>
        StepAsync(id, input.Version, (a, role, now) => a.AgreeCosts(role, Me, now), ct);

    public Task<WriteResult<AuditRequest>> CloseAsync(Guid id, CloseAuditInput input, CancellationToken ct) =>
        StepAsync(id, input.Version, (a, role, now) => a.Close(role, input.ClosingNote, Me, now), ct);

    public Task<WriteResult<AuditRequest>> UploadReportAsync(Guid id, int? version, string? summary, bool majorFindings, FileUpload? file, CancellationToken ct) =>
        StepAsync(id, version, (a, role, now) => db.StoredDocuments.Add(a.UploadReport(role, summary, majorFindings, file, uploads.MaxBytes, Me, now)), ct);

    /// <summary>Whether the acting organisation may take a step on the audit at all: NotFound outside its two parties, Forbidden without the editor role.</summary>
    public async Task<WriteOutcome?> RefusalAsync(Guid id, CancellationToken ct)
    {
        if (!await db.AuditRequests.AnyAsync(a => a.Id == id, ct))
        {
            return WriteOutcome.NotFound;
        }
        return tenant.HasRole(OrganisationRoles.Editor) ? null : WriteOutcome.Forbidden;
    }

    private async Task<WriteResult<AuditRequest>> StepAsync(Guid id, int? version, Action<AuditRequest, PartyRole, DateTimeOffset> change, CancellationToken ct)
    {
        var audit = await db.AuditRequests.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (audit is null)
        {
            return WriteResult<AuditRequest>.NotFound();
        }
        if (!tenant.HasRole(OrganisationRoles.Editor))
        {
            return Forbidden();
        }
        if (version is null)
        {
            return WriteResult<AuditRequest>.Invalid(ValidationErrors.For("Version", ValidationCodes.Required));
        }
        if (version != audit.Version)
        {
            return WriteResult<AuditRequest>.Stale(audit);
        }
        var role = audit.BoardId == tenant.CurrentOrganisationId ? PartyRole.Controller : PartyRole.Processor;
        try
        {
            change(audit, role, clock.GetUtcNow());
            await mail.EnqueueAsync(audit, role, tenant.Current!.Name, ct);
            await db.SaveChangesAsync(ct);
            return WriteResult<AuditRequest>.Saved(audit);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<AuditRequest>.Invalid(rule.ToErrors());
        }
        catch (DbUpdateException saved) when (saved is DbUpdateConcurrencyException || UniqueViolation.Is(saved))
        {
            db.ChangeTracker.Clear();
            var current = await db.AuditRequests.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
            return current is null ? WriteResult<AuditRequest>.NotFound() : WriteResult<AuditRequest>.Stale(current);
        }
    }

    private static WriteResult<AuditRequest> Forbidden() => WriteResult<AuditRequest>.Forbidden(ValidationErrors.For(RoleField, AgreementCodes.MissingRole));
}
