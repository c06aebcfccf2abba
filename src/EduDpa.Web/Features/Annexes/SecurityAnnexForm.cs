using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;

namespace EduDpa.Web.Features.Annexes;

public sealed class MeasureForm
{
    public string Id { get; set; } = string.Empty;
    public bool Affirmed { get; set; }
    public string? Explanation { get; set; }
}

public sealed class RosaForm
{
    public string Id { get; set; } = string.Empty;
    public Compliance? Compliance { get; set; }
    public string? Explanation { get; set; }
    public DateOnly? CorrectBy { get; set; }
}

public sealed class AssessorForm
{
    public string? Organisation { get; set; }
    public string? Name { get; set; }
    public string? Function { get; set; }
}

public sealed class ClassificationForm
{
    public BivLevel? Availability { get; set; }
    public BivLevel? Integrity { get; set; }
    public BivLevel? Confidentiality { get; set; }
}

public sealed class AssessmentFields
{
    public AssessmentForm? Form { get; set; }
    public AssessorForm Assessor { get; set; } = new();
    public string? LoginPageUrl { get; set; }
    public ClassificationForm Classification { get; set; } = new();
}

/// <summary>Bijlage 2 as the editor posts it: one row per standard measure and per ROSA row, in the model's order.</summary>
public sealed class SecurityAnnexForm
{
    public List<MeasureForm> Measures { get; set; } = [];
    public AssessmentFields Assessment { get; set; } = new();
    public List<RosaForm> Rosa { get; set; } = [];
    public List<string> BreachInformation { get; set; } = [];
    public ContactForm IncidentContact { get; set; } = new();
    public int? DraftVersion { get; set; }

    public SecurityAnnex ToAnnex() => new(
        ModelCatalog.ModelAgreement40,
        [.. Measures.Select(m => new MeasureStatement(m.Id, m.Affirmed, m.Explanation))],
        new SecurityAssessment(
            Assessment.Form,
            new Assessor(Assessment.Assessor.Organisation, Assessment.Assessor.Name, Assessment.Assessor.Function),
            Assessment.LoginPageUrl,
            Assessment.Classification is { Availability: null, Integrity: null, Confidentiality: null }
                ? null
                : new BivClassification(Assessment.Classification.Availability, Assessment.Classification.Integrity, Assessment.Classification.Confidentiality)),
        [.. Rosa.Select(r => new RosaAnswer(r.Id, r.Compliance, r.Explanation, r.CorrectBy))],
        BreachInformation,
        IncidentContact.ToContact());

    /// <summary>The form of an annex: every row of the model, filled in where the annex answers it.</summary>
    public static SecurityAnnexForm From(SecurityAnnex annex, SecurityAnnexTemplate template, int? draftVersion) => new()
    {
        Measures = [.. template.Section("A").Measures!.Select(m => annex.Measures.FirstOrDefault(x => x.Id == m.Id) is { } s
            ? new MeasureForm { Id = m.Id, Affirmed = s.Affirmed, Explanation = s.Explanation }
            : new MeasureForm { Id = m.Id })],
        Assessment = new AssessmentFields
        {
            Form = annex.Assessment.Form,
            Assessor = new AssessorForm { Organisation = annex.Assessment.Assessor?.Organisation, Name = annex.Assessment.Assessor?.Name, Function = annex.Assessment.Assessor?.Function },
            LoginPageUrl = annex.Assessment.LoginPageUrl,
            Classification = new ClassificationForm
            {
                Availability = annex.Assessment.Classification?.Availability,
                Integrity = annex.Assessment.Classification?.Integrity,
                Confidentiality = annex.Assessment.Classification?.Confidentiality,
            },
        },
        Rosa = [.. template.Section("B").Rows!.Select(r => annex.Rosa.FirstOrDefault(x => x.Id == r.Id) is { } a
            ? new RosaForm { Id = r.Id, Compliance = a.Compliance, Explanation = a.Explanation, CorrectBy = a.CorrectBy }
            : new RosaForm { Id = r.Id })],
        BreachInformation = [.. annex.BreachInformation],
        IncidentContact = ContactForm.From(annex.IncidentContact),
        DraftVersion = draftVersion,
    };
}
