using EduDpa.Domain.Annexes;
using EduDpa.Domain.Changes;

namespace EduDpa.Web.Features.Changes;

/// <summary>What the supplier adds when publishing a significant change (art. 14.3): the consequences in plain language and the intended date.</summary>
public sealed record PublicationNote(string? Explanation, DateOnly? IntendedDate)
{
    public static readonly PublicationNote None = new(null, null);
}

/// <summary>
/// What publishing the draft now would mean for the signed agreements covering the product: how many there are
/// and what the new version changes for them. A significant change needs the consequences explained and applies to
/// each agreement only after its board accepts; a minor one applies at once.
/// </summary>
public sealed record PublicationImpact(int SignedAgreements, AnnexDifference Difference)
{
    public static readonly PublicationImpact NoAgreements = new(0, AnnexDifference.None);

    public bool Significant => SignedAgreements > 0 && Difference.IsSignificant;

    public static AnnexDifference Compare(AnnexKind kind, string? previousContent, string newContent) => kind == AnnexKind.Privacy
        ? AnnexComparison.Privacy(previousContent is null ? null : AnnexJson.Deserialize<PrivacyAnnex>(previousContent), AnnexJson.Deserialize<PrivacyAnnex>(newContent))
        : AnnexComparison.Security(previousContent is null ? null : AnnexJson.Deserialize<SecurityAnnex>(previousContent), AnnexJson.Deserialize<SecurityAnnex>(newContent));
}
