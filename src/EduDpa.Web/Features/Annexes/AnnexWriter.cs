using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Conformity;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using EduDpa.Web.Features.Changes;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Annexes;

/// <summary>A product's annex of one kind as its supplier works on it: the draft, the published versions and what the check finds.</summary>
public sealed record AnnexWorkspace(
    Product Product,
    Organisation Supplier,
    AnnexKind Kind,
    AnnexVersion? Draft,
    IReadOnlyList<AnnexVersion> Published,
    string Content,
    IReadOnlyList<Finding> Findings,
    PublicationImpact Impact)
{
    public AnnexVersion? Latest => Published.Count > 0 ? Published[0] : null;

    public int NextNumber => (Latest?.Number ?? 0) + 1;

    public PrivacyAnnex Privacy => AnnexJson.Deserialize<PrivacyAnnex>(Content);

    public SecurityAnnex Security => AnnexJson.Deserialize<SecurityAnnex>(Content);

    /// <summary>The draft as exported: for Bijlage 1 with the general information (C) the product gives it today.</summary>
    public string Export() => Kind == AnnexKind.Privacy
        ? AnnexJson.Serialize(Privacy with { General = AnnexPublication.GeneralOf(Product, Supplier) }, indented: true)
        : AnnexJson.Serialize(Security, indented: true);
}

/// <summary>
/// The acting supplier's annexes: one draft per product and kind, which is saved as often as wanted and
/// published when the check finds no errors. The tenant filter keeps other suppliers' products and annexes
/// out of reach.
/// </summary>
public sealed class AnnexWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, NoticeMails mails)
{
    public async Task<AnnexWorkspace?> LoadAsync(Guid productId, AnnexKind kind, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null)
        {
            return null;
        }
        var supplier = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == product.SupplierId, cancellationToken);
        var versions = await db.AnnexVersions.AsNoTracking()
            .Where(v => v.ProductId == productId && v.Kind == kind)
            .ToListAsync(cancellationToken);
        var draft = versions.FirstOrDefault(v => v.IsDraft);
        var published = versions.Where(v => !v.IsDraft).OrderByDescending(v => v.Number).ToList();
        // Editing starts from the draft, else from the newest published version, else from an empty annex.
        var content = draft?.Content ?? (published.Count > 0 ? WithoutStamp(kind, published[0].Content) : Empty(kind));
        var stamp = new AnnexStamp((published.Count > 0 ? published[0].Number!.Value : 0) + 1, AmsterdamTime.Today(clock));
        var (prepared, findings) = AnnexPublication.Prepare(kind, content, product, supplier, stamp);
        var impact = await ImpactAsync(product, kind, published.FirstOrDefault()?.Content, prepared, cancellationToken);
        return new AnnexWorkspace(product, supplier, kind, draft, published, content, findings, impact);
    }

    /// <summary>Saves the draft (starting one if there is none). <paramref name="expectedVersion"/> is the draft version the editor read, if any.</summary>
    public async Task<WriteResult<AnnexVersion>> SaveDraftAsync(Guid productId, AnnexKind kind, string content, int? expectedVersion, CancellationToken cancellationToken)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, cancellationToken);
        if (product is null)
        {
            return WriteResult<AnnexVersion>.NotFound();
        }
        var draft = await db.AnnexVersions.FirstOrDefaultAsync(v => v.ProductId == productId && v.Kind == kind && v.Number == null, cancellationToken);
        if (draft is not null && expectedVersion is { } expected && expected != draft.Version)
        {
            return WriteResult<AnnexVersion>.Stale(draft);
        }
        if (draft is null)
        {
            draft = AnnexVersion.StartDraft(productId, product.SupplierId, kind, content, clock.GetUtcNow());
            db.AnnexVersions.Add(draft);
        }
        else
        {
            draft.ReplaceDraft(content, clock.GetUtcNow());
        }
        return await SaveAsync(draft, productId, kind, cancellationToken);
    }

    /// <summary>
    /// Publishes the draft as the next version, unless the check finds errors (then nothing changes and the findings
    /// say why). When signed agreements cover the product, the new version reaches each of them as a change
    /// (art. 14.3): a significant one needs <paramref name="note"/>'s explanation and intended date.
    /// </summary>
    public async Task<(WriteResult<AnnexVersion> Result, IReadOnlyList<Finding> Findings)> PublishAsync(
        Guid productId, AnnexKind kind, int? expectedVersion, CancellationToken cancellationToken, PublicationNote? note = null)
    {
        var product = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, cancellationToken);
        var draft = product is null ? null : await db.AnnexVersions.FirstOrDefaultAsync(v => v.ProductId == productId && v.Kind == kind && v.Number == null, cancellationToken);
        if (product is null || draft is null)
        {
            return (WriteResult<AnnexVersion>.NotFound(), []);
        }
        if (expectedVersion is { } expected && expected != draft.Version)
        {
            return (WriteResult<AnnexVersion>.Stale(draft), []);
        }
        var supplier = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == product.SupplierId, cancellationToken);
        var last = await db.AnnexVersions.Where(v => v.ProductId == productId && v.Kind == kind && v.Number != null).MaxAsync(v => v.Number, cancellationToken) ?? 0;
        var stamp = new AnnexStamp(last + 1, AmsterdamTime.Today(clock));
        var (content, findings) = AnnexPublication.Prepare(kind, draft.Content, product, supplier, stamp);
        if (findings.HasErrors())
        {
            return (WriteResult<AnnexVersion>.Invalid(ValidationErrors.For("Content", AnnexCodes.HasErrors)), findings);
        }
        var previous = await db.AnnexVersions.AsNoTracking().Where(v => v.ProductId == productId && v.Kind == kind && v.Number == last).Select(v => v.Content).FirstOrDefaultAsync(cancellationToken);
        var impact = await ImpactAsync(product, kind, previous, content, cancellationToken);
        var now = clock.GetUtcNow();
        AnnexChange? change = null;
        if (impact.SignedAgreements > 0)
        {
            try
            {
                note ??= PublicationNote.None;
                change = AnnexChange.FromPublication(productId, product.SupplierId, product.Name, kind, last == 0 ? null : last, stamp.Number, impact.Difference,
                    note.Explanation, note.IntendedDate, new Actor(tenant.UserId!.Value, tenant.UserName ?? string.Empty), now);
            }
            catch (DomainRuleViolation rule)
            {
                return (WriteResult<AnnexVersion>.Invalid(rule.ToErrors()), findings);
            }
        }
        draft.Publish(stamp.Number, stamp.Date, product.Name, content, findings, now);
        if (change is null)
        {
            return (await SaveAsync(draft, productId, kind, cancellationToken), findings);
        }
        try
        {
            await ChangeRecording.SaveWithNoticesAsync(db, change, null, cancellationToken);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            var current = await db.AnnexVersions.AsNoTracking().Where(v => v.ProductId == productId && v.Kind == kind)
                .OrderBy(v => v.Number == null ? 0 : 1).ThenByDescending(v => v.Number).FirstAsync(cancellationToken);
            return (WriteResult<AnnexVersion>.Stale(current), findings);
        }
        await mails.EnqueueNewNoticesAsync(change.Id, cancellationToken);
        return (WriteResult<AnnexVersion>.Saved(draft), findings);
    }

    /// <summary>The signed agreements covering the product, and what <paramref name="content"/> changes against the newest published version.</summary>
    private async Task<PublicationImpact> ImpactAsync(Product product, AnnexKind kind, string? previousContent, string content, CancellationToken cancellationToken)
    {
        var signed = await ChangeFanOut.Covering(db, product.SupplierId, product.Id).CountAsync(cancellationToken);
        return signed == 0 ? PublicationImpact.NoAgreements : new PublicationImpact(signed, PublicationImpact.Compare(kind, previousContent, content));
    }

    public async Task<bool> DiscardDraftAsync(Guid productId, AnnexKind kind, CancellationToken cancellationToken)
    {
        var draft = await db.AnnexVersions.FirstOrDefaultAsync(v => v.ProductId == productId && v.Kind == kind && v.Number == null, cancellationToken);
        if (draft is null)
        {
            return false;
        }
        db.AnnexVersions.Remove(draft);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<WriteResult<AnnexVersion>> SaveAsync(AnnexVersion draft, Guid productId, AnnexKind kind, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult<AnnexVersion>.Saved(draft);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            // Someone else saved or published this draft first, or started a draft at the same moment.
            db.ChangeTracker.Clear();
            var current = await db.AnnexVersions.AsNoTracking()
                .Where(v => v.ProductId == productId && v.Kind == kind)
                .OrderBy(v => v.Number == null ? 0 : 1).ThenByDescending(v => v.Number)
                .FirstAsync(cancellationToken);
            return WriteResult<AnnexVersion>.Stale(current);
        }
    }

    public static string Empty(AnnexKind kind) => kind == AnnexKind.Privacy
        ? AnnexJson.Serialize(PrivacyAnnex.Empty(ModelCatalog.ModelAgreement40))
        : AnnexJson.Serialize(SecurityAnnex.Empty(ModelCatalog.ModelAgreement40));

    /// <summary>A published version as the start of a new draft: without its stamp and general information, which publishing sets again.</summary>
    private static string WithoutStamp(AnnexKind kind, string content) => kind == AnnexKind.Privacy
        ? AnnexJson.Serialize(AnnexJson.Deserialize<PrivacyAnnex>(content) with { Version = null, General = null })
        : AnnexJson.Serialize(AnnexJson.Deserialize<SecurityAnnex>(content) with { Version = null });
}
