using EduDpa.Domain.Auditing;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Audit;

/// <summary>Reads the audit trail and checks its hash chain, entry by entry, without holding it in memory.</summary>
public sealed class AuditTrail(EduDpaDbContext db)
{
    public const int PageSize = 50;

    public async Task<AuditChainVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var verifier = new AuditChainVerifier();
        await foreach (var entry in db.AuditEntries.OrderBy(e => e.Sequence).AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!verifier.Check(entry))
            {
                break;
            }
        }
        return verifier.Result;
    }

    /// <summary>The newest entries first, optionally only those of one entity or one organisation; page on with <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(string? entity, string? entityId, Guid? organisationId, long? before, int take, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entity))
        {
            query = query.Where(e => e.Entity == entity);
        }
        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(e => e.EntityId == entityId);
        }
        if (organisationId is { } org)
        {
            query = query.Where(e => e.OrganisationId == org);
        }
        if (before is { } b)
        {
            query = query.Where(e => e.Sequence < b);
        }
        return await query.OrderByDescending(e => e.Sequence).Take(Math.Clamp(take, 1, 500)).ToListAsync(cancellationToken);
    }
}
