using System.Text.Json.Serialization;

namespace EduDpa.Domain.Annexes;

/// <summary>
/// Bijlage 2, the security annex (Beveiligingsbijlage) of one product, as the supplier fills it in. The
/// board's own incident contact is on the board's agreement.
/// </summary>
/// <param name="Measures">A: the seven standard measures ("A1" … "A7"), each affirmed or explained.</param>
/// <param name="Assessment">B: how the measures were assessed, by whom, the login page and the BIV classification.</param>
/// <param name="Rosa">B: the answer per row of the ROSA table ("B1" … "B21").</param>
/// <param name="BreachInformation">C: the breach information the supplier commits to give ("C1" … "C8").</param>
/// <param name="IncidentContact">C: the supplier's contact for security incidents and data breaches.</param>
public sealed record SecurityAnnex(
    string Model,
    IReadOnlyList<MeasureStatement> Measures,
    SecurityAssessment Assessment,
    IReadOnlyList<RosaAnswer> Rosa,
    IReadOnlyList<string> BreachInformation,
    ContactPerson? IncidentContact,
    AnnexStamp? Version = null)
{
    public static SecurityAnnex Empty(string model) => new(model, [], new SecurityAssessment(null, null, null, null), [], [], null);
}

/// <summary>A: a standard measure, affirmed, or not affirmed with an explanation.</summary>
public sealed record MeasureStatement(string Id, bool Affirmed, string? Explanation = null);

public sealed record SecurityAssessment(AssessmentForm? Form, Assessor? Assessor, string? LoginPageUrl, BivClassification? Classification);

/// <summary>The model's "Toetsvorm": self-assessment, internal audit, peer review or external audit.</summary>
public enum AssessmentForm
{
    SelfAssessment = 1,
    InternalAudit = 2,
    PeerReview = 3,
    ExternalAudit = 4,
}

public sealed record Assessor(string? Organisation, string? Name, string? Function);

/// <summary>Availability, integrity and confidentiality (beschikbaarheid, integriteit, vertrouwelijkheid).</summary>
public sealed record BivClassification(BivLevel? Availability, BivLevel? Integrity, BivLevel? Confidentiality);

public enum BivLevel
{
    [JsonStringEnumMemberName("L")]
    Low = 1,

    [JsonStringEnumMemberName("M")]
    Medium = 2,

    [JsonStringEnumMemberName("H")]
    High = 3,
}

/// <summary>A row of the ROSA table. <see cref="CorrectBy"/> is when a "Niet voldaan" is corrected.</summary>
public sealed record RosaAnswer(string Id, Compliance? Compliance, string? Explanation = null, DateOnly? CorrectBy = null);

/// <summary>The model's "Voldaan / Niet voldaan / Alternatieve maatregel".</summary>
public enum Compliance
{
    Met = 1,
    NotMet = 2,
    Alternative = 3,
}
