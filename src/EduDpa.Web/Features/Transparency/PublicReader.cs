using System.Globalization;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Reference;
using EduDpa.Domain.Transparency;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Transparency;

/// <summary>A published board found by the public pages' search: its page and its schools.</summary>
public sealed record PublicDirectoryEntry(string Name, string KvkNumber, IReadOnlyList<PublicSchoolResponse> Schools);

/// <summary>
/// Reads the public pages for anyone, signed in or not: only boards that published their page, only the products in
/// use today (<see cref="ProductInUse.InForce"/>), for a school only what covers it. A KvK number or BRIN code that is
/// malformed, unknown or not published gives null (the 404).
/// </summary>
public sealed class PublicReader(EduDpaDbContext db, ProductsInUse inUse, IStringLocalizer<SharedResource> t, TimeProvider clock)
{
    public const string PagesRoot = "/openbaar";

    public static string BoardUrl(string kvk) => $"{PagesRoot}/besturen/{kvk}";

    public static string SchoolUrl(string brin) => $"{PagesRoot}/scholen/{brin}";

    private static bool English => Infrastructure.Localization.LocalizationSetup.IsEnglish;

    public async Task<(PublicPageResponse Page, Guid BoardId)?> BoardAsync(string? kvk, PublicFilter filter, CancellationToken ct)
    {
        if (!KvkNumber.TryParse(kvk, out var number) || kvk!.Trim().Length != 8)
        {
            return null;
        }
        var board = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking().Include(o => o.Schools)
            .FirstOrDefaultAsync(o => o.KvkNumber == number && o.Kind == OrganisationKind.SchoolBoard, ct);
        return board is null ? null : await PageAsync(board, null, filter, ct);
    }

    public async Task<(PublicPageResponse Page, Guid BoardId)?> SchoolAsync(string? brin, PublicFilter filter, CancellationToken ct)
    {
        if (!Brin.TryParse(brin, out var code) || brin!.Trim().Length != 4)
        {
            return null;
        }
        var boardId = await db.Schools.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(s => s.Brin == code).Select(s => (Guid?)s.OrganisationId).FirstOrDefaultAsync(ct);
        if (boardId is null)
        {
            return null;
        }
        var board = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking().Include(o => o.Schools).FirstAsync(o => o.Id == boardId, ct);
        return await PageAsync(board, board.Schools.Single(s => s.Brin == code), filter, ct);
    }

    /// <summary>Published boards whose name, KvK number, or one of whose schools' name or BRIN code matches.</summary>
    public async Task<IReadOnlyList<PublicDirectoryEntry>> SearchAsync(string search, CancellationToken ct)
    {
        var published = await db.TransparencyPages.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(p => p.Published).Select(p => p.BoardId).ToListAsync(ct);
        var boards = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking().Include(o => o.Schools)
            .Where(o => published.Contains(o.Id)).ToListAsync(ct);
        return [.. boards
            .Where(b => Matches(search, b.Name, b.KvkNumber.Value) || b.Schools.Any(s => Matches(search, s.Name, s.Brin.Value)))
            .OrderBy(b => b.Name, StringComparer.CurrentCultureIgnoreCase)
            .Take(50)
            .Select(b => new PublicDirectoryEntry(b.Name, b.KvkNumber.Value, [.. b.Schools.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).Select(School)]))];
    }

    /// <summary>The school with this BRIN code, when its board's page is published: the search goes straight to it.</summary>
    public async Task<string?> PublishedSchoolAsync(string search, CancellationToken ct)
    {
        if (!Brin.TryParse(search, out var code))
        {
            return null;
        }
        var found = await (from s in db.Schools.IgnoreQueryFilters([EduDpaDbContext.TenantFilter])
                           join p in db.TransparencyPages.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]) on s.OrganisationId equals p.BoardId
                           where s.Brin == code && p.Published
                           select s.Brin).FirstOrDefaultAsync(ct);
        return found?.Value;
    }

    private async Task<(PublicPageResponse, Guid)?> PageAsync(Organisation board, School? school, PublicFilter filter, CancellationToken ct)
    {
        var settings = await db.TransparencyPages.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).AsNoTracking().FirstOrDefaultAsync(p => p.BoardId == board.Id && p.Published, ct);
        if (settings is null)
        {
            return null;
        }
        var schools = board.Schools.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
        var products = (await inUse.ForBoardAsync(board.Id, ct)).Where(p => p.InForce && (school is null || p.Covers(school.Id))).ToList();
        var brins = schools.ToDictionary(s => s.Id, s => s.Brin.Value);
        var all = products.Select(p => Product(p, brins)).ToList();
        var shown = all.Where(p => Passes(p, filter)).ToList();
        var contact = new PublicContactResponse(settings.ContactName, settings.ContactEmail, settings.ContactPhone, settings.ContactUrl?.ToString());
        var page = new PublicPageResponse(
            new PublicBoardResponse(board.Name, board.KvkNumber.Value, settings.IntroductionParagraphs, contact, BoardUrl(board.KvkNumber.Value)),
            school is null ? null : School(school),
            [.. schools.Select(School)],
            shown, all.Count, CountryRows(products), filter, AmsterdamTime.Today(clock), English ? "en" : "nl");
        return (page, board.Id);
    }

    private static PublicSchoolResponse School(School school) =>
        new(school.Name, school.Brin.Value, school.Sector.ToString().ToLowerInvariant(), SchoolUrl(school.Brin.Value));

    private static bool Passes(PublicProductResponse product, PublicFilter filter) =>
        (!filter.OutsideEea || product.DataOutsideEea)
        && (!filter.SpecialCategories || product.SpecialCategories)
        && (filter.Search is not { } search || Matches(search, [product.Name, product.Supplier, product.Description, .. product.Services,
            .. product.SubProcessors.Select(s => s.Name), .. product.Data.SelectMany(d => d.Categories.Select(c => c.Text)), .. product.Purposes.Select(p => p.Text)]));

    /// <summary>Case and accents ignored, as the dashboard's search.</summary>
    private static bool Matches(string search, params string?[] texts) =>
        texts.Any(text => text is not null && CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, search.Trim(), CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0);

    private PublicProductResponse Product(ProductInUse product, Dictionary<Guid, string> brins)
    {
        var facts = product.Facts;
        PublicCountryRef? Country(string? code) => code is null ? null : CountryRef(code, facts.ZoneOf(code));
        var basis = product.Basis == UseBasis.Agreement
            ? t["Public.Basis.Agreement", Date(product.BasisDate)].Value
            : t["Public.Basis.VendorTermsDecision", Date(product.BasisDate)].Value;
        return new PublicProductResponse(
            product.Key, product.ProductName, product.SupplierName, product.Basis, product.BasisDate, basis, facts.Description,
            [.. facts.Services.Select(s => s.Description).OfType<string>()],
            ModelWording.Purposes(facts),
            [.. ModelWording.DataCategories(facts).Select(g => new PublicDataGroupResponse(g.Group, t[$"Public.Group.{g.Group}"], g.Categories))],
            facts.HasSpecialCategories,
            facts.Retention,
            [.. facts.Locations.Select(l => new PublicLocationResponse(facts.Services.FirstOrDefault(s => s.Id == l.ServiceId)?.Description, l.Place, Country(l.CountryCode)))],
            facts.DataOutsideEea,
            [.. facts.Transfers.Select(tr => new PublicTransferResponse(Country(tr.CountryCode), tr.InternationalOrganisation, tr.Recipient, tr.Description, tr.Safeguard,
                tr.Safeguard is { } s ? SafeguardText(s) : null, tr.SafeguardDetails, tr.SupplementaryMeasures))],
            [.. facts.SubProcessors.Select(s => new PublicSubProcessorResponse(s.Name, s.Processing, Country(s.ProcessingCountryCode), Country(s.EstablishmentCountryCode)))],
            product.AllSchools,
            product.AllSchools ? [] : [.. product.SchoolIds.Where(brins.ContainsKey).Select(id => brins[id]).Order(StringComparer.Ordinal)]);
    }

    /// <summary>Per country: the products that store or process data there, its zone over all their transfers, and the bases.</summary>
    private List<PublicCountryResponse> CountryRows(IReadOnlyList<ProductInUse> products)
    {
        var rows = new List<PublicCountryResponse>();
        foreach (var code in products.SelectMany(p => p.Facts.ProcessingCountries).Distinct(StringComparer.Ordinal))
        {
            var present = products.Where(p => p.Facts.ProcessingCountries.Contains(code)).ToList();
            var transfers = present.SelectMany(p => p.Facts.Transfers.Where(tr => tr.CountryCode == code)).ToList();
            var zone = CountryZones.Of(code, transfers);
            IReadOnlyList<string> bases = zone == CountryZone.Eea
                ? [t["Public.Basis.Avg"].Value]
                : [.. transfers.Select(tr => tr.Safeguard is { } s ? SafeguardText(s) : t["Public.Safeguard.None"].Value).Distinct().DefaultIfEmpty(t["Public.Safeguard.None"].Value)];
            rows.Add(new PublicCountryResponse(code, Countries.NameOf(code, English), zone, t[$"Public.Zone.{zone}"], present.Count, bases));
        }
        return [.. rows.OrderBy(r => r.Zone).ThenByDescending(r => r.Products).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    private PublicCountryRef CountryRef(string code, CountryZone zone) => new(code, Countries.NameOf(code, English), zone, t[$"Public.Zone.{zone}"]);

    private string SafeguardText(Safeguard safeguard) => t[$"Public.Safeguard.{safeguard}"];

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
}
