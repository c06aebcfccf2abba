using EduDpa.Web.Features.Obligations;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.Extensions.Localization;

namespace EduDpa.Web.Features.Certificates;

/// <summary>The kinds of due item this capability lists (DueItem.Kind, resource key "Due.Kind.{kind}"), for the digest and filters.</summary>
public static class CertificateDueKinds
{
    /// <summary>For the supplier: a current certificate ends (due at the end of its last valid day).</summary>
    public const string CertificateExpiry = nameof(CertificateExpiry);

    public static readonly IReadOnlyList<string> All = [CertificateExpiry];
}

/// <summary>For a supplier: the expiry of each current certificate of its products.</summary>
public sealed class CertificateDueItems(CertificateReader reader, TenantContext tenant, IStringLocalizer<SharedResource> t) : IDueItemSource
{
    public IReadOnlyList<string> Kinds => [CertificateDueKinds.CertificateExpiry];

    public async Task<IReadOnlyList<DueItem>> OpenForCurrentOrganisationAsync(CancellationToken cancellationToken)
    {
        if (tenant.CurrentOrganisationId is not { } me)
        {
            return [];
        }
        var items = new List<DueItem>();
        foreach (var view in await reader.OwnCurrentAsync(me, cancellationToken))
        {
            var c = view.Certificate;
            items.Add(new DueItem($"certificate:{c.Id}:expiry", CertificateDueKinds.CertificateExpiry,
                t["Due.Certificate.Expiry", CertificateText.Name(t, c), view.ProductName].Value, view.ProductName, c.ExpiresAt, $"/products/{c.ProductId}/certificates"));
        }
        return [.. items.OrderBy(i => i.DueAt)];
    }
}
