namespace EduDpa.Domain.Models;

/// <summary>
/// A published standard as data: the model processor agreement 4.0, and the convenant 2.0 and model processor
/// agreement 2.0 as far as the sector's analyses quote them (<see cref="AnalysisFramework"/>). What every standard has:
/// identity, version, source and numbered articles. What only an agreement model has (parties, considerations,
/// closing, annexes) is optional here and asserted by <see cref="AgreementParts"/>.
/// Texts are verbatim; *italic* and **bold** mark the published emphasis; {field} marks where the parties'
/// details go (see <see cref="Fields"/>).
/// </summary>
public sealed record ModelDocument(
    string Id,
    string Kind,
    string Title,
    string Subtitle,
    string Version,
    int Year,
    string Language,
    ModelSource Source,
    IReadOnlyList<string> Quirks,
    IReadOnlyList<ModelArticle> Articles,
    IReadOnlyList<ModelField>? Fields = null,
    ModelIntroduction? Introduction = null,
    ModelParties? Parties = null,
    ModelConsiderations? Considerations = null,
    ModelClosing? Closing = null,
    ModelAnnexes? Annexes = null,
    ModelCoverage? Coverage = null)
{
    public const string ProcessingAgreementModel = nameof(ProcessingAgreementModel);

    /// <summary>A standard known by the articles an analysis of vendors' terms quotes: numbered articles only, see <see cref="Coverage"/>.</summary>
    public const string AnalysisFramework = nameof(AnalysisFramework);

    /// <summary>The parts an agreement is drawn up from; only a processing agreement model has them.</summary>
    public AgreementModelParts AgreementParts =>
        Kind == ProcessingAgreementModel && Introduction is not null && Parties is not null && Considerations is not null && Closing is not null && Annexes is not null
            ? new AgreementModelParts(Introduction, Parties, Considerations, Closing, Annexes)
            : throw new InvalidOperationException($"Model {Id} ({Kind}) is not a processing agreement model.");

    /// <summary>Every addressable clause in reading order: each paragraph, then its lettered items.</summary>
    public IEnumerable<ModelClause> Clauses =>
        Articles.SelectMany(article => article.Clauses.SelectMany(paragraph =>
            new[] { new ModelClause(paragraph.Id, article, paragraph, null) }
                .Concat((paragraph.Items ?? []).Select(item => new ModelClause(item.Id, article, paragraph, item)))));

    public ModelClause? FindClause(string id) => Clauses.FirstOrDefault(c => c.Id == id);

    public ModelField Field(string key) => (Fields ?? []).Single(f => f.Key == key);
}

/// <summary>
/// How much of the standard the content file has, when it was taken from a quotation rather than the whole text:
/// the paragraphs quoted word for word, those the source only describes, and the articles with number and title only.
/// </summary>
public sealed record ModelCoverage(IReadOnlyList<string> Quoted, IReadOnlyList<string> Described, IReadOnlyList<string> TitleOnly);

public sealed record AgreementModelParts(ModelIntroduction Introduction, ModelParties Parties, ModelConsiderations Considerations, ModelClosing Closing, ModelAnnexes Annexes);

/// <param name="CopySha256">SHA-256 of the source copy the text was taken from, so anyone can check a copy is that one.</param>
public sealed record ModelSource(string Publisher, string Url, string Copy, string CopySha256, string Note);

/// <summary>The opening text; footnotes start with their mark ("¹ …").</summary>
public sealed record ModelIntroduction(IReadOnlyList<string> Paragraphs, IReadOnlyList<string> AnnexList, IReadOnlyList<string> Footnotes);

/// <summary>A place in the text that the parties fill in; <see cref="Published"/> is what the published copy has there.</summary>
public sealed record ModelField(string Key, string Label, string Published);

public sealed record ModelParties(string Heading, ModelParty Controller, string Conjunction, ModelParty Processor, string Together);

public sealed record ModelParty(string Number, string Template);

public sealed record ModelConsiderations(string Heading, IReadOnlyList<ModelConsideration> Items, string Closing);

public sealed record ModelConsideration(string Id, string Label, string Template);

public sealed record ModelArticle(int Number, string Title, IReadOnlyList<ModelParagraph> Clauses)
{
    public string Heading => $"Artikel {Number}: {Title}";
}

/// <summary>
/// A paragraph (lid) of an article: "7.4" is paragraph 4 of article 7; an article without numbered
/// paragraphs has one paragraph with the article's number as id ("4"). <see cref="AppliesTo"/> limits it
/// to one kind of processor ("distributor" for 5.5).
/// </summary>
public sealed record ModelParagraph(string Id, string? Number, string Text, IReadOnlyList<ModelItem>? Items = null, string? AppliesTo = null);

/// <summary>A lettered sub-item of a paragraph ("7.2.a"), or a definition of article 1 ("1.k").</summary>
public sealed record ModelItem(string Id, string Label, string Text);

/// <summary>One addressable piece of an article: a paragraph or one of its lettered items.</summary>
public sealed record ModelClause(string Id, ModelArticle Article, ModelParagraph Paragraph, ModelItem? Item)
{
    public string Text => Item?.Text ?? Paragraph.Text;

    /// <summary>How people cite it: "artikel 7 lid 4", "artikel 7 lid 2 sub a", "artikel 1 sub k".</summary>
    public string Citation =>
        (Paragraph.Number, Item) switch
        {
            (null, null) => $"artikel {Article.Number}",
            (null, { } item) => $"artikel {Article.Number} sub {item.Label}",
            ({ } lid, null) => $"artikel {Article.Number} lid {lid}",
            ({ } lid, { } item) => $"artikel {Article.Number} lid {lid} sub {item.Label}",
        };

    public bool AppliesToDistributorsOnly => Paragraph.AppliesTo == "distributor";
}

public sealed record ModelClosing(string Text, IReadOnlyList<ModelSignatory> Signatories, IReadOnlyList<string> SignatureLines, IReadOnlyList<string> AnnexList, string AnnexListNote);

public sealed record ModelSignatory(string Party, string Heading);
