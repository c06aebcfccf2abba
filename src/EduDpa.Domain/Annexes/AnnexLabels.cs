using System.Globalization;

namespace EduDpa.Domain.Annexes;

/// <summary>How the annexes' choices read in the (Dutch) agreement document; where the model has words for them, its words.</summary>
public static class AnnexLabels
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    public static string Of(Compliance compliance) => compliance switch
    {
        Compliance.Met => "Voldaan",
        Compliance.NotMet => "Niet voldaan",
        _ => "Alternatieve maatregel",
    };

    public static string Of(AssessmentForm form) => form switch
    {
        AssessmentForm.SelfAssessment => "Self-assessment",
        AssessmentForm.InternalAudit => "Interne audit",
        AssessmentForm.PeerReview => "Peer review",
        _ => "Externe audit",
    };

    public static string Of(Safeguard safeguard) => safeguard switch
    {
        Safeguard.AdequacyDecision => "Adequaatheidsbesluit van de Europese Commissie",
        Safeguard.StandardContractualClauses => "Standard Contractual Clauses (SCC)",
        Safeguard.BindingCorporateRules => "Bindende bedrijfsvoorschriften (BCR)",
        _ => "Andere passende waarborg (artikel 46 AVG)",
    };

    public static string Of(Audience audience) => audience switch
    {
        Audience.Po => "po",
        Audience.Vo => "vo",
        Audience.Vso => "(v)so",
        _ => "mbo",
    };

    public static string Of(ProductUser user) => user switch
    {
        ProductUser.Pupils => "Onderwijsdeelnemers",
        ProductUser.Parents => "ouders/verzorgers",
        _ => "medewerkers",
    };

    public static string Of(BivLevel level) => level switch
    {
        BivLevel.Low => "L",
        BivLevel.Medium => "M",
        _ => "H",
    };

    /// <summary>"J. Jansen, Functionaris gegevensbescherming".</summary>
    public static string? NameAndFunction(ContactPerson? contact) =>
        contact is null ? null : Join(", ", contact.Name, contact.Function);

    /// <summary>"privacy@leverancier.example, +31 20 123 4567".</summary>
    public static string? Details(ContactPerson? contact) =>
        contact is null ? null : Join(", ", contact.Email, contact.Phone);

    public static string? Join(string separator, params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }
}
