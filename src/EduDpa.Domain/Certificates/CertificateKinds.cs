namespace EduDpa.Domain.Certificates;

/// <summary>The certifications and third-party statements (TPM) a supplier shows for a product (model art. 7.2 a and 7.7 d).</summary>
public enum CertificateKind
{
    Iso27001 = 1,
    Nen7510 = 2,
    Rosa = 3,
    Soc2Type2 = 4,

    /// <summary>Any other certification or statement; it needs a name.</summary>
    Other = 5,
}

/// <summary>Where a certificate stands on a day.</summary>
public enum CertificateStatus
{
    /// <summary>Its validity starts later.</summary>
    NotYetValid = 1,
    Valid = 2,

    /// <summary>Valid, but it ends within <see cref="Certificate.ExpiringSoonDays"/> days.</summary>
    ExpiresSoon = 3,
    Expired = 4,

    /// <summary>A newer certificate took its place.</summary>
    Superseded = 5,

    /// <summary>The supplier withdrew it.</summary>
    Withdrawn = 6,
}

/// <summary>What the facts of a certificate can be, as the supplier gives them.</summary>
public sealed record CertificateInput(string? Kind, string? OtherName, string? Scope, string? Issuer, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>What can be wrong with a certificate, in the spirit of <see cref="Common.ValidationCodes"/>.</summary>
public static class CertificateCodes
{
    public const string ValidityOrder = "validity-order";
    public const string NotCurrent = "certificate-not-current";
    public const string OtherProduct = "certificate-other-product";
    public const string OtherKind = "certificate-other-kind";
}
