using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Transparency;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Transparency;

/// <summary>
/// One source of the products school boards use: signed agreements (<see cref="AgreementProductsInUse"/>) and a
/// board's decisions accepting vendors' own terms (<see cref="VendorTermsDecisionsInUse"/>). Each is registered as an
/// <c>IProductsInUseSource</c> in <see cref="TransparencyFeature"/>; the public pages, the JSON, the register and the
/// dashboard's questions read them all.
/// </summary>
public interface IProductsInUseSource
{
    /// <summary>Every product the boards use or still hold data for, in bulk: a board with 200 products is a handful of queries, not 200.</summary>
    Task<IReadOnlyList<ProductInUse>> ForBoardsAsync(IReadOnlyCollection<Guid> boardIds, DateTimeOffset now, CancellationToken ct);
}

/// <summary>What a board uses, from every source, in one list ordered by product and supplier name.</summary>
public sealed class ProductsInUse(IEnumerable<IProductsInUseSource> sources, TimeProvider clock)
{
    public async Task<IReadOnlyList<ProductInUse>> ForBoardAsync(Guid boardId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var all = new List<ProductInUse>();
        foreach (var source in sources)
        {
            all.AddRange(await source.ForBoardsAsync([boardId], now, ct));
        }
        return [.. all.OrderBy(p => p.ProductName, StringComparer.CurrentCultureIgnoreCase).ThenBy(p => p.SupplierName, StringComparer.CurrentCultureIgnoreCase)];
    }
}

/// <summary>
/// The products of signed agreements (signed by both or terminating) with the annexes in force: the signed snapshot,
/// or the newer published version a change applied (<see cref="AgreementProducts"/>). Reads across organisations
/// (the public pages are anonymous); callers decide whose.
/// </summary>
public sealed class AgreementProductsInUse(EduDpaDbContext db) : IProductsInUseSource
{
    public Task<IReadOnlyList<ProductInUse>> ForBoardsAsync(IReadOnlyCollection<Guid> boardIds, DateTimeOffset now, CancellationToken ct) =>
        LoadAsync(Signed().Where(a => boardIds.Contains(a.BoardId)), now, ct);

    /// <summary>For a supplier's register (art. 30.2): every board's products under its signed agreements.</summary>
    public Task<IReadOnlyList<ProductInUse>> ForProcessorAsync(Guid processorId, DateTimeOffset now, CancellationToken ct) =>
        LoadAsync(Signed().Where(a => a.ProcessorId == processorId), now, ct);

    private IQueryable<ProcessingAgreement> Signed() =>
        db.Agreements.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .Where(a => a.State == AgreementState.SignedByBoth || a.State == AgreementState.Terminating);

    /// <summary>Four queries whatever the number of agreements: the agreements, their snapshots, their notices, and the annex versions changes applied.</summary>
    private async Task<IReadOnlyList<ProductInUse>> LoadAsync(IQueryable<ProcessingAgreement> agreements, DateTimeOffset now, CancellationToken ct)
    {
        var signed = await agreements.ToListAsync(ct);
        if (signed.Count == 0)
        {
            return [];
        }
        var snapshots = await db.SignedSnapshots.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .Where(s => agreements.Any(a => a.Id == s.AgreementId))
            .Select(s => new { s.AgreementId, s.ContentJson })
            .ToDictionaryAsync(s => s.AgreementId, s => AgreementSnapshot.Read(s.ContentJson), ct);
        var notices = (await db.ChangeNotices.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
            .Where(n => agreements.Any(a => a.Id == n.AgreementId)).ToListAsync(ct)).ToLookup(n => n.AgreementId);

        // Versions a change applied: only those, never a draft, never simply the newest.
        var applied = notices.SelectMany(g => g).Where(n => n.AppliesFrom(now) is not null).Select(n => (n.ProductId, n.AnnexKind, n.ToNumber)).ToHashSet();
        var productIds = applied.Select(a => a.ProductId).Distinct().ToList();
        var numbers = applied.Select(a => a.ToNumber).Distinct().ToList();
        var versions = applied.Count == 0 ? [] : (await db.AnnexVersions.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking()
                .Where(v => productIds.Contains(v.ProductId) && v.Number != null && numbers.Contains(v.Number.Value))
                .Select(v => new { v.ProductId, v.Kind, v.Number, v.Content }).ToListAsync(ct))
            .Where(v => applied.Contains((v.ProductId, v.Kind, v.Number!.Value)))
            .ToDictionary(v => (v.ProductId, v.Kind, v.Number!.Value), v => v.Content);
        var privacy = new Dictionary<(Guid, int), PrivacyAnnex>();
        var security = new Dictionary<(Guid, int), SecurityAnnex>();
        foreach (var ((productId, kind, number), content) in versions)
        {
            if (kind == AnnexKind.Privacy)
            {
                privacy[(productId, number)] = AnnexJson.Deserialize<PrivacyAnnex>(content);
            }
            else
            {
                security[(productId, number)] = AnnexJson.Deserialize<SecurityAnnex>(content);
            }
        }

        var result = new List<ProductInUse>();
        foreach (var agreement in signed)
        {
            // A signed agreement always has its snapshot; one without (made outside the signing step) has nothing to show.
            if (snapshots.TryGetValue(agreement.Id, out var snapshot))
            {
                result.AddRange(AgreementProducts.Of(agreement, snapshot, notices[agreement.Id], now,
                    (id, n) => privacy.GetValueOrDefault((id, n)), (id, n) => security.GetValueOrDefault((id, n))));
            }
        }
        return result;
    }
}

/// <summary>
/// The vendors a board uses on their own terms: each current decision of the board that accepts a vendor's terms
/// (with or without measures) on a published analysis. The analysis weighs the terms, not the processing, so the
/// facts of Bijlage 1 are not stated; the public page says so.
/// </summary>
public sealed class VendorTermsDecisionsInUse(Analyses.AnalysisDecisionReader decisions) : IProductsInUseSource
{
    public async Task<IReadOnlyList<ProductInUse>> ForBoardsAsync(IReadOnlyCollection<Guid> boardIds, DateTimeOffset now, CancellationToken ct)
    {
        var result = new List<ProductInUse>();
        foreach (var boardId in boardIds)
        {
            result.AddRange((await decisions.AcceptingTermsAsync(boardId, ct)).Select(d => new ProductInUse(
                d.BoardId, UseBasis.VendorTermsDecision, d.DecisionId, null, d.AnalysisTitle, d.VendorOrganisationId, d.VendorName, d.DecidedOn,
                d.DecidedOn, null, null, true, null, true, [], ProcessingFacts.None(Domain.Models.ModelCatalog.NewestAgreementModel), null, null)));
        }
        return result;
    }
}
