using EduDpa.Domain.Agreements;
using EduDpa.Domain.Breaches;
using EduDpa.Domain.Obligations;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Breaches;

/// <summary>A breach as its parties see it, with both organisations' names and where the 72 hours stand.</summary>
public sealed record BreachView(DataBreach Breach, string BoardName, string ProcessorName, PartyRole Role, DateTimeOffset Now)
{
    public string Counterparty => Role == PartyRole.Controller ? ProcessorName : BoardName;

    /// <summary>Where the decision on the authority stands; null once decided or closed.</summary>
    public DueStatus? DecisionStatus => Breach.Authority is null && Breach.IsOpen ? Deadlines.StatusAt(Breach.DecisionDue, Now) : null;
}

/// <summary>Reads the acting organisation's breaches: the query filter leaves only those of its own agreements.</summary>
public sealed class BreachReader(EduDpaDbContext db, TenantContext tenant, TimeProvider clock)
{
    public async Task<IReadOnlyList<BreachView>> ListAsync(Guid? agreementId, CancellationToken ct)
    {
        var query = db.Breaches.AsNoTracking();
        if (agreementId is { } id)
        {
            query = query.Where(b => b.AgreementId == id);
        }
        var breaches = await query.ToListAsync(ct);
        return await ViewsAsync([.. breaches.OrderByDescending(b => b.RecordedAt)], ct);
    }

    public async Task<BreachView?> LoadAsync(Guid id, CancellationToken ct)
    {
        var breach = await db.Breaches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        return breach is null ? null : (await ViewsAsync([breach], ct))[0];
    }

    private async Task<IReadOnlyList<BreachView>> ViewsAsync(IReadOnlyList<DataBreach> breaches, CancellationToken ct)
    {
        var ids = breaches.SelectMany(b => new[] { b.BoardId, b.ProcessorId }).Distinct().ToList();
        // The other party's name is part of the agreement both share; the organisation filter would hide it.
        var names = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var now = clock.GetUtcNow();
        var me = tenant.CurrentOrganisationId;
        return [.. breaches.Select(b => new BreachView(b, names.GetValueOrDefault(b.BoardId, ""), names.GetValueOrDefault(b.ProcessorId, ""),
            b.BoardId == me ? PartyRole.Controller : PartyRole.Processor, now))];
    }
}
