using EduDpa.Domain.Accounts;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Products;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Products;

/// <summary>Where a product's annex of one kind stands: the newest published version and whether a draft is open.</summary>
public sealed record AnnexStatus(int? Published, DateOnly? PublishedOn, bool HasDraft);

[Authorize(Policy = Policies.ProcessorMember)]
public sealed class IndexModel(ProductWriter writer, EduDpaDbContext db, TenantContext tenant) : PageModel
{
    public IReadOnlyList<Product> Products { get; private set; } = [];
    public IReadOnlyDictionary<(Guid, AnnexKind), AnnexStatus> Annexes { get; private set; } = new Dictionary<(Guid, AnnexKind), AnnexStatus>();
    public bool CanEdit => tenant.HasRole(OrganisationRoles.Editor);
    public bool CanReportBreach => tenant.HasRole(Breaches.BreachWriter.Handlers);

    public AnnexStatus StatusOf(Guid productId, AnnexKind kind) => Annexes.GetValueOrDefault((productId, kind)) ?? new AnnexStatus(null, null, false);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Products = await writer.Mine.AsNoTracking().ToListAsync(cancellationToken);
        var versions = await db.AnnexVersions.AsNoTracking()
            .Select(v => new { v.ProductId, v.Kind, v.Number, v.PublishedOn })
            .ToListAsync(cancellationToken);
        Annexes = versions.GroupBy(v => (v.ProductId, v.Kind)).ToDictionary(
            g => g.Key,
            g =>
            {
                var newest = g.Where(v => v.Number is not null).MaxBy(v => v.Number);
                return new AnnexStatus(newest?.Number, newest?.PublishedOn, g.Any(v => v.Number is null));
            });
    }
}
