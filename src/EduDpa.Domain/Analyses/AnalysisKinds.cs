namespace EduDpa.Domain.Analyses;

/// <summary>The colour of a row: green (the vendor's terms match), yellow (a difference the board must weigh, with what to do), uncoloured (not relevant for the decision).</summary>
public enum Verdict
{
    Conform = 1,
    Attention = 2,
    NotApplicable = 3,
}

/// <summary>Draft → in review (a second analyst) → published to every board → withdrawn.</summary>
public enum AnalysisState
{
    Draft = 1,
    InReview = 2,
    Published = 3,
    Withdrawn = 4,
}

/// <summary>What a board decided on the vendor's own terms, on the basis of a published analysis.</summary>
public enum DecisionOutcome
{
    Accept = 1,
    AcceptWithMeasures = 2,
    DoNotAccept = 3,
}

/// <summary>What can be wrong with an analysis or a decision, in the spirit of <see cref="Common.ValidationCodes"/>.</summary>
public static class AnalysisCodes
{
    public const string UnknownReference = "unknown-reference";
    public const string NotCovered = "framework-not-covered";
    public const string WrongState = "analysis-wrong-state";
    public const string ReviewerIsAuthor = "reviewer-is-author";
    public const string NotAssessed = "row-not-assessed";
    public const string NoRows = "no-rows";
    public const string NotPublished = "analysis-not-published";
    public const string Superseded = "analysis-superseded";
    public const string NotAttentionItem = "not-attention-item";
    public const string OpenVersion = "analysis-open-version";
    public const string DuplicateRow = "duplicate-row";
}
