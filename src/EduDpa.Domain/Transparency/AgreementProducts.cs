using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Transparency;

/// <summary>
/// The products a signed agreement covers, as <see cref="ProductInUse"/>: each with the annex versions in force
/// (the signed ones, or a later version a change applied, see <see cref="AnnexesInForce"/>), never a draft and never
/// simply the newest published version. Only signed agreements that have not ended count: signed by both (also
/// before the effective date), terminating, or awaiting the return of the data.
/// </summary>
public static class AgreementProducts
{
    /// <param name="privacyVersion">A published Bijlage 1 by product and number, for versions applied after signing.</param>
    /// <param name="securityVersion">The same for Bijlage 2.</param>
    public static IReadOnlyList<ProductInUse> Of(
        ProcessingAgreement agreement, SnapshotContent snapshot, IEnumerable<ChangeNotice> notices, DateTimeOffset now,
        Func<Guid, int, PrivacyAnnex?> privacyVersion, Func<Guid, int, SecurityAnnex?> securityVersion)
    {
        if (agreement.State is not (AgreementState.SignedByBoth or AgreementState.Terminating) || agreement.Signatures.Count < 2)
        {
            return [];
        }
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, AmsterdamTime.Zone).DateTime);
        var state = agreement.StateOn(today);
        var inForce = state == AgreementState.Active || (state == AgreementState.Terminating && agreement.EffectiveFrom <= today);
        var signedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(agreement.Signatures.Max(s => s.SignedAt), AmsterdamTime.Zone).DateTime);
        var versions = AnnexesInForce.Of(snapshot, notices, now);
        var result = new List<ProductInUse>();
        foreach (var product in snapshot.Products)
        {
            var privacy = InForce(versions, product.ProductId, AnnexKind.Privacy, product.Privacy, privacyVersion);
            var security = InForce(versions, product.ProductId, AnnexKind.Security, product.Security, securityVersion);
            result.Add(new ProductInUse(
                agreement.BoardId, UseBasis.Agreement, agreement.Id, product.ProductId,
                privacy?.General?.ProductName ?? product.Name, agreement.ProcessorId, privacy?.General?.ProcessorName ?? snapshot.Processor.Name,
                signedOn, agreement.EffectiveFrom, agreement.Ending?.EndDate, state, inForce, agreement.ModelId,
                agreement.CoversAllSchools, agreement.SchoolIds,
                privacy is null ? ProcessingFacts.None(agreement.ModelId) : Facts(privacy, product.Choices),
                AnnexVersionReference.Of(privacy?.Version), security is null ? null : SecuritySummary.Of(security)));
        }
        return result;
    }

    /// <summary>What Bijlage 1 says, narrowed to what the board uses: the essential services and the optional ones it accepted, with their locations and transfers.</summary>
    public static ProcessingFacts Facts(PrivacyAnnex annex, ProductAnnexChoices choices)
    {
        var services = annex.EssentialServices.Concat(annex.OptionalServices.Where(s => choices.DecisionFor(s) is { Accepted: true })).ToList();
        var used = services.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        bool InUse(string? serviceId) => serviceId is null || used.Contains(serviceId) || annex.FindService(serviceId) is null;
        return new ProcessingFacts(
            annex.Model, annex.General?.Explanation, services, annex.Purposes, annex.ThirdParties, annex.OtherPurpose, annex.DataCategories,
            choices.RetentionFor(annex) ?? annex.Retention,
            [.. annex.Locations.Where(l => InUse(l.ServiceId))],
            [.. annex.Transfers.Where(t => InUse(t.ServiceId))],
            annex.SubProcessors);
    }

    private static T? InForce<T>(IReadOnlyList<AnnexInForce> versions, Guid productId, AnnexKind kind, T? signed, Func<Guid, int, T?> published) where T : class
    {
        var applies = versions.FirstOrDefault(v => v.ProductId == productId && v.Kind == kind);
        // A later version applies through a change; without one (or if it cannot be found) the signed version stands.
        return applies is { ChangeId: not null, Number: { } number } ? published(productId, number) ?? signed : signed;
    }
}
