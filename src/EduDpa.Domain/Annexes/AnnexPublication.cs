using EduDpa.Domain.Conformity;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;

namespace EduDpa.Domain.Annexes;

/// <summary>
/// What an annex is once it is (or would be) published: the supplier's text with its version stamp (B) and,
/// for Bijlage 1, the general information (C) taken from the product and the supplier at that moment.
/// </summary>
public static class AnnexPublication
{
    public static GeneralInformation GeneralOf(Product product, Organisation supplier) => new(
        product.Name,
        supplier.Name,
        $"{supplier.Address.Street}, {supplier.Address.Postcode.Value} {supplier.Address.City} (KvK {supplier.KvkNumber.Value})",
        (product.SupplierUrl ?? supplier.Website)?.ToString(),
        product.ProductUrl?.ToString(),
        product.Description,
        [.. product.Audience],
        [.. product.Users]);

    public static PrivacyAnnex Privacy(PrivacyAnnex draft, Product product, Organisation supplier, AnnexStamp stamp) =>
        draft with { Version = stamp, General = GeneralOf(product, supplier) };

    public static SecurityAnnex Security(SecurityAnnex draft, AnnexStamp stamp) => draft with { Version = stamp };

    /// <summary>The annex as it would be published with <paramref name="stamp"/>, as JSON, and its findings.</summary>
    public static (string Content, IReadOnlyList<Finding> Findings) Prepare(AnnexKind kind, string draftContent, Product product, Organisation supplier, AnnexStamp stamp)
    {
        if (kind == AnnexKind.Privacy)
        {
            var annex = Privacy(AnnexJson.Deserialize<PrivacyAnnex>(draftContent), product, supplier, stamp);
            return (AnnexJson.Serialize(annex), ConformityCheck.Annexes(annex, null, product.Id));
        }
        var security = Security(AnnexJson.Deserialize<SecurityAnnex>(draftContent), stamp);
        return (AnnexJson.Serialize(security), ConformityCheck.Annexes(null, security, product.Id));
    }
}
