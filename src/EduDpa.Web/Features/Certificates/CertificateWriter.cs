using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Certificates;
using EduDpa.Domain.Common;
using EduDpa.Domain.Files;
using EduDpa.Web.Infrastructure.Data;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace EduDpa.Web.Features.Certificates;

/// <summary>A certificate to add, as the page and the API's form give it; dates that did not parse are in <paramref name="ParseErrors"/>.</summary>
public sealed record AddCertificate(CertificateInput Input, FileUpload? File, Guid? Replaces, ValidationErrors? ParseErrors = null);

/// <summary>
/// The supplier's steps on its certificates, for the pages and the API alike: only the acting supplier finds its own
/// products and certificates (404 for anyone else), only its editors change them (403), the domain guards the rest.
/// </summary>
public sealed class CertificateWriter(EduDpaDbContext db, TenantContext tenant, TimeProvider clock, Uploads uploads)
{
    public const string RoleField = "Role";

    private Actor Me => new(tenant.UserId!.Value, tenant.UserName ?? string.Empty);

    /// <summary>Whether the acting organisation may add certificates to the product: NotFound unless it is its own, Forbidden without the editor role.</summary>
    public async Task<WriteOutcome?> RefusalAsync(Guid productId, CancellationToken ct)
    {
        if (!await db.Products.AnyAsync(p => p.Id == productId, ct))
        {
            return WriteOutcome.NotFound;
        }
        return tenant.HasRole(OrganisationRoles.Editor) ? null : WriteOutcome.Forbidden;
    }

    public async Task<WriteResult<Certificate>> AddAsync(Guid productId, AddCertificate add, CancellationToken ct)
    {
        switch (await RefusalAsync(productId, ct))
        {
            case WriteOutcome.NotFound:
                return WriteResult<Certificate>.NotFound();
            case WriteOutcome.Forbidden:
                return Forbidden();
        }
        var errors = new ValidationErrors();
        errors.AddAll(string.Empty, add.ParseErrors ?? new ValidationErrors());
        Certificate? replaces = null;
        if (add.Replaces is { } replacesId)
        {
            replaces = await db.Certificates.FirstOrDefaultAsync(c => c.Id == replacesId && c.SupplierId == tenant.CurrentOrganisationId, ct);
            if (replaces is null)
            {
                errors.Add("Replaces", ValidationCodes.UnknownValue);
            }
        }
        try
        {
            var (certificate, document) = Certificate.Add(tenant.CurrentOrganisationId!.Value, productId, add.Input, add.File, uploads.MaxBytes, replaces, Me, clock.GetUtcNow());
            if (!errors.IsEmpty)
            {
                return WriteResult<Certificate>.Invalid(errors);
            }
            db.StoredDocuments.Add(document);
            db.Certificates.Add(certificate);
            await db.SaveChangesAsync(ct);
            return WriteResult<Certificate>.Saved(certificate);
        }
        catch (DomainRuleViolation rule)
        {
            // A date that could not be read is named once, as unreadable, not also as missing.
            foreach (var (field, codes) in rule.ToErrors().ByField.Where(e => !errors.ByField.ContainsKey(e.Key)))
            {
                codes.ForEach(code => errors.Add(field, code));
            }
            return WriteResult<Certificate>.Invalid(errors);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone replaced or withdrew the same certificate a moment earlier.
            return WriteResult<Certificate>.Invalid(ValidationErrors.For("Replaces", CertificateCodes.NotCurrent));
        }
    }

    public async Task<WriteResult<Certificate>> WithdrawAsync(Guid certificateId, int? version, string? reason, CancellationToken ct)
    {
        var certificate = await db.Certificates.FirstOrDefaultAsync(c => c.Id == certificateId, ct);
        if (certificate is null)
        {
            return WriteResult<Certificate>.NotFound();
        }
        if (certificate.SupplierId != tenant.CurrentOrganisationId || !tenant.HasRole(OrganisationRoles.Editor))
        {
            return Forbidden();
        }
        if (version is null)
        {
            return WriteResult<Certificate>.Invalid(ValidationErrors.For("Version", ValidationCodes.Required));
        }
        if (version != certificate.Version)
        {
            return WriteResult<Certificate>.Stale(certificate);
        }
        try
        {
            certificate.Withdraw(reason, Me, clock.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return WriteResult<Certificate>.Saved(certificate);
        }
        catch (DomainRuleViolation rule)
        {
            return WriteResult<Certificate>.Invalid(rule.ToErrors());
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Certificates.AsNoTracking().FirstOrDefaultAsync(c => c.Id == certificateId, ct);
            return current is null ? WriteResult<Certificate>.NotFound() : WriteResult<Certificate>.Stale(current);
        }
    }

    private static WriteResult<Certificate> Forbidden() => WriteResult<Certificate>.Forbidden(ValidationErrors.For(RoleField, AgreementCodes.MissingRole));
}
