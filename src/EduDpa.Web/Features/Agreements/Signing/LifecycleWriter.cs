using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Agreements.Signing;

/// <summary>What a signatory gives when signing: the name and function that stand under the agreement.</summary>
public sealed record SignRequest(int? Version, string? Name, string? Function);

public sealed record StepRequest(int? Version, string? Reason = null);

public sealed record EndRequest(int? Version, DateOnly? EndDate, string? Reason);

public sealed record DestructionRequest(int? Version, bool Returned, bool Destroyed, DateOnly? Date, string? PerformedBy, bool SubProcessorsConfirmed, string? Remarks);

/// <summary>
/// The steps of an agreement after drafting, for the page and the API alike: each loads the agreement from
/// the version the person read, checks their role in their organisation, lets the domain guard the step,
/// announces it to the other party and saves it all at once.
/// </summary>
public sealed class LifecycleWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, AgreementReader reader, AgreementMail mail)
{
    private Actor Me => new(tenant.UserId!.Value, tenant.UserName ?? string.Empty);

    public Task<WriteResult<ProcessingAgreement>> OfferAsync(Guid id, StepRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, OrganisationRoles.Editor, AgreementStep.Offered, (a, role, now) => a.Offer(role, now), ct);

    public Task<WriteResult<ProcessingAgreement>> StartReviewAsync(Guid id, StepRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, null, null, (a, role, now) => a.StartReview(role, tenant.HasRole(OrganisationRoles.Reviewer), now), ct);

    public Task<WriteResult<ProcessingAgreement>> ApproveAsync(Guid id, StepRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, null, AgreementStep.Approved, (a, role, now) => a.Approve(role, tenant.HasRole(OrganisationRoles.Reviewer), Me, now), ct);

    public Task<WriteResult<ProcessingAgreement>> ReturnToDraftAsync(Guid id, StepRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, OrganisationRoles.Editor | OrganisationRoles.Reviewer, AgreementStep.ReturnedToDraft, (a, role, now) => a.ReturnToDraft(role, now), ct);

    public Task<WriteResult<ProcessingAgreement>> DeclineAsync(Guid id, StepRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, OrganisationRoles.Reviewer | OrganisationRoles.Signatory, AgreementStep.Declined, (a, role, now) => a.Decline(role, request.Reason, now), ct);

    public Task<WriteResult<ProcessingAgreement>> WithdrawAsync(Guid id, StepRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, OrganisationRoles.Editor, AgreementStep.Withdrawn, (a, role, now) => a.Withdraw(role, request.Reason, now), ct);

    public Task<WriteResult<ProcessingAgreement>> RecordEndAsync(Guid id, EndRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, OrganisationRoles.Editor | OrganisationRoles.Signatory, AgreementStep.EndRecorded,
            (a, role, now) => a.RecordEnd(role, request.EndDate, request.Reason, Me, now), ct);

    public Task<WriteResult<ProcessingAgreement>> ConfirmDestructionAsync(Guid id, DestructionRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, OrganisationRoles.Editor, AgreementStep.DestructionConfirmed,
            (a, role, now) => a.ConfirmDestruction(role, r.Returned, r.Destroyed, r.Date, r.PerformedBy, r.SubProcessorsConfirmed, r.Remarks, Me, now), ct);

    public Task<WriteResult<ProcessingAgreement>> AcknowledgeAsync(Guid id, StepRequest request, CancellationToken ct) =>
        StepAsync(id, request.Version, OrganisationRoles.Editor | OrganisationRoles.Reviewer | OrganisationRoles.Signatory, AgreementStep.Closed,
            (a, role, now) => a.AcknowledgeDestruction(role, Me, now), ct);

    /// <summary>
    /// Signs for the person's organisation. The first signature freezes the snapshot: the content as canonical
    /// JSON and the PDF and DOCX rendered from it, stored with their hashes in the same transaction. A second
    /// click (or a second tab) finds the version changed or the party signed, and adds no signature.
    /// </summary>
    public async Task<WriteResult<ProcessingAgreement>> SignAsync(Guid id, SignRequest request, CancellationToken ct)
    {
        var (agreement, refusal) = await AgreementChanges.FindAsync(db, id, request.Version, ct);
        if (agreement is null)
        {
            return refusal!;
        }
        var view = (await reader.LoadAsync(id, ct))!;
        var errors = new ValidationErrors();
        var signer = Representative.Parse(request.Name, request.Function, errors);
        if (signer is null && errors.IsEmpty)
        {
            errors.Add("RepresentativeName", ValidationCodes.Required);
        }
        if (!errors.IsEmpty)
        {
            return WriteResult<ProcessingAgreement>.Invalid(errors);
        }
        var role = view.Role;
        var now = clock.GetUtcNow();
        return await AgreementChanges.SaveAsync(db, agreement, async () =>
        {
            agreement.Sign(role, tenant.HasRole(OrganisationRoles.Signatory), signer!, Me.UserId, Readiness(view), () => Freeze(view, role, signer!, now), now);
            if (agreement.State == AgreementState.SignedByBoth)
            {
                await CompleteAsync(view, agreement, now, ct);
            }
            var step = agreement.State == AgreementState.SignedByBoth ? AgreementStep.SignedByBoth : AgreementStep.SignedByOne;
            await mail.EnqueueAsync(agreement, step, role, tenant.Current!.Name, Products(view), ct);
        }, ct);
    }

    /// <summary>A new draft prefilled from a signed agreement, on the newest model, that replaces it once both sign.</summary>
    public async Task<WriteResult<ProcessingAgreement>> StartSuccessorAsync(Guid id, StepRequest request, CancellationToken ct)
    {
        var (agreement, refusal) = await AgreementChanges.FindAsync(db, id, request.Version, ct);
        if (agreement is null)
        {
            return refusal!;
        }
        if (!tenant.HasRole(OrganisationRoles.Editor))
        {
            return WriteResult<ProcessingAgreement>.Forbidden(ValidationErrors.For(AgreementChanges.RoleField, AgreementCodes.MissingRole));
        }
        if (await db.Agreements.AnyAsync(a => a.SupersedesId == id && a.State != AgreementState.Withdrawn && a.State != AgreementState.Declined, ct))
        {
            return WriteResult<ProcessingAgreement>.Invalid(ValidationErrors.For("SupersedesId", ValidationCodes.Duplicate));
        }
        try
        {
            var successor = agreement.StartSuccessor(agreement.RoleOf(tenant.CurrentOrganisationId!.Value)!.Value, ModelCatalog.NewestAgreementModel, clock.GetUtcNow());
            db.Agreements.Add(successor);
            await db.SaveChangesAsync(ct);
            return WriteResult<ProcessingAgreement>.Saved(successor);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<ProcessingAgreement>.Invalid(rule.ToErrors());
        }
    }

    public static SigningReadiness Readiness(AgreementView view)
    {
        var undecided = 0;
        var unconsented = 0;
        foreach (var product in view.Annexes.Where(p => p.Privacy is not null))
        {
            var choices = view.Agreement.ChoicesFor(product.ProductId);
            undecided += product.Privacy!.OptionalServices.Count(s => choices.DecisionFor(s) is null);
            unconsented += product.Privacy.Transfers.Count(t => choices.ConsentFor(t) is not { Consented: true });
        }
        return new SigningReadiness([.. view.Blocking.Select(f => f.RuleId).Distinct()], undecided, unconsented, view.Amendments.Count(a => a.IsOpen));
    }

    /// <summary>Both signed: the executed copy joins the snapshot, and a predecessor is superseded.</summary>
    private async Task CompleteAsync(AgreementView view, ProcessingAgreement agreement, DateTimeOffset now, CancellationToken ct)
    {
        var snapshot = await db.SignedSnapshots.FirstAsync(s => s.AgreementId == agreement.Id, ct);
        snapshot.Complete(AgreementFiles.Pdf(AgreementFiles.Input(view, snapshot.ContentHash, agreement.Signatures, now)));
        if (agreement.SupersedesId is { } oldId && await db.Agreements.FirstOrDefaultAsync(a => a.Id == oldId, ct) is { } old)
        {
            old.SupersedeBy(agreement, now);
        }
    }

    private SnapshotHashes Freeze(AgreementView view, PartyRole party, Representative signer, DateTimeOffset now)
    {
        var json = AgreementSnapshot.CanonicalJson(AgreementFiles.Content(view, now));
        var contentHash = AgreementSnapshot.Sha256(json);
        var first = new AgreementSignature(party, signer.Name, signer.Function, Me.UserId, now, contentHash, string.Empty);
        var input = AgreementFiles.Input(view, contentHash, [first], now);
        var snapshot = SignedSnapshot.Freeze(view.Agreement.Id, json, AgreementFiles.Pdf(input), AgreementFiles.Docx(input), now);
        db.SignedSnapshots.Add(snapshot);
        return snapshot.Hashes;
    }

    private async Task<WriteResult<ProcessingAgreement>> StepAsync(
        Guid id, int? version, OrganisationRoles? requiredRoles, AgreementStep? step, Action<ProcessingAgreement, PartyRole, DateTimeOffset> change, CancellationToken ct)
    {
        var (agreement, refusal) = await AgreementChanges.FindAsync(db, id, version, ct);
        if (agreement is null)
        {
            return refusal!;
        }
        if (requiredRoles is { } roles && !tenant.HasRole(roles))
        {
            return WriteResult<ProcessingAgreement>.Forbidden(ValidationErrors.For(AgreementChanges.RoleField, AgreementCodes.MissingRole));
        }
        var role = agreement.RoleOf(tenant.CurrentOrganisationId!.Value)!.Value;
        return await AgreementChanges.SaveAsync(db, agreement, async () =>
        {
            change(agreement, role, clock.GetUtcNow());
            if (step is { } announced)
            {
                await mail.EnqueueAsync(agreement, announced, role, tenant.Current!.Name, await ProductNamesAsync(agreement, ct), ct);
            }
        }, ct);
    }

    private static string Products(AgreementView view) => string.Join(", ", view.Products.Select(p => p.Name));

    private async Task<string> ProductNamesAsync(ProcessingAgreement agreement, CancellationToken ct)
    {
        // The other party's products are filtered out for a school board; their names are part of the agreement both share.
        var names = await db.Products.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
            .Where(p => agreement.ProductIds.Contains(p.Id)).Select(p => p.Name).ToListAsync(ct);
        return string.Join(", ", names.Order(StringComparer.CurrentCulture));
    }
}
