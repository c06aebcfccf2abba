using System.ComponentModel.DataAnnotations;
using EduDpa.Domain.Analyses;
using EduDpa.Domain.Common;
using EduDpa.Domain.Models;

namespace EduDpa.Web.Features.Analyses;

/// <summary>The editor's fields; names follow <see cref="AnalysisDocument"/> so that the domain's errors land beside them.</summary>
public sealed class AnalysisForm
{
    public int? Version { get; set; }
    [Display(Name = "Field.Analysis.Title")] public string? Title { get; set; }
    [Display(Name = "Field.Analysis.VendorOrganisationId")] public Guid? VendorOrganisationId { get; set; }
    [Display(Name = "Field.Analysis.VendorName")] public string? VendorName { get; set; }

    /// <summary>One document per line: "title | version or date | web address".</summary>
    [Display(Name = "Field.Analysis.VendorDocuments")] public string? VendorDocuments { get; set; }
    public List<string> Frameworks { get; set; } = [];

    /// <summary>One authoring organisation per line.</summary>
    [Display(Name = "Field.Analysis.Authors")] public string? Authors { get; set; }
    [Display(Name = "Field.Analysis.Summary")] public string? Summary { get; set; }
    [Display(Name = "Field.Analysis.Introduction")] public string? Introduction { get; set; }
    [Display(Name = "Field.Analysis.ColourExplanation")] public string? ColourExplanation { get; set; }
    [Display(Name = "Field.Analysis.Disclaimer")] public string? Disclaimer { get; set; }
    public List<AnalysisRowForm> Rows { get; set; } = [];

    public static AnalysisForm From(TermsAnalysis analysis) => From(analysis.Content, analysis.Version);

    public static AnalysisForm From(AnalysisDocument content, int? version) => new()
    {
        Version = version, Title = content.Title, VendorOrganisationId = content.Vendor.OrganisationId, VendorName = content.Vendor.Name,
        VendorDocuments = string.Join('\n', (content.VendorDocuments ?? []).Select(d => string.Join(" | ", new[] { d.Title, d.Version ?? string.Empty, d.Url ?? string.Empty }).TrimEnd(' ', '|'))),
        Frameworks = [.. content.Frameworks], Authors = string.Join('\n', content.Authors ?? []),
        Summary = content.Summary, Introduction = content.Introduction, ColourExplanation = content.ColourExplanation, Disclaimer = content.Disclaimer,
        Rows = [.. content.Rows.Select(r => new AnalysisRowForm
        {
            Framework = r.Framework, Reference = r.Reference, VendorClauses = r.VendorClauses, VendorComment = r.VendorComment,
            AnalystComment = r.AnalystComment, Verdict = r.Verdict, Action = r.Action,
        })],
    };

    public AnalysisDocument ToDocument() => new(Title ?? string.Empty, new AnalysisVendor(VendorName ?? string.Empty, VendorOrganisationId),
        [.. Frameworks],
        [.. Rows.Select(r => new AnalysisRow(r.Framework ?? string.Empty, r.Reference ?? string.Empty, r.VendorClauses, r.VendorComment, r.AnalystComment, r.Verdict, r.Action))],
        [.. Lines(VendorDocuments).Select(line =>
        {
            var parts = line.Split('|').Select(p => p.Trim()).ToArray();
            return new VendorDocument(parts[0], parts.Length > 1 && parts[1].Length > 0 ? parts[1] : null, parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null);
        })],
        [.. Lines(Authors)], Summary, Introduction, ColourExplanation, Disclaimer, Version);

    /// <summary>Adds a row for every article and paragraph of the chosen frameworks that has none yet, in reading order.</summary>
    public void AddRowPerArticle()
    {
        var present = Rows.Select(r => $"{r.Framework}|{ArticleReference.Parse(r.Reference)?.ToString() ?? r.Reference}").ToHashSet(StringComparer.Ordinal);
        foreach (var id in ModelCatalog.AnalysisFrameworks.Where(Frameworks.Contains))
        {
            foreach (var article in ModelCatalog.Get(id).Articles)
            {
                var references = article.Clauses.Count == 0 ? [article.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)] : article.Clauses.Select(c => c.Id);
                Rows.AddRange(references.Where(r => !present.Contains($"{id}|{r}")).Select(r => new AnalysisRowForm { Framework = id, Reference = r }));
            }
        }
    }

    /// <summary>Errors of the domain's fields as this form names them: the documents' lines are one text area.</summary>
    public static ValidationErrors ForForm(ValidationErrors errors)
    {
        var mapped = new ValidationErrors();
        foreach (var (field, codes) in errors.ByField)
        {
            var name = field.StartsWith("VendorDocuments", StringComparison.Ordinal) ? "VendorDocuments"
                : field.StartsWith("Authors", StringComparison.Ordinal) ? "Authors"
                : field.StartsWith("Frameworks", StringComparison.Ordinal) ? "Frameworks"
                : field == "Vendor.Name" ? "VendorName"
                : field == "Vendor.OrganisationId" ? "VendorOrganisationId"
                : field;
            foreach (var code in codes)
            {
                mapped.Add(name, code);
            }
        }
        return mapped;
    }

    private static string[] Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed class AnalysisRowForm
{
    [Display(Name = "Field.Analysis.Framework")] public string? Framework { get; set; }
    [Display(Name = "Field.Analysis.Reference")] public string? Reference { get; set; }
    [Display(Name = "Field.Analysis.VendorClauses")] public string? VendorClauses { get; set; }
    [Display(Name = "Field.Analysis.VendorComment")] public string? VendorComment { get; set; }
    [Display(Name = "Field.Analysis.AnalystComment")] public string? AnalystComment { get; set; }
    [Display(Name = "Field.Analysis.Verdict")] public Verdict? Verdict { get; set; }
    [Display(Name = "Field.Analysis.Action")] public string? Action { get; set; }
}

/// <summary>The forms on an analysis's page: a workflow step with its comment or reason, and the board's decision.</summary>
public sealed class AnalysisStepForm
{
    public int? Version { get; set; }
    [Display(Name = "Field.Analysis.Comment")] public string? Comment { get; set; }
    [Display(Name = "Field.Analysis.Reason")] public string? Reason { get; set; }
}

public sealed class DecisionForm
{
    public int? Version { get; set; }
    [Display(Name = "Field.Decision.Outcome")] public DecisionOutcome? Outcome { get; set; }
    [Display(Name = "Field.Decision.DecidedOn")] public DateOnly? DecidedOn { get; set; }
    [Display(Name = "Field.Decision.DecidedByName")] public string? DecidedByName { get; set; }
    [Display(Name = "Field.Decision.DecidedByFunction")] public string? DecidedByFunction { get; set; }
    [Display(Name = "Field.Decision.Rationale")] public string? Rationale { get; set; }
    public List<MeasureForm> Measures { get; set; } = [];

    public DecisionRequest ToRequest() => new(Version, Outcome, DecidedOn, DecidedByName, DecidedByFunction, Rationale,
        [.. Measures.Select(m => new MeasureInput(m.Framework, m.Reference, m.Measure))]);
}

public sealed class MeasureForm
{
    public string? Framework { get; set; }
    public string? Reference { get; set; }
    [Display(Name = "Field.Decision.Measure")] public string? Measure { get; set; }
}
