using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Analyses;

/// <summary>What a board gives when recording its decision; <see cref="Measures"/> has one entry per attention item it takes a measure for.</summary>
public sealed record DecisionInput(DecisionOutcome? Outcome, DateOnly? DecidedOn, string? DecidedByName, string? DecidedByFunction, string? Rationale, IReadOnlyList<MeasureInput>? Measures);

public sealed record MeasureInput(string? Framework, string? Reference, string? Measure);

/// <summary>The measure a board takes for one attention item of the analysis.</summary>
public sealed record DecisionMeasure(string Framework, string Reference, string Measure);

/// <summary>
/// A school board's own decision on a vendor's terms, on the basis of one published version of an analysis: accept,
/// accept with measures, or do not accept; when, by whom, why, and the measure per attention item. It is the board's:
/// only the board reads it. The vendor is copied from the analysis, so that registers list it as the board's supplier.
/// </summary>
public sealed class AnalysisDecision : IVersioned
{
    public const int NameLength = 200;

    private AnalysisDecision() { }

    public Guid Id { get; private set; }
    public Guid BoardId { get; private set; }
    public Guid AnalysisId { get; private set; }
    public Guid SeriesId { get; private set; }

    /// <summary>The version of the analysis decided on.</summary>
    public int AnalysisNumber { get; private set; }
    public string AnalysisTitle { get; private set; } = string.Empty;
    public Guid? VendorOrganisationId { get; private set; }
    public string VendorName { get; private set; } = string.Empty;

    public DecisionOutcome Outcome { get; private set; }
    public DateOnly DecidedOn { get; private set; }
    public string DecidedByName { get; private set; } = string.Empty;
    public string DecidedByFunction { get; private set; } = string.Empty;
    public string Rationale { get; private set; } = string.Empty;
    public List<DecisionMeasure> Measures { get; private set; } = [];

    public Guid RecordedById { get; private set; }
    public string RecordedByName { get; private set; } = string.Empty;
    public DateTimeOffset RecordedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>The board uses the vendor's product on the vendor's own terms.</summary>
    public bool AcceptsTerms => Outcome is DecisionOutcome.Accept or DecisionOutcome.AcceptWithMeasures;

    public static AnalysisDecision Record(TermsAnalysis analysis, Guid boardId, DecisionInput input, Actor who, DateOnly today, DateTimeOffset now)
    {
        var decision = new AnalysisDecision
        {
            Id = Guid.CreateVersion7(), BoardId = boardId, AnalysisId = analysis.Id, SeriesId = analysis.SeriesId, AnalysisNumber = analysis.Number,
            AnalysisTitle = analysis.Title, VendorOrganisationId = analysis.VendorOrganisationId, VendorName = analysis.VendorName,
            RecordedById = who.UserId, RecordedByName = who.Name, RecordedAt = now, Version = 0,
        };
        decision.Apply(analysis, input, today, now);
        return decision;
    }

    /// <summary>The board changes its decision on the same version (a decision on a newer version is a new one).</summary>
    public void Revise(TermsAnalysis analysis, DecisionInput input, Actor who, DateOnly today, DateTimeOffset now)
    {
        if (analysis.Id != AnalysisId)
        {
            throw new ArgumentException("A decision is revised against the analysis it was taken on.", nameof(analysis));
        }
        Apply(analysis, input, today, now);
        (RecordedById, RecordedByName) = (who.UserId, who.Name);
    }

    private void Apply(TermsAnalysis analysis, DecisionInput input, DateOnly today, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        if (!analysis.IsCurrent)
        {
            errors.Add("AnalysisId", analysis.SupersededById is null ? AnalysisCodes.NotPublished : AnalysisCodes.Superseded);
        }
        if (input.Outcome is null)
        {
            errors.Add("Outcome", ValidationCodes.Required);
        }
        else if (!Enum.IsDefined(input.Outcome.Value))
        {
            errors.Add("Outcome", ValidationCodes.UnknownValue);
        }
        if (input.DecidedOn is null)
        {
            errors.Add("DecidedOn", ValidationCodes.Required);
        }
        else if (input.DecidedOn > today)
        {
            errors.Add("DecidedOn", ValidationCodes.DateInFuture);
        }
        var name = Text.Required(input.DecidedByName, "DecidedByName", NameLength, errors);
        var function = Text.Required(input.DecidedByFunction, "DecidedByFunction", NameLength, errors);
        var rationale = Text.Required(input.Rationale, "Rationale", AnalysisContent.LongText, errors);
        var items = analysis.Rows.Where(r => r.IsAttention).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var measures = new List<DecisionMeasure>();
        foreach (var (measure, i) in (input.Measures ?? []).Select((m, i) => (m, i)))
        {
            var text = Text.Optional(measure.Measure, $"Measures[{i}].Measure", AnalysisContent.ShortText, errors);
            if (text is null)
            {
                continue; // an attention item the board takes no measure for
            }
            var reference = ArticleReference.Parse(measure.Reference)?.ToString() ?? Text.Clean(measure.Reference) ?? string.Empty;
            var framework = measure.Framework?.Trim() ?? string.Empty;
            if (!items.Contains($"{framework}|{reference}"))
            {
                errors.Add($"Measures[{i}].Reference", AnalysisCodes.NotAttentionItem);
            }
            measures.Add(new DecisionMeasure(framework, reference, text));
        }
        if (input.Outcome == DecisionOutcome.AcceptWithMeasures && measures.Count == 0)
        {
            errors.Add("Measures", ValidationCodes.Required);
        }
        if (!errors.IsEmpty)
        {
            throw new DomainRuleViolation(errors);
        }
        Outcome = input.Outcome!.Value;
        DecidedOn = input.DecidedOn!.Value;
        (DecidedByName, DecidedByFunction, Rationale) = (name, function, rationale);
        Measures = measures;
        UpdatedAt = now;
        Version++;
    }
}
