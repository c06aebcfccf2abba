using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;
using EduDpa.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Agreements;

/// <summary>What every change to an agreement does around the change itself: find it from the version read, save, and report a refusal.</summary>
internal static class AgreementChanges
{
    /// <summary>The field a refusal for want of a role names.</summary>
    public const string RoleField = "Role";

    /// <summary>The agreement to change; or why not: not found (for this organisation), no version sent, or someone saved since.</summary>
    public static async Task<(ProcessingAgreement? Agreement, WriteResult<ProcessingAgreement>? Refusal)> FindAsync(
        EduDpaDbContext db, Guid agreementId, int? version, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null)
        {
            return (null, WriteResult<ProcessingAgreement>.NotFound());
        }
        if (version is null)
        {
            return (null, WriteResult<ProcessingAgreement>.Invalid(ValidationErrors.For("Version", ValidationCodes.Required)));
        }
        return agreement.Version == version ? (agreement, null) : (null, WriteResult<ProcessingAgreement>.Stale(agreement));
    }

    /// <summary>Applies a guarded change and saves it; a refused rule or a save someone else made first comes back as the result.</summary>
    public static Task<WriteResult<ProcessingAgreement>> SaveAsync(EduDpaDbContext db, ProcessingAgreement agreement, Action change, CancellationToken cancellationToken) =>
        SaveAsync(db, agreement, () =>
        {
            change();
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>
    /// As above, for a change that does more work before the save (such as announcing it by e-mail). A step
    /// refused for want of a role comes back as <see cref="WriteOutcome.Forbidden"/>.
    /// </summary>
    public static async Task<WriteResult<ProcessingAgreement>> SaveAsync(EduDpaDbContext db, ProcessingAgreement agreement, Func<Task> change, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            await db.SaveChangesAsync(cancellationToken);
            return WriteResult<ProcessingAgreement>.Saved(agreement);
        }
        catch (DomainRuleViolation rule)
        {
            var errors = rule.ToErrors();
            return errors.ByField.ContainsKey(RoleField) ? WriteResult<ProcessingAgreement>.Forbidden(errors) : WriteResult<ProcessingAgreement>.Invalid(errors);
        }
        catch (DbUpdateException saved) when (saved is DbUpdateConcurrencyException || UniqueViolation.Is(saved))
        {
            // Someone saved first; or took this very step at the same moment (a double click), which its announcement's unique key catches.
            db.ChangeTracker.Clear();
            var current = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreement.Id, cancellationToken);
            return current is null ? WriteResult<ProcessingAgreement>.NotFound() : WriteResult<ProcessingAgreement>.Stale(current);
        }
    }
}
