using EduDpa.Domain.Annexes;
using EduDpa.Domain.Conformity;

namespace EduDpa.Web.Features.Offers;

/// <summary>A published annex version and where to read it.</summary>
public sealed record AnnexLink(int Number, DateOnly PublishedOn, string Url);

/// <summary>
/// How a product's newest published annexes stand against the model: the versions and the number of findings that
/// are errors and that need the board's attention (<see cref="ConformityCheck.Annexes"/>). A product is offered
/// whatever its annexes say; boards and the supplier see this beside the offer.
/// </summary>
public sealed record ConformitySummary(AnnexLink? Privacy, AnnexLink? Security, int Errors, int Attention)
{
    public bool BothPublished => Privacy is not null && Security is not null;

    public static ConformitySummary For(Guid productId, IReadOnlyDictionary<(Guid ProductId, AnnexKind Kind), AnnexVersion> newest)
    {
        var privacy = newest.GetValueOrDefault((productId, AnnexKind.Privacy));
        var security = newest.GetValueOrDefault((productId, AnnexKind.Security));
        var findings = ConformityCheck.Annexes(privacy?.PrivacyAnnex(), security?.SecurityAnnex(), productId);
        return new ConformitySummary(Link(productId, privacy), Link(productId, security),
            findings.Count(f => f.Severity == Severity.Error), findings.Count(f => f.Severity == Severity.Attention));
    }

    private static AnnexLink? Link(Guid productId, AnnexVersion? version) => version is { Number: { } number, PublishedOn: { } on }
        ? new AnnexLink(number, on, $"/products/{productId}/annexes/{(version.Kind == AnnexKind.Privacy ? "privacy" : "security")}/{number}")
        : null;
}
