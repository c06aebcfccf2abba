using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;

namespace EduDpa.Benchmarks;

/// <summary>
/// A complete, fictional privacy annex and security annex: every section filled, every purpose and data
/// category the model lists ticked or not in a fixed pattern, sub-processors in and outside the EEA, each
/// with its transfer.
/// </summary>
public static class AnnexDataset
{
    private const string Model = ModelCatalog.ModelAgreement40;

    /// <summary>Countries the sub-processors are established in, in turn: EEA, adequacy, no adequacy.</summary>
    private static readonly string[] SubProcessorCountries = ["NL", "IE", "DE", "US", "GB", "CH", "IN", "FR", "JP", "CA"];

    public static PrivacyAnnex Privacy(int subProcessors = 10)
    {
        var template = ModelCatalog.Get(Model).AgreementParts.Annexes.Privacy;
        var categories = template.DataCategories.Where((_, i) => i % 3 != 0).Select(c => new DataCategoryChoice(c.Id, c.TakesNote ? "toelichting" : null)).ToList();
        var ticked = categories.Select(c => c.Id).ToList();
        var essential = Enumerable.Range(1, 4).Select(i => new Service($"d{i}", $"Dienst {i} van het leermiddel", $"Verwerking van gegevens voor dienst {i}, zoals opslaan en tonen van resultaten.")).ToList();
        var optional = Enumerable.Range(1, 3).Select(i => new Service($"o{i}", $"Optionele dienst {i}", $"Verwerking voor de optionele dienst {i}.")).ToList();
        var subs = Enumerable.Range(0, subProcessors).Select(i => new SubProcessor(
            $"Subverwerker {i + 1} B.V. (fictief)", $"Taak {i + 1}: hosting, support of analyse", [.. ticked.Skip(i % 5).Take(4)],
            SubProcessorCountries[i % SubProcessorCountries.Length], SubProcessorCountries[(i + 3) % SubProcessorCountries.Length])).ToList();
        var outside = subs.SelectMany(s => new[] { s.ProcessingCountryCode!, s.EstablishmentCountryCode! }).Where(c => !EduDpa.Domain.Reference.Countries.IsEea(c)).Distinct().ToList();
        var transfers = outside.Select((country, i) => new Transfer(
            $"t{i + 1}", "d1", $"Doorgifte {i + 1} voor support en hosting", country, null, $"Ontvanger {i + 1} (fictief)",
            Safeguard.StandardContractualClauses, "Modelcontract (EU) 2021/914, module 3", "Versleuteling met sleutels in de EER.", null)).ToList();
        return new PrivacyAnnex(
            Model,
            new ContactPerson("J. Jansen (fictief)", "Functionaris gegevensbescherming", "privacy@leverancier.example", "+31 20 000 0101"),
            essential,
            optional,
            [.. template.Purposes.Where((_, i) => i % 2 == 0 && !template.Purposes[i].Other).Select(p => p.Id)],
            ["E11.1", "E11.3"],
            null,
            categories,
            "Tot het einde van het schooljaar waarin de leerling de school verlaat; loggegevens zes maanden.",
            [.. essential.Concat(optional).Select(s => new Location(s.Id, "NL", "Amsterdam"))],
            transfers,
            subs,
            new AnnexStamp(3, new DateOnly(2026, 11, 1)),
            new GeneralInformation("Rekenroute (fictief)", "Leermiddel Fictief B.V.", "Voorbeeldstraat 1, 1234 AB Voorbeeldstad", "https://leermiddel.example", "https://leermiddel.example/rekenroute",
                "Adaptieve rekenmethode", [Audience.Po, Audience.Vso], [ProductUser.Pupils, ProductUser.Parents, ProductUser.Staff]));
    }

    public static SecurityAnnex Security()
    {
        var template = ModelCatalog.Get(Model).AgreementParts.Annexes.Security;
        return new SecurityAnnex(
            Model,
            [.. template.Section("A").Measures!.Select((m, i) => new MeasureStatement(m.Id, i != 2, i == 2 ? "Belegd bij de directeur." : null))],
            new SecurityAssessment(AssessmentForm.ExternalAudit, new Assessor("Auditbureau (fictief)", "A. Auditor", "lead auditor"), "https://login.leermiddel.example",
                new BivClassification(BivLevel.Medium, BivLevel.High, BivLevel.High)),
            [.. template.Section("B").Rows!.Select((r, i) => (i % 7) switch
            {
                3 => new RosaAnswer(r.Id, Compliance.NotMet, "Wordt gecorrigeerd.", new DateOnly(2027, 3, 1)),
                5 => new RosaAnswer(r.Id, Compliance.Alternative, "Geregeld door de hostingpartij."),
                _ => new RosaAnswer(r.Id, Compliance.Met),
            })],
            [.. template.Section("C").BreachInformation!.Select(b => b.Id)],
            new ContactPerson("B. de Vries (fictief)", "security officer", "security@leverancier.example", "+31 20 000 0102"),
            new AnnexStamp(3, new DateOnly(2026, 11, 1)));
    }
}
