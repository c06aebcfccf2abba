using EduDpa.Domain.Annexes;
using EduDpa.Domain.Transparency;
using EduDpa.Web.Features.Transparency;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Registers;

/// <summary>A product on the dashboard's questions: what, from whom, why it is listed, under which agreement (or decision).</summary>
public sealed record OverviewRow(string Product, string Supplier, string Detail, UseBasis Basis, Guid SourceId);

/// <summary>A sub-processor and how many of the board's products use it, with the countries it processes in.</summary>
public sealed record SubProcessorCount(string Name, int Products, IReadOnlyList<string> Countries, IReadOnlyList<string> UsedBy);

/// <summary>The board's questions across its suppliers, from every product it uses or still holds data with.</summary>
public sealed record CrossSupplierOverview(
    int Products,
    IReadOnlyList<OverviewRow> SpecialCategories,
    IReadOnlyList<OverviewRow> PupilDataOutsideEea,
    IReadOnlyList<SubProcessorCount> SubProcessors,
    IReadOnlyList<OverviewRow> OlderModel);

/// <summary>The acting organisation's register: a board's products in use (art. 30.1), a supplier's products per board (art. 30.2).</summary>
public sealed class RegisterReader(EduDpaDbContext db, TenantContext tenant, ProductsInUse inUse, AgreementProductsInUse agreements, TimeProvider clock)
{
    public const int TopSubProcessors = 10;

    /// <summary>A board's products, with its schools' names for the products used at some of them only.</summary>
    public async Task<(IReadOnlyList<ProductInUse> Products, IReadOnlyDictionary<Guid, string> Schools)> BoardAsync(CancellationToken ct)
    {
        var boardId = tenant.CurrentOrganisationId!.Value;
        var products = await inUse.ForBoardAsync(boardId, ct);
        var schools = await db.Schools.Where(s => s.OrganisationId == boardId).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return (products, schools);
    }

    /// <summary>A supplier's products per board, with each board's name, KvK number and the contact it gave in the agreement.</summary>
    public async Task<(IReadOnlyList<ProductInUse> Products, IReadOnlyDictionary<Guid, (string Name, string Kvk, string? Contact)> Boards)> SupplierAsync(CancellationToken ct)
    {
        var supplierId = tenant.CurrentOrganisationId!.Value;
        var products = await agreements.ForProcessorAsync(supplierId, clock.GetUtcNow(), ct);
        var parties = await (from a in db.Agreements
                             join o in db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]) on a.BoardId equals o.Id
                             where a.ProcessorId == supplierId
                             select new { a.Id, o.Name, o.KvkNumber, a.BoardContact }).ToListAsync(ct);
        var boards = parties.ToDictionary(p => p.Id, p => (p.Name, p.KvkNumber.Value, AnnexLabels.Join(", ", AnnexLabels.NameAndFunction(p.BoardContact), AnnexLabels.Details(p.BoardContact))));
        var ordered = products.OrderBy(p => boards.GetValueOrDefault(p.SourceId).Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.ProductName, StringComparer.CurrentCultureIgnoreCase).ToList();
        return (ordered, boards);
    }

    public async Task<CrossSupplierOverview> OverviewAsync(CancellationToken ct) => Overview((await BoardAsync(ct)).Products);

    public static CrossSupplierOverview Overview(IReadOnlyList<ProductInUse> products)
    {
        var special = products.Where(p => p.Facts.HasSpecialCategories)
            .Select(p => new OverviewRow(p.ProductName, p.SupplierName, string.Join("; ", p.Facts.SpecialCategories.Select(c => ModelWording.DataCategory(c, null))), p.Basis, p.SourceId)).ToList();
        var outside = products.Where(p => p.Facts.PupilDataOutsideEea)
            .Select(p => new OverviewRow(p.ProductName, p.SupplierName,
                string.Join(", ", p.Facts.ProcessingCountries.Where(c => !Domain.Reference.Countries.IsEea(c)).Select(c => Domain.Reference.Countries.NameOf(c, English))), p.Basis, p.SourceId)).ToList();
        var subProcessors = products
            .SelectMany(p => p.Facts.SubProcessors.Where(s => !string.IsNullOrWhiteSpace(s.Name)).Select(s => (Product: p, Sub: s)))
            .GroupBy(x => x.Sub.Name!.Trim(), StringComparer.CurrentCultureIgnoreCase)
            .Select(g => new SubProcessorCount(g.First().Sub.Name!.Trim(), g.Select(x => x.Product.Key).Distinct().Count(),
                [.. g.Select(x => x.Sub.ProcessingCountryCode).OfType<string>().Distinct().Select(c => Domain.Reference.Countries.NameOf(c, English))],
                [.. g.Select(x => x.Product.ProductName).Distinct().Order(StringComparer.CurrentCultureIgnoreCase)]))
            .OrderByDescending(s => s.Products).ThenBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(TopSubProcessors).ToList();
        var older = products.Where(p => p.OnOlderModel).DistinctBy(p => p.SourceId)
            .Select(p => new OverviewRow(string.Join(", ", products.Where(x => x.SourceId == p.SourceId).Select(x => x.ProductName)), p.SupplierName, p.ModelId!, p.Basis, p.SourceId)).ToList();
        return new CrossSupplierOverview(products.Count, special, outside, subProcessors, older);
    }

    private static bool English => Infrastructure.Localization.LocalizationSetup.IsEnglish;
}
