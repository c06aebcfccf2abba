using System.Globalization;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Agreements;

/// <summary>One block of the agreement in reading order, as the HTML page, the text export and the documents show it.</summary>
public sealed record RenderedClause(
    string Id,
    string? Label,
    int Level,
    IReadOnlyList<TextSpan> Spans,
    int? AmendmentNumber = null,
    AmendmentKind? AmendmentKind = null)
{
    public string PlainText => TextSpan.Plain(Spans);

    /// <summary>"gewijzigd, zie Bijlage 3 nr. 2" or "aanvulling, zie Bijlage 3 nr. 2".</summary>
    public string? AmendmentMarker => AmendmentNumber is { } number
        ? string.Format(CultureInfo.InvariantCulture, AmendmentKind == Agreements.AmendmentKind.Addition ? AgreementDocument.AdditionMarker : AgreementDocument.ChangeMarker, number)
        : null;
}

public sealed record RenderedArticle(int Number, string Title, IReadOnlyList<RenderedClause> Clauses, IReadOnlyList<OmittedClause> Omitted)
{
    public string Heading => $"Artikel {Number}: {Title}";
}

/// <summary>A clause of the model that does not apply to this agreement, and why.</summary>
public sealed record OmittedClause(string Id, OmissionReason Reason);

public enum OmissionReason
{
    /// <summary>Model art. 5.5 applies only when the processor is a distributor.</summary>
    OnlyForDistributors = 1,
}

/// <summary>The published annexes of one product of the agreement, as the agreement is rendered from them.</summary>
public sealed record ProductAnnexSource(Guid ProductId, string ProductName, PrivacyAnnex? Privacy, SecurityAnnex? Security);

/// <summary>Bijlage 1 and 2 of one product, filled in with the board's part; null where no version is published yet.</summary>
public sealed record ProductAnnexes(Guid ProductId, string ProductName, AnnexDocument? Privacy, AnnexDocument? Security);

/// <summary>An entry of Bijlage 3 in the model's form.</summary>
public sealed record AmendmentsAnnexEntry(int Number, string Heading, string Citation, AmendmentKind Kind, string CurrentText, string NewText, string Reason, Guid AmendmentId);

/// <summary>
/// The agreement as a document: the model's text in the model's order, with the parties' details in its
/// fields, clauses that do not apply left out (with the reason), and accepted amendments in place. This is
/// the one place text is put together; by construction a clause differs from the model only where an
/// accepted amendment says so.
/// </summary>
public sealed record AgreementDocument(
    ModelDocument Model,
    IReadOnlyList<IReadOnlyList<TextSpan>> Introduction,
    IReadOnlyList<TextSpan> ControllerParty,
    IReadOnlyList<TextSpan> ProcessorParty,
    IReadOnlyList<RenderedClause> Considerations,
    IReadOnlyList<RenderedArticle> Articles,
    IReadOnlyList<AmendmentsAnnexEntry> AmendmentsAnnex,
    IReadOnlyList<string> MissingFields,
    IReadOnlyList<ProductAnnexes>? ProductAnnexes = null)
{
    /// <summary>Bijlage 1 and 2, one pair per product, in the order of the agreement's products.</summary>
    public IReadOnlyList<ProductAnnexes> Annexes => ProductAnnexes ?? [];

    public const string ChangeMarker = "gewijzigd, zie Bijlage 3 nr. {0}";
    public const string AdditionMarker = "aanvulling, zie Bijlage 3 nr. {0}";

    /// <summary>The model's agreement parts (parties, considerations, closing, annexes).</summary>
    public AgreementModelParts Parts => Model.AgreementParts;

    public static AgreementDocument Render(ProcessingAgreement agreement, AgreementFieldValues fields, bool processorIsDistributor, IEnumerable<Amendment> amendments,
        IReadOnlyList<ProductAnnexSource>? annexes = null)
    {
        var model = ModelCatalog.Get(agreement.ModelId);
        var parts = model.AgreementParts;
        var accepted = amendments.Where(a => a.AgreementId == agreement.Id && a.State == AmendmentState.Accepted && a.Number is not null).ToList();
        (string, bool) Field(string key) => fields.For(key, model);

        var articles = model.Articles.Select(article =>
        {
            var clauses = new List<RenderedClause>();
            var omitted = new List<OmittedClause>();
            foreach (var paragraph in article.Clauses)
            {
                if (paragraph.AppliesTo == "distributor" && !processorIsDistributor)
                {
                    omitted.Add(new OmittedClause(paragraph.Id, OmissionReason.OnlyForDistributors));
                    continue;
                }
                AddClause(clauses, paragraph.Id, paragraph.Number is null ? null : paragraph.Number + ".", 0, paragraph.Text, accepted);
                foreach (var item in paragraph.Items ?? [])
                {
                    AddClause(clauses, item.Id, item.Label + ".", 1, item.Text, accepted);
                }
            }
            return new RenderedArticle(article.Number, article.Title, clauses, omitted);
        }).ToList();

        var annex = accepted.OrderBy(a => a.Number).Select(a => new AmendmentsAnnexEntry(
            a.Number!.Value,
            NumberedHeading(parts.Annexes.Amendments.Entry.Heading, a.Number.Value),
            model.FindClause(a.ClauseId)!.Citation,
            a.Kind, a.CurrentText, a.NewText, a.Reason, a.Id)).ToList();

        return new AgreementDocument(
            model,
            [.. parts.Introduction.Paragraphs.Select(p => TemplateText.Parse(p))],
            TemplateText.Parse(parts.Parties.Controller.Template, Field),
            TemplateText.Parse(parts.Parties.Processor.Template, Field),
            [.. parts.Considerations.Items.Select(c => new RenderedClause(c.Id, c.Label + ".", 0, TemplateText.Parse(c.Template, Field)))],
            articles,
            annex,
            [.. fields.Missing],
            [.. (annexes ?? []).Select((product, i) =>
            {
                var board = new AnnexBoardPart(agreement.BoardContact, agreement.BoardIncidentContact, agreement.ChoicesFor(product.ProductId));
                return new ProductAnnexes(product.ProductId, product.ProductName,
                    product.Privacy is null ? null : AnnexRenderer.Privacy(parts.Annexes.Privacy, product.Privacy, product.ProductName, board, $"bijlage-1-{i + 1}"),
                    product.Security is null ? null : AnnexRenderer.Security(parts.Annexes.Security, product.Security, product.ProductName, board, $"bijlage-2-{i + 1}"));
            })]);
    }

    private static void AddClause(List<RenderedClause> clauses, string id, string? label, int level, string modelText, List<Amendment> accepted)
    {
        var change = accepted.FirstOrDefault(a => a.ClauseId == id && a.Kind == AmendmentKind.Change);
        clauses.Add(change is null
            ? new RenderedClause(id, label, level, TemplateText.Parse(modelText))
            : new RenderedClause(id, label, level, [new TextSpan(change.NewText, Kind: SpanKind.Amendment)], change.Number, AmendmentKind.Change));
        var addition = accepted.FirstOrDefault(a => a.ClauseId == id && a.Kind == AmendmentKind.Addition);
        if (addition is not null)
        {
            clauses.Add(new RenderedClause($"{id}+{addition.Number}", null, level, [new TextSpan(addition.NewText, Kind: SpanKind.Amendment)], addition.Number, AmendmentKind.Addition));
        }
    }

    /// <summary>The model's entry heading carries the number 1; entry n carries n.</summary>
    private static string NumberedHeading(string heading, int number) =>
        heading.StartsWith("1. ", StringComparison.Ordinal) ? $"{number}. {heading[3..]}" : $"{number}. {heading}";

    public IEnumerable<RenderedClause> AllClauses => Articles.SelectMany(a => a.Clauses);

    public RenderedClause? Clause(string id) => AllClauses.FirstOrDefault(c => c.Id == id);
}
