using EduDpa.Domain.Agreements;
using EduDpa.Domain.Common;

namespace EduDpa.Domain.Analyses;

/// <summary>
/// An analysis of a vendor's own terms against the sector's frameworks, article by article, written by a platform
/// analyst. Draft → in review → (a second analyst reviews) → published to every board → withdrawn. When the vendor's
/// terms change, a new version starts from a published one; the versions of one analysis share <see cref="SeriesId"/>.
/// Each step is a guarded method.
/// </summary>
public sealed class TermsAnalysis : IVersioned
{
    private TermsAnalysis() { }

    public Guid Id { get; private set; }

    /// <summary>The id of the first version: every version of this analysis carries it.</summary>
    public Guid SeriesId { get; private set; }

    /// <summary>1 for the first version, 2 for the version that started from it, and so on.</summary>
    public int Number { get; private set; }

    public Guid? PreviousId { get; private set; }

    public string Title { get; private set; } = string.Empty;
    public Guid? VendorOrganisationId { get; private set; }
    public string VendorName { get; private set; } = string.Empty;
    public List<VendorDocument> VendorDocuments { get; private set; } = [];
    public List<string> Frameworks { get; private set; } = [];
    public List<string> Authors { get; private set; } = [];
    public string? Summary { get; private set; }
    public string? Introduction { get; private set; }
    public string? ColourExplanation { get; private set; }
    public string? Disclaimer { get; private set; }
    public List<AnalysisRow> Rows { get; private set; } = [];

    public AnalysisState State { get; private set; }

    /// <summary>The analyst who started this version; the review must be someone else's.</summary>
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid? ReviewerId { get; private set; }
    public string? ReviewerName { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }
    public string? WithdrawalReason { get; private set; }

    /// <summary>Set when a newer version of this analysis was published.</summary>
    public Guid? SupersededById { get; private set; }

    public List<AnalysisEvent> History { get; private set; } = [];

    public int Version { get; private set; }

    /// <summary>Readable by every board: published, or published once and withdrawn since.</summary>
    public bool IsPublic => State is AnalysisState.Published or AnalysisState.Withdrawn;

    /// <summary>Boards decide on this version: published, not withdrawn, no newer version published.</summary>
    public bool IsCurrent => State == AnalysisState.Published && SupersededById is null;

    public IReadOnlyList<FrameworkSummary> Summaries => AnalysisSummary.Of(Frameworks, Rows);

    public AnalysisDocument Content => new(Title, new AnalysisVendor(VendorName, VendorOrganisationId), Frameworks, Rows, VendorDocuments, Authors,
        Summary, Introduction, ColourExplanation, Disclaimer);

    public static TermsAnalysis Start(AnalysisDocument content, Actor author, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7();
        var analysis = new TermsAnalysis
        {
            Id = id, SeriesId = id, Number = 1, State = AnalysisState.Draft,
            AuthorId = author.UserId, AuthorName = author.Name, CreatedAt = now, Version = 1,
        };
        analysis.Apply(content, now);
        analysis.History.Add(new AnalysisEvent(AnalysisStep.Started, author.UserId, author.Name, now, null));
        return analysis;
    }

    /// <summary>Replaces the content of a draft (the editor's save and the JSON import alike).</summary>
    public void Edit(AnalysisDocument content, Actor by, DateTimeOffset now)
    {
        EnsureState(AnalysisState.Draft);
        Apply(content, now);
        Version++;
    }

    /// <summary>The draft goes to review: every row must have its verdict.</summary>
    public void Submit(Actor by, DateTimeOffset now)
    {
        EnsureState(AnalysisState.Draft);
        var errors = new ValidationErrors();
        if (Rows.Count == 0)
        {
            errors.Add("Rows", AnalysisCodes.NoRows);
        }
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Verdict is null)
            {
                errors.Add($"Rows[{i}].Verdict", AnalysisCodes.NotAssessed);
            }
        }
        ThrowIfAny(errors);
        State = AnalysisState.InReview;
        Step(AnalysisStep.Submitted, by, now, null);
    }

    /// <summary>A second analyst, not the author of this version, has reviewed it.</summary>
    public void Review(Actor reviewer, string? comment, DateTimeOffset now)
    {
        EnsureState(AnalysisState.InReview);
        if (reviewer.UserId == AuthorId)
        {
            throw new DomainRuleViolation("Reviewer", AnalysisCodes.ReviewerIsAuthor);
        }
        var errors = new ValidationErrors();
        var note = Text.Optional(comment, "Comment", AnalysisContent.ShortText, errors);
        ThrowIfAny(errors);
        (ReviewerId, ReviewerName, ReviewedAt) = (reviewer.UserId, reviewer.Name, now);
        Step(AnalysisStep.Reviewed, reviewer, now, note);
    }

    /// <summary>Back to the author, with what to change; a review given before no longer counts.</summary>
    public void ReturnToDraft(Actor by, string? comment, DateTimeOffset now)
    {
        EnsureState(AnalysisState.InReview);
        var errors = new ValidationErrors();
        var note = Text.Required(comment, "Comment", AnalysisContent.ShortText, errors);
        ThrowIfAny(errors);
        State = AnalysisState.Draft;
        (ReviewerId, ReviewerName, ReviewedAt) = (null, null, null);
        Step(AnalysisStep.Returned, by, now, note);
    }

    /// <summary>Publishes the reviewed version to every board; refused, naming the reviewer, without a review.</summary>
    public void Publish(Actor by, DateTimeOffset now)
    {
        if (State == AnalysisState.Draft)
        {
            throw new DomainRuleViolation(ValidationErrors.For("Reviewer", ValidationCodes.Required));
        }
        EnsureState(AnalysisState.InReview);
        if (ReviewerId is null)
        {
            throw new DomainRuleViolation("Reviewer", ValidationCodes.Required);
        }
        State = AnalysisState.Published;
        PublishedAt = now;
        Step(AnalysisStep.Published, by, now, null);
    }

    /// <summary>Takes a published analysis back, with the reason boards will read.</summary>
    public void Withdraw(Actor by, string? reason, DateTimeOffset now)
    {
        EnsureState(AnalysisState.Published);
        var errors = new ValidationErrors();
        var why = Text.Required(reason, "Reason", AnalysisContent.ShortText, errors);
        ThrowIfAny(errors);
        State = AnalysisState.Withdrawn;
        (WithdrawnAt, WithdrawalReason) = (now, why);
        Step(AnalysisStep.Withdrawn, by, now, why);
    }

    /// <summary>A new draft version that starts from this published one, for when the vendor's terms change.</summary>
    public TermsAnalysis StartNewVersion(Actor by, DateTimeOffset now)
    {
        if (State != AnalysisState.Published || SupersededById is not null)
        {
            throw new DomainRuleViolation("State", AnalysisCodes.WrongState);
        }
        var next = new TermsAnalysis
        {
            Id = Guid.CreateVersion7(), SeriesId = SeriesId, Number = Number + 1, PreviousId = Id, State = AnalysisState.Draft,
            AuthorId = by.UserId, AuthorName = by.Name, CreatedAt = now, Version = 1,
        };
        next.Apply(Content, now);
        next.History.Add(new AnalysisEvent(AnalysisStep.Started, by.UserId, by.Name, now, null));
        return next;
    }

    /// <summary>The newer version was published: boards now decide on that one.</summary>
    public void Supersede(TermsAnalysis newer, DateTimeOffset now)
    {
        if (newer.SeriesId != SeriesId || newer.Number <= Number || newer.State != AnalysisState.Published)
        {
            throw new ArgumentException("Only a newer published version of the same analysis supersedes it.", nameof(newer));
        }
        SupersededById = newer.Id;
        UpdatedAt = now;
        Version++;
    }

    private void Apply(AnalysisDocument content, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var cleaned = AnalysisContent.Check(content, errors, out _);
        ThrowIfAny(errors);
        Title = cleaned.Title;
        VendorOrganisationId = cleaned.Vendor.OrganisationId;
        VendorName = cleaned.Vendor.Name;
        VendorDocuments = [.. cleaned.VendorDocuments ?? []];
        Frameworks = [.. cleaned.Frameworks];
        Authors = [.. cleaned.Authors ?? []];
        Summary = cleaned.Summary;
        Introduction = cleaned.Introduction;
        ColourExplanation = cleaned.ColourExplanation;
        Disclaimer = cleaned.Disclaimer;
        Rows = [.. cleaned.Rows];
        UpdatedAt = now;
    }

    private void Step(AnalysisStep step, Actor by, DateTimeOffset now, string? comment)
    {
        History.Add(new AnalysisEvent(step, by.UserId, by.Name, now, comment));
        UpdatedAt = now;
        Version++;
    }

    private void EnsureState(AnalysisState expected)
    {
        if (State != expected)
        {
            throw new DomainRuleViolation("State", AnalysisCodes.WrongState);
        }
    }

    private static void ThrowIfAny(ValidationErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new DomainRuleViolation(errors);
        }
    }
}

public enum AnalysisStep
{
    Started = 1,
    Submitted = 2,
    Reviewed = 3,
    Returned = 4,
    Published = 5,
    Withdrawn = 6,
}

/// <summary>One step in an analysis version's history: who did what, when, with what comment.</summary>
public sealed record AnalysisEvent(AnalysisStep Step, Guid UserId, string UserName, DateTimeOffset At, string? Comment);
