using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Conformity;

/// <summary>
/// The conformity check: annexes (and, before signing, the agreement around them) in, findings out. Pure and
/// deterministic; every finding names its rule, the article it enforces and the field it concerns. The input
/// must have passed <see cref="AnnexInput"/> (known model, ids and countries).
/// </summary>
public static class ConformityCheck
{
    /// <summary>What a supplier checks before publishing: one product's annexes (either may be left out).</summary>
    public static IReadOnlyList<Finding> Annexes(PrivacyAnnex? privacy, SecurityAnnex? security, Guid? productId = null)
    {
        var findings = new List<Finding>();
        if (privacy is not null)
        {
            PrivacyChecks.Run(privacy, TemplatesOf(privacy.Model).Privacy, findings, productId);
        }
        if (security is not null)
        {
            SecurityChecks.Run(security, TemplatesOf(security.Model).Security, findings, productId);
        }
        return findings;
    }

    /// <summary>What stands between an agreement and its signing: every product's annexes, then the agreement itself.</summary>
    public static IReadOnlyList<Finding> Agreement(AgreementCheck agreement)
    {
        var findings = new List<Finding>();
        // With an accepted Bijlage 3 entry on article 7.4 the annex's question about the ECK iD is answered.
        var eckIdSettled = agreement.AmendedClauseIds.Contains(Agreements.Amendment.EckIdClause);
        foreach (var product in agreement.Products)
        {
            findings.AddRange(Annexes(product.Privacy, product.Security, product.ProductId).Where(f => !(eckIdSettled && f.RuleId == ConformityRules.EckId.Id)));
        }
        AgreementChecks.Run(agreement, ModelCatalog.Get(agreement.Model), findings);
        return findings;
    }

    public static bool HasErrors(this IEnumerable<Finding> findings) => findings.Any(f => f.Severity == Severity.Error);

    private static ModelAnnexes TemplatesOf(string model) => ModelCatalog.Get(model).AgreementParts.Annexes;
}
