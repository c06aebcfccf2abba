namespace EduDpa.Domain.Breaches;

/// <summary>A data breach (AVG art. 4.12) or a security incident that is not one (model art. 8.8).</summary>
public enum BreachKind
{
    DataBreach = 1,
    SecurityIncident = 2,
}

/// <summary>Bijlage 2 C: what happened to the personal data; several may apply.</summary>
[Flags]
public enum BreachNature
{
    None = 0,
    Reading = 1,
    Copying = 2,
    Altering = 4,
    Deleting = 8,
    Theft = 16,
}

/// <summary>Whether the data concerned was encrypted or hashed.</summary>
public enum Protection
{
    Unknown = 1,
    Yes = 2,
    No = 3,
}

/// <summary>What can be wrong with a breach action, in the spirit of <see cref="Common.ValidationCodes"/>.</summary>
public static class BreachCodes
{
    public const string AgreementNotSigned = "agreement-not-signed";
    public const string NoSignedAgreement = "no-signed-agreement";
    public const string BeforeDiscovery = "before-discovery";
    public const string PeriodOrder = "period-order";
    public const string NatureRequired = "nature-required";
    public const string BoardDecides = "board-decides";
    public const string AlreadyDecided = "already-decided";
    public const string BreachClosed = "breach-closed";
}
