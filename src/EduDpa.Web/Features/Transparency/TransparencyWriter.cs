using EduDpa.Domain.Common;
using EduDpa.Domain.Transparency;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Transparency;

/// <summary>The acting board's public page settings: reading them (an unsaved page is unpublished), and saving them with the version read.</summary>
public sealed class TransparencyWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock)
{
    public async Task<TransparencyPage> MineAsync(CancellationToken ct) =>
        await db.TransparencyPages.AsNoTracking().FirstOrDefaultAsync(p => p.BoardId == tenant.CurrentOrganisationId, ct)
        ?? TransparencyPage.Unsaved(tenant.CurrentOrganisationId!.Value);

    /// <param name="version">The version read (0 for a page never saved); another one means someone saved in between.</param>
    public async Task<WriteResult<TransparencyPage>> SaveAsync(TransparencyPageInput input, int? version, CancellationToken ct)
    {
        if (version is null)
        {
            return WriteResult<TransparencyPage>.Invalid(ValidationErrors.For("Version", ValidationCodes.Required));
        }
        var boardId = tenant.CurrentOrganisationId!.Value;
        var page = await db.TransparencyPages.FirstOrDefaultAsync(p => p.BoardId == boardId, ct);
        if ((page?.Version ?? 0) != version)
        {
            return WriteResult<TransparencyPage>.Stale(page ?? TransparencyPage.Unsaved(boardId));
        }
        try
        {
            if (page is null)
            {
                page = TransparencyPage.Create(boardId, input, clock.GetUtcNow());
                db.TransparencyPages.Add(page);
            }
            else
            {
                page.Change(input, clock.GetUtcNow());
            }
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<TransparencyPage>.Invalid(rule.ToErrors());
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return WriteResult<TransparencyPage>.Saved(page);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return WriteResult<TransparencyPage>.Stale(await MineAsync(ct));
        }
    }
}
