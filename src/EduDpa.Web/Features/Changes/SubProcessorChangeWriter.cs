using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Conformity;
using EduDpa.Web.Features.Annexes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Changes;

/// <summary>
/// A supplier announces a sub-processor change (art. 11.2): the change is made in a new published version of the
/// product's privacy annex (and in its open draft, so that the next publication keeps it), and every signed
/// agreement covering the product gets a notice with six weeks to object, all in one transaction.
/// </summary>
public sealed class SubProcessorChangeWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, NoticeMails mails)
{
    public async Task<(WriteResult<AnnexChange> Result, IReadOnlyList<Finding> Findings)> AnnounceAsync(Guid productId, AnnounceSubProcessorChangeRequest request, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null)
        {
            return (WriteResult<AnnexChange>.NotFound(), []);
        }
        var latest = await db.AnnexVersions.AsNoTracking().Where(v => v.ProductId == productId && v.Kind == AnnexKind.Privacy && v.Number != null)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return (WriteResult<AnnexChange>.Invalid(ValidationErrors.For("Action", ChangeCodes.NoPublishedAnnex)), []);
        }
        var now = clock.GetUtcNow();
        var published = latest.PrivacyAnnex();
        var errors = new ValidationErrors();
        var edit = SubProcessorEdit.Parse(request.Edit, published, () => PrivacyAnnexForm.NewId("t"), errors);
        var reason = AnnexChange.CheckAnnouncement(request.Reason, request.IntendedDate, now, errors);
        if (edit is null || !errors.IsEmpty)
        {
            return (WriteResult<AnnexChange>.Invalid(errors), []);
        }

        var supplier = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == product.SupplierId, ct);
        var stamp = new AnnexStamp(latest.Number!.Value + 1, AmsterdamTime.Today(clock));
        var changed = edit.ApplyTo(published with { Version = null, General = null });
        var (content, findings) = AnnexPublication.Prepare(AnnexKind.Privacy, AnnexJson.Serialize(changed), product, supplier, stamp);
        if (findings.HasErrors())
        {
            // What the check finds in the annex as it would be published: shown with their rules, nothing is stored.
            return (WriteResult<AnnexChange>.Invalid(ValidationErrors.For("Findings", AnnexCodes.HasErrors)), findings);
        }
        var version = AnnexVersion.StartDraft(productId, product.SupplierId, AnnexKind.Privacy, content, now);
        version.Publish(stamp.Number, stamp.Date, product.Name, content, findings, now);
        var change = AnnexChange.AnnounceSubProcessors(productId, product.SupplierId, product.Name, latest.Number.Value, stamp.Number, edit,
            AnnexComparison.Privacy(published, version.PrivacyAnnex()), reason, request.IntendedDate, new Actor(tenant.UserId!.Value, tenant.UserName ?? string.Empty), now);

        var draft = await db.AnnexVersions.FirstOrDefaultAsync(v => v.ProductId == productId && v.Kind == AnnexKind.Privacy && v.Number == null, ct);
        draft?.ReplaceDraft(AnnexJson.Serialize(edit.ApplyToDraft(draft.PrivacyAnnex())), now);
        try
        {
            await ChangeRecording.SaveWithNoticesAsync(db, change, version, ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            // The supplier published another version (or edited the draft) at the same moment: start again from it.
            db.ChangeTracker.Clear();
            return (WriteResult<AnnexChange>.Invalid(ValidationErrors.For("Action", ChangeCodes.PublishedMeanwhile)), []);
        }
        await mails.EnqueueNewNoticesAsync(change.Id, ct);
        return (WriteResult<AnnexChange>.Saved(change), findings);
    }
}

/// <summary>Storing a change with its published version and its notices, in one transaction.</summary>
public static class ChangeRecording
{
    public static async Task SaveWithNoticesAsync(EduDpaDbContext db, AnnexChange change, AnnexVersion? newVersion, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        change.CountNotices(await ChangeFanOut.Covering(db, change.SupplierId, change.ProductId).CountAsync(ct));
        if (newVersion is not null)
        {
            db.AnnexVersions.Add(newVersion);
        }
        db.AnnexChanges.Add(change);
        await db.SaveChangesAsync(ct);
        await ChangeFanOut.InsertNoticesAsync(db, change, ct);
        await transaction.CommitAsync(ct);
    }
}
