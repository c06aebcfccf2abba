using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Conformity;

/// <summary>The rules about Bijlage 2 as the supplier fills it in (annex stage).</summary>
internal static class SecurityChecks
{
    private const string S = "Security.";
    private const CheckStage Stage = CheckStage.Annex;

    public static void Run(SecurityAnnex annex, SecurityAnnexTemplate template, List<Finding> findings, Guid? product)
    {
        if (annex.Version is null)
        {
            findings.Add(ConformityRules.VersionStamp.At(Stage, S + nameof(SecurityAnnex.Version),
                "De beveiligingsbijlage heeft geen versienummer en datum.", "The security annex has no version number and date.", product));
        }
        Measures(annex, template, findings, product);
        Assessment(annex, findings, product);
        Rosa(annex, template, findings, product);
        Breach(annex, template, findings, product);
    }

    private static void Measures(SecurityAnnex annex, SecurityAnnexTemplate template, List<Finding> findings, Guid? product)
    {
        var measures = template.Section("A").Measures!;
        for (var i = 0; i < measures.Count; i++)
        {
            var index = FindIndex(annex.Measures, m => m.Id == measures[i].Id);
            var statement = index >= 0 ? annex.Measures[index] : null;
            if (statement is { Affirmed: true } or { Explanation: not null })
            {
                continue;
            }
            findings.Add(ConformityRules.StandardMeasures.At(Stage, index >= 0 ? $"{S}{nameof(SecurityAnnex.Measures)}[{index}]" : S + nameof(SecurityAnnex.Measures),
                $"Onderdeel A, maatregel {i + 1} is niet bevestigd en niet toegelicht: \"{measures[i].Text}\"",
                $"Section A, measure {i + 1} is neither affirmed nor explained: \"{measures[i].Text}\"", product));
        }
    }

    private static void Assessment(SecurityAnnex annex, List<Finding> findings, Guid? product)
    {
        const string field = S + nameof(SecurityAnnex.Assessment);
        var assessment = annex.Assessment;
        if (assessment.Form is null)
        {
            findings.Add(ConformityRules.Assessment.At(Stage, field + ".Form", "Onderdeel B: kies de toetsvorm.", "Section B: choose the form of assessment.", product));
        }
        if (assessment.Assessor is not { Organisation: not null, Name: not null, Function: not null })
        {
            findings.Add(ConformityRules.Assessment.At(Stage, field + ".Assessor", "Onderdeel B: vul organisatie, naam en functie van de uitvoerder van de toets in.", "Section B: fill in the organisation, name and function of the assessor.", product));
        }
        if (assessment.Classification is not { Availability: not null, Integrity: not null, Confidentiality: not null } classification)
        {
            findings.Add(ConformityRules.Assessment.At(Stage, field + ".Classification", "Onderdeel B: vul de BIV-classificatie in (beschikbaarheid, integriteit, vertrouwelijkheid: L, M of H).", "Section B: fill in the BIV classification (availability, integrity, confidentiality: L, M or H).", product));
        }
        else if (assessment.Form == AssessmentForm.SelfAssessment
            && (classification.Availability == BivLevel.High || classification.Integrity == BivLevel.High || classification.Confidentiality == BivLevel.High))
        {
            findings.Add(ConformityRules.HighClassificationAssessment.At(Stage, field + ".Form",
                "Onderdeel B: de classificatie is (deels) hoog, maar de maatregelen zijn alleen met een self-assessment getoetst. Overweeg een externe audit of certificering (artikel 7 lid 7).",
                "Section B: the classification is (partly) high, but the measures were assessed only by a self-assessment. Consider an external audit or certification (article 7 paragraph 7).", product));
        }
        if (assessment.LoginPageUrl is { } url && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(ConformityRules.LoginHttps.At(Stage, field + ".LoginPageUrl",
                $"Onderdeel B: de inlogpagina {url} gebruikt geen https.", $"Section B: the login page {url} does not use https.", product));
        }
    }

    private static void Rosa(SecurityAnnex annex, SecurityAnnexTemplate template, List<Finding> findings, Guid? product)
    {
        foreach (var row in template.Section("B").Rows!)
        {
            var index = FindIndex(annex.Rosa, r => r.Id == row.Id);
            var answer = index >= 0 ? annex.Rosa[index] : null;
            var field = index >= 0 ? $"{S}{nameof(SecurityAnnex.Rosa)}[{index}]" : S + nameof(SecurityAnnex.Rosa);
            var label = $"{row.Category} – {row.Measure}";
            switch (answer?.Compliance)
            {
                case null:
                    findings.Add(ConformityRules.RosaCompliance.At(Stage, field + ".Compliance",
                        $"ROSA-tabel, {label}: kies Voldaan, Niet voldaan of Alternatieve maatregel.", $"ROSA table, {label}: choose Met, Not met or Alternative measure.", product));
                    break;
                case Compliance.NotMet when answer.Explanation is null || answer.CorrectBy is null:
                    findings.Add(ConformityRules.RosaCorrection.At(Stage, field + (answer.Explanation is null ? ".Explanation" : ".CorrectBy"),
                        $"ROSA-tabel, {label}: 'Niet voldaan' zonder {(answer.Explanation is null ? "uitleg hoe" : "datum wanneer")} het wordt gecorrigeerd.",
                        $"ROSA table, {label}: 'Not met' without {(answer.Explanation is null ? "how" : "a date by when")} it is corrected.", product));
                    break;
                case Compliance.Alternative when answer.Explanation is null:
                    findings.Add(ConformityRules.RosaAlternative.At(Stage, field + ".Explanation",
                        $"ROSA-tabel, {label}: beschrijf de alternatieve maatregel.", $"ROSA table, {label}: describe the alternative measure.", product));
                    break;
            }
        }
    }

    private static void Breach(SecurityAnnex annex, SecurityAnnexTemplate template, List<Finding> findings, Guid? product)
    {
        var missing = template.Section("C").BreachInformation!.Where(b => !annex.BreachInformation.Contains(b.Id)).ToList();
        if (missing.Count > 0)
        {
            var items = string.Join(", ", missing.Select(b => b.Id));
            findings.Add(ConformityRules.BreachInformation.At(Stage, S + nameof(SecurityAnnex.BreachInformation),
                $"Onderdeel C: de verwerker zegt niet alle informatie over een datalek toe; ontbreekt: {items}.",
                $"Section C: the processor does not commit to all information about a data breach; missing: {items}.", product));
        }
        if (annex.IncidentContact is not { Name: not null, Email: not null, Phone: not null })
        {
            findings.Add(ConformityRules.IncidentContact.At(Stage, S + nameof(SecurityAnnex.IncidentContact),
                "Onderdeel C: vul naam en functie van de contactpersoon van de verwerker bij incidenten in, met e-mailadres en telefoonnummer.",
                "Section C: fill in the name and function of the processor's incident contact, with e-mail address and phone number.", product));
        }
    }

    private static int FindIndex<T>(IReadOnlyList<T> items, Func<T, bool> match)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (match(items[i]))
            {
                return i;
            }
        }
        return -1;
    }
}
