using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Breaches;

/// <summary>For a school board: every open breach without a decision on notifying the authority, due 72 hours after it became aware.</summary>
public sealed class BreachDueItems(EduDpaDbContext db, TenantContext tenant, IStringLocalizer<SharedResource> t) : IDueItemSource
{
    public IReadOnlyList<string> Kinds => ["BreachDecision"];

    public async Task<IReadOnlyList<DueItem>> OpenForCurrentOrganisationAsync(CancellationToken cancellationToken)
    {
        if (tenant.CurrentOrganisationId is not { } me)
        {
            return [];
        }
        var open = await db.Breaches.AsNoTracking().Where(b => b.BoardId == me).ToListAsync(cancellationToken);
        open = [.. open.Where(b => b.IsOpen && b.Authority is null)];
        var ids = open.Select(b => b.ProcessorId).Distinct().ToList();
        var names = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return [.. open.OrderBy(b => b.DecisionDue).Select(b => new DueItem($"breach:{b.Id}:decision", "BreachDecision",
            t["Breach.Due.Title", b.Summary].Value, names.GetValueOrDefault(b.ProcessorId, ""), b.DecisionDue, $"/breaches/{b.Id}"))];
    }
}
