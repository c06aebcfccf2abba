using EduDpa.Domain.Agreements;
using EduDpa.Domain.Requests;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Requests;

/// <summary>A request as a party sees it: its own role and the other party's name.</summary>
public sealed record RequestView(DataSubjectRequest Request, PartyRole Role, string Counterparty);

/// <summary>Reads the acting organisation's requests (the tenant filter keeps out everyone else's).</summary>
public sealed class RequestReader(EduDpaDbContext db, TenantContext tenant)
{
    public async Task<IReadOnlyList<RequestView>> ListAsync(CancellationToken ct)
    {
        var requests = await db.DataSubjectRequests.AsNoTracking().ToListAsync(ct);
        return await ViewsAsync(requests, ct);
    }

    public async Task<RequestView?> LoadAsync(Guid id, CancellationToken ct)
    {
        var request = await db.DataSubjectRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        return request is null ? null : (await ViewsAsync([request], ct))[0];
    }

    private async Task<IReadOnlyList<RequestView>> ViewsAsync(IReadOnlyList<DataSubjectRequest> requests, CancellationToken ct)
    {
        var me = tenant.CurrentOrganisationId;
        var ids = requests.SelectMany(r => new[] { r.BoardId, r.ProcessorId }).Distinct().ToList();
        // The other party's name is part of the agreement both share.
        var names = await db.Organisations.IgnoreQueryFilters([EduDpaDbContext.TenantFilter]).Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. requests
            .Select(r => r.BoardId == me
                ? new RequestView(r, PartyRole.Controller, names.GetValueOrDefault(r.ProcessorId, string.Empty))
                : new RequestView(r, PartyRole.Processor, names.GetValueOrDefault(r.BoardId, string.Empty)))
            .OrderBy(v => v.Request.IsOpen ? 0 : 1).ThenBy(v => v.Request.DueAt)];
    }
}
