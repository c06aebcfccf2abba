using EduDpa.Domain.Annexes;
using EduDpa.Domain.Conformity;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Tests.Conformity;

/// <summary>Annexes and agreements that conform to every rule, for the rule tests to change one thing in.</summary>
internal static class Samples
{
    public const string Model = ModelCatalog.ModelAgreement40;
    public static readonly Guid ProductId = Guid.Parse("0194a000-0000-7000-8000-000000000001");
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static readonly Service Essential = new("d1", "Rekenomgeving voor leerlingen", "Opslaan van antwoorden en voortgang per leerling");
    public static readonly Service Optional = new("d2", "Ouderportaal", "Tonen van de voortgang aan ouders");

    public static readonly Transfer SupportTransfer = new(
        "t1", "d1", "Toegang door de klantenservice tot supporttickets", "US", null, "Voorbeeld Support Inc.",
        Safeguard.StandardContractualClauses, "Modelcontract 2021/914, module 3", "Versleuteling met sleutels in de EER; toegang alleen op verzoek van de school", null);

    public static PrivacyAnnex Privacy() => new(
        Model,
        new ContactPerson("J. Jansen", "Functionaris gegevensbescherming", "privacy@leverancier.example", "+31 20 123 4567"),
        [Essential],
        [Optional],
        ["E1", "E4", "E13", "E15"],
        [],
        null,
        [new("F1-pupil-1"), new("F1-pupil-3"), new("F1-pupil-13"), new("F1-pupil-21"), new("F1-pupil-29"), new("F1-staff-1"), new("F1-staff-5")],
        "Tot uiterlijk één jaar na het einde van de Onderliggende Overeenkomst.",
        [new("d1", "NL", "Amsterdam"), new("d2", "IE", "Dublin")],
        [SupportTransfer],
        [
            new SubProcessor("Hosting Voorbeeld B.V.", "Hosting van de applicatie en de database", ["F1-pupil-1", "F1-pupil-3", "F1-pupil-21"], "NL", "NL"),
            new SubProcessor("Voorbeeld Support Inc.", "Klantenservice en supporttickets", ["F1-staff-1", "F1-staff-5"], "US", "US"),
        ],
        new AnnexStamp(1, new DateOnly(2026, 11, 1)),
        new GeneralInformation("Rekenroute (fictief)", "Leermiddel Fictief B.V.", "Voorbeeldstraat 1, 1234 AB Voorbeeldstad", "https://leermiddel.example", "https://leermiddel.example/rekenroute",
            "Adaptieve rekenmethode", [Audience.Po], [ProductUser.Pupils, ProductUser.Staff]));

    public static SecurityAnnex Security()
    {
        var template = ModelCatalog.Get(Model).AgreementParts.Annexes.Security;
        return new SecurityAnnex(
            Model,
            [.. template.Section("A").Measures!.Select(m => new MeasureStatement(m.Id, true))],
            new SecurityAssessment(AssessmentForm.ExternalAudit, new Assessor("Auditbureau Voorbeeld", "A. Auditor", "Lead auditor"), "https://login.leermiddel.example",
                new BivClassification(BivLevel.Medium, BivLevel.Medium, BivLevel.High)),
            [.. template.Section("B").Rows!.Select(r => new RosaAnswer(r.Id, Compliance.Met))],
            [.. template.Section("C").BreachInformation!.Select(b => b.Id)],
            new ContactPerson("B. de Vries", "Security officer", "security@leverancier.example", "+31 20 765 4321"),
            new AnnexStamp(1, new DateOnly(2026, 11, 1)));
    }

    /// <summary>The board's choices that settle everything in <paramref name="privacy"/>.</summary>
    public static ProductAnnexChoices Choices(PrivacyAnnex privacy) => new(
        ProductId,
        [.. privacy.OptionalServices.Select(s => new ServiceDecision(s.Id, AnnexJson.Fingerprint(s), true, Now))],
        [.. privacy.Transfers.Select(t => new TransferConsent(t.Id, AnnexJson.Fingerprint(t), true, Now))],
        new RetentionChoice(true, null, AnnexJson.Fingerprint(privacy.Retention)));

    public static AgreementCheck Agreement(PrivacyAnnex? privacy = null, SecurityAnnex? security = null, ProductAnnexChoices? choices = null)
    {
        privacy ??= Privacy();
        return new AgreementCheck(
            new ContactPerson("M. de Boer", "Privacycoördinator", "privacy@school.example", "+31 30 111 2222"),
            new ContactPerson("K. Smit", "ICT-coördinator", "ict@school.example", "+31 30 333 4444"),
            [new ProductCheck(ProductId, "Rekenroute (fictief)", privacy, security ?? Security(), choices ?? Choices(privacy))],
            []);
    }

    public static IReadOnlyList<Finding> Check(PrivacyAnnex? privacy = null, SecurityAnnex? security = null) =>
        ConformityCheck.Annexes(privacy ?? Privacy(), security ?? Security());
}
