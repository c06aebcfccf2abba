using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Breaches;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Breaches;

/// <summary>
/// Records a breach and each later step, for the pages and the API alike: finds it (only the parties' own),
/// checks the person's role, lets the domain guard the step and saves it, announcing a new breach to the other
/// party in the same save.
/// </summary>
public sealed class BreachWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, BreachMail mail)
{
    /// <summary>Who may record and handle breaches: the organisation's admins, editors and incident contacts.</summary>
    public const OrganisationRoles Handlers = OrganisationRoles.Admin | OrganisationRoles.Editor | OrganisationRoles.IncidentContact;

    public const string RoleField = "Role";

    private Actor Me => new(tenant.UserId!.Value, tenant.UserName ?? string.Empty);

    public async Task<WriteResult<DataBreach>> RecordAsync(RecordBreachRequest request, CancellationToken ct)
    {
        if (request.AgreementId is not { } agreementId)
        {
            return WriteResult<DataBreach>.Invalid(ValidationErrors.For("AgreementId", ValidationCodes.Required));
        }
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null)
        {
            return WriteResult<DataBreach>.NotFound();
        }
        if (!tenant.HasRole(Handlers))
        {
            return Forbidden();
        }
        var role = agreement.RoleOf(tenant.CurrentOrganisationId!.Value)!.Value;
        try
        {
            var breach = DataBreach.Record(agreement, role, Me, request.ToFacts(), clock.GetUtcNow());
            db.Breaches.Add(breach);
            await mail.EnqueueRecordedAsync(breach, agreement, role, tenant.Current!.Name, ct);
            await db.SaveChangesAsync(ct);
            return WriteResult<DataBreach>.Saved(breach);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<DataBreach>.Invalid(rule.ToErrors());
        }
    }

    /// <summary>
    /// The processor records one breach for one of its products: one breach per signed agreement covering it, sharing an
    /// incident id, each board's incident contacts mailed at once. Only the processor's own products are found.
    /// </summary>
    public async Task<WriteResult<IReadOnlyList<DataBreach>>> RecordForProductAsync(Guid productId, RecordBreachRequest request, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null)
        {
            return WriteResult<IReadOnlyList<DataBreach>>.NotFound();
        }
        if (!tenant.HasRole(Handlers))
        {
            return WriteResult<IReadOnlyList<DataBreach>>.Forbidden(ValidationErrors.For(RoleField, AgreementCodes.MissingRole));
        }
        var agreements = await SignedCoveringAsync(productId, ct);
        try
        {
            var breaches = DataBreach.RecordForProduct(product.Id, agreements, Me, request.ToFacts(), clock.GetUtcNow());
            db.Breaches.AddRange(breaches);
            var byId = agreements.ToDictionary(a => a.Id);
            await mail.EnqueueRecordedAsync([.. breaches.Select(b => (b, byId[b.AgreementId]))], PartyRole.Processor, tenant.Current!.Name, ct);
            await db.SaveChangesAsync(ct);
            return WriteResult<IReadOnlyList<DataBreach>>.Saved(breaches);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<IReadOnlyList<DataBreach>>.Invalid(rule.ToErrors());
        }
    }

    /// <summary>The acting processor's agreements that a breach of the product falls under (signed by both, or terminating).</summary>
    public async Task<List<ProcessingAgreement>> SignedCoveringAsync(Guid productId, CancellationToken ct)
    {
        var me = tenant.CurrentOrganisationId;
        return await db.Agreements
            .Where(a => a.ProcessorId == me && a.ProductIds.Contains(productId) && (a.State == AgreementState.SignedByBoth || a.State == AgreementState.Terminating))
            .ToListAsync(ct);
    }

    public Task<WriteResult<DataBreach>> AddUpdateAsync(Guid id, BreachUpdateRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, BreachStep.Update, (b, role, now) => b.AddUpdate(role, r.Text, Me, now), ct);

    public Task<WriteResult<DataBreach>> DecideAuthorityAsync(Guid id, AuthorityDecisionRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, BreachStep.Authority, (b, role, now) => b.DecideAuthority(role, r.Notified, r.NotifiedAt, r.Reference, r.Reason, Me, now), ct);

    public Task<WriteResult<DataBreach>> DecideDataSubjectsAsync(Guid id, DataSubjectsDecisionRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, BreachStep.DataSubjects, (b, role, now) => b.DecideDataSubjects(role, r.Informed, r.InformedAt, r.Reason, Me, now), ct);

    public Task<WriteResult<DataBreach>> CloseAsync(Guid id, CloseBreachRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, BreachStep.Close, (b, role, now) => b.Close(role, r.CorrectiveMeasures, Me, now), ct);

    /// <summary>Takes the step and tells the other party in the same save.</summary>
    private async Task<WriteResult<DataBreach>> StepAsync(Guid id, int? version, BreachStep step, Action<DataBreach, PartyRole, DateTimeOffset> change, CancellationToken ct)
    {
        var breach = await db.Breaches.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (breach is null)
        {
            return WriteResult<DataBreach>.NotFound();
        }
        if (!tenant.HasRole(Handlers))
        {
            return Forbidden();
        }
        if (version is null)
        {
            return WriteResult<DataBreach>.Invalid(ValidationErrors.For("Version", ValidationCodes.Required));
        }
        if (breach.Version != version)
        {
            return WriteResult<DataBreach>.Stale(breach);
        }
        var role = breach.BoardId == tenant.CurrentOrganisationId ? PartyRole.Controller : PartyRole.Processor;
        try
        {
            var now = clock.GetUtcNow();
            change(breach, role, now);
            await mail.EnqueueStepAsync(breach, step, role, Me, tenant.Current!.Name, now, ct);
            await db.SaveChangesAsync(ct);
            return WriteResult<DataBreach>.Saved(breach);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<DataBreach>.Invalid(rule.ToErrors());
        }
        catch (DbUpdateException saved) when (saved is DbUpdateConcurrencyException || UniqueViolation.Is(saved))
        {
            // Someone took a step first: the version column, or the step's mail key of that same version, refused this one.
            db.ChangeTracker.Clear();
            var current = await db.Breaches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
            return current is null ? WriteResult<DataBreach>.NotFound() : WriteResult<DataBreach>.Stale(current);
        }
    }

    private static WriteResult<DataBreach> Forbidden() => WriteResult<DataBreach>.Forbidden(ValidationErrors.For(RoleField, AgreementCodes.MissingRole));
}
