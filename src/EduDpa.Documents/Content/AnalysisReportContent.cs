using System.Globalization;
using EduDpa.Domain.Analyses;
using EduDpa.Domain.Models;

namespace EduDpa.Documents.Content;

/// <summary>
/// The analysis in the shape of the sector's analyses: a title page, contents, management summary with the counts, introduction,
/// the legend of the colours, per framework a table of four columns (the framework's article, the vendor's terms, the vendor's
/// comments, the analysts' comments) with green and yellow rows and the counts, the attention items with what to do, and in the
/// board's variant the board's decision with its measure per item; the disclaimer last.
/// </summary>
internal static class AnalysisReportContent
{
    public static string Title(AnalysisReportInput input) => $"{input.Analysis.Title} (versie {input.Analysis.Number})";

    public static string VerdictLabel(Verdict? verdict) => verdict switch
    {
        Verdict.Conform => "Conform",
        Verdict.Attention => "Let op",
        Verdict.NotApplicable => "Niet van toepassing",
        _ => "Niet beoordeeld",
    };

    public static string OutcomeLabel(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Accept => "De voorwaarden van de leverancier worden aanvaard",
        DecisionOutcome.AcceptWithMeasures => "De voorwaarden van de leverancier worden aanvaard, met maatregelen",
        _ => "De voorwaarden van de leverancier worden niet aanvaard",
    };

    /// <summary>"2 conform, 1 let op, 1 niet van toepassing, 0 niet beoordeeld (4 rijen)".</summary>
    public static string Counts(FrameworkSummary s) =>
        string.Create(CultureInfo.InvariantCulture, $"{s.Conform} conform, {s.Attention} let op, {s.NotApplicable} niet van toepassing, {s.Unassessed} niet beoordeeld ({s.Total} rijen)");

    public static IReadOnlyList<Block> Compose(AnalysisReportInput input)
    {
        var a = input.Analysis;
        var blocks = new List<Block>();
        TitlePage(input, blocks);
        blocks.Add(new Contents("Inhoud"));
        blocks.Add(new PageBreak());

        blocks.Add(new Heading(1, "Managementsamenvatting", "samenvatting"));
        Texts(a.Summary, blocks);
        blocks.Add(new Table("Telling per toetsingskader", [Cell.Of("Toetsingskader"), Cell.Of("Conform"), Cell.Of("Let op"), Cell.Of("Niet van toepassing"), Cell.Of("Niet beoordeeld"), Cell.Of("Totaal")],
            [.. a.Summaries.Select(s => (IReadOnlyList<Cell>)[Cell.Of(s.Title), Number(s.Conform), Number(s.Attention), Number(s.NotApplicable), Number(s.Unassessed), Number(s.Total)])]));
        if (input.Board is { } board)
        {
            blocks.Add(new Paragraph([new Run($"Besluit van {board.BoardName}: ", Bold: true), new Run(board.Decision is { } d ? OutcomeLabel(d.Outcome) + "." : "nog niet vastgelegd.")]));
        }

        blocks.Add(new Heading(1, "Inleiding", "inleiding"));
        Texts(a.Introduction, blocks);
        if (a.VendorDocuments.Count > 0)
        {
            blocks.Add(new Paragraph($"Geanalyseerde documenten van {a.VendorName}:", bold: true));
            foreach (var document in a.VendorDocuments)
            {
                blocks.Add(new Paragraph([new Run(string.Join(", ", new[] { document.Title, document.Version, document.Url }.Where(t => !string.IsNullOrEmpty(t))))], Label: "•"));
            }
        }
        blocks.Add(new Paragraph("Geanalyseerde toetsingskaders:", bold: true));
        foreach (var id in a.Frameworks)
        {
            var framework = ModelCatalog.Get(id);
            blocks.Add(new Paragraph([new Run($"{framework.Title} ({framework.Year}), bron: {framework.Source.Url}")], Label: "•"));
        }

        blocks.Add(new Heading(1, "Toelichting op de kleuren", "kleuren"));
        Texts(a.ColourExplanation, blocks);
        blocks.Add(new Table(null, [Cell.Of("Kleur"), Cell.Of("Betekenis")],
        [
            [Cell.Of("Groen: Conform", bold: true), Cell.Of("De voorwaarden van de leverancier komen overeen met of sluiten aan bij het toetsingskader.")],
            [Cell.Of("Geel: Let op", bold: true), Cell.Of("Er is een verschil waarmee het schoolbestuur rekening moet houden; extra aandacht of actie is nodig, zie de actie bij de rij.")],
            [Cell.Of("Niet gekleurd: Niet van toepassing", bold: true), Cell.Of("De bepaling is niet relevant voor het besluit over de voorwaarden van de leverancier.")],
        ], Shades: [RowShade.Green, RowShade.Yellow, RowShade.None]));

        foreach (var summary in a.Summaries)
        {
            FrameworkTable(a, summary, blocks);
        }

        AttentionItems(input, blocks);
        if (input.Board is { } variant)
        {
            Decision(a, variant, blocks);
        }
        blocks.Add(new Heading(1, "Disclaimer", "disclaimer"));
        Texts(a.Disclaimer, blocks);
        return blocks;
    }

    private static void TitlePage(AnalysisReportInput input, List<Block> blocks)
    {
        var a = input.Analysis;
        blocks.Add(new Paragraph(a.Title, ParagraphStyle.Title));
        blocks.Add(new Paragraph($"Analyse van de voorwaarden van {a.VendorName}", ParagraphStyle.Subtitle));
        blocks.Add(new Paragraph($"Getoetst aan: {string.Join("; ", a.Frameworks.Select(f => ModelCatalog.Get(f).Title))}"));
        blocks.Add(new Paragraph(a.State switch
        {
            AnalysisState.Published => $"Versie {a.Number}, gepubliceerd op {DutchText.DateTime(a.PublishedAt!.Value)}",
            AnalysisState.Withdrawn => $"Versie {a.Number}, ingetrokken op {DutchText.DateTime(a.WithdrawnAt!.Value)}: {a.WithdrawalReason}",
            _ => $"Versie {a.Number}, concept (niet gepubliceerd)",
        }, bold: true));
        if (a.Authors.Count > 0)
        {
            blocks.Add(new Paragraph($"Opgesteld door: {string.Join(", ", a.Authors)}"));
        }
        if (a.ReviewerName is { } reviewer)
        {
            blocks.Add(new Paragraph($"Analist: {a.AuthorName}; beoordeeld door: {reviewer}", ParagraphStyle.Small));
        }
        if (input.Board is { } board)
        {
            blocks.Add(new Paragraph($"Uitgave voor {board.BoardName}, met het besluit van het bestuur", bold: true));
        }
        blocks.Add(new Paragraph($"Opgemaakt op {DutchText.DateTime(input.GeneratedAt)}", ParagraphStyle.Small));
        blocks.Add(new PageBreak());
    }

    private static void FrameworkTable(TermsAnalysis a, FrameworkSummary summary, List<Block> blocks)
    {
        var framework = ModelCatalog.Get(summary.FrameworkId);
        var rows = a.Rows.Where(r => r.Framework == summary.FrameworkId).ToList();
        blocks.Add(new PageBreak());
        blocks.Add(new Heading(1, $"Analyse: {framework.Title}", $"kader-{summary.FrameworkId}"));
        blocks.Add(new Paragraph($"Telling: {Counts(summary)}.", bold: true));
        if (rows.Count == 0)
        {
            blocks.Add(new Paragraph("Voor dit toetsingskader zijn (nog) geen rijen vastgelegd."));
            return;
        }
        blocks.Add(new Table(null,
            [Cell.Of(framework.Title), Cell.Of($"Voorwaarden {a.VendorName}"), Cell.Of($"Opmerkingen {a.VendorName}"), Cell.Of("Opmerkingen analisten")],
            [.. rows.Select(row => (IReadOnlyList<Cell>)[ArticleCell(framework, row), Cell.Of(row.VendorClauses ?? string.Empty), Cell.Of(row.VendorComment ?? string.Empty), AnalystCell(row)])],
            Shades: [.. rows.Select(r => r.Verdict switch { Verdict.Conform => RowShade.Green, Verdict.Attention => RowShade.Yellow, _ => RowShade.None })]));
    }

    /// <summary>The reference with the article's title and, where the framework has it, the quoted text of the paragraphs it covers.</summary>
    private static Cell ArticleCell(ModelDocument framework, AnalysisRow row)
    {
        var reference = ArticleReference.Parse(row.Reference);
        var article = reference is null ? null : framework.Articles.FirstOrDefault(x => x.Number.ToString(CultureInfo.InvariantCulture) == reference.From.Split('.')[0]);
        var runs = new List<Run> { new(row.Reference, Bold: true) };
        if (article is not null)
        {
            runs.Add(new Run($" {article.Title}", Bold: true));
            var clauses = framework.Clauses.Where(c => c.Article == article && c.Item is null).ToList();
            var from = clauses.FindIndex(c => c.Id == reference!.From);
            var to = reference!.To is null ? from : clauses.FindIndex(c => c.Id == reference.To);
            for (var i = Math.Max(from, 0); from >= 0 && i <= to; i++)
            {
                runs.Add(new Run("\n" + (reference.To is null ? string.Empty : clauses[i].Id + " ") + Plain(clauses[i].Text)));
            }
        }
        return new Cell(runs);
    }

    private static Cell AnalystCell(AnalysisRow row)
    {
        var runs = new List<Run> { new(VerdictLabel(row.Verdict), Bold: true) };
        if (row.AnalystComment is { } comment)
        {
            runs.Add(new Run("\n" + comment));
        }
        if (row.Action is { } action)
        {
            runs.Add(new Run("\nActie: ", Bold: true));
            runs.Add(new Run(action));
        }
        return new Cell(runs);
    }

    private static void AttentionItems(AnalysisReportInput input, List<Block> blocks)
    {
        blocks.Add(new PageBreak());
        blocks.Add(new Heading(1, "Aandachtspunten", "aandachtspunten"));
        var measures = input.Board?.Decision?.Measures ?? [];
        var any = false;
        foreach (var summary in input.Analysis.Summaries.Where(s => s.AttentionItems.Count > 0))
        {
            any = true;
            blocks.Add(new Heading(2, summary.Title));
            var header = new List<Cell> { Cell.Of("Artikel"), Cell.Of("Opmerking analisten"), Cell.Of("Actie voor het schoolbestuur") };
            if (input.Board is not null)
            {
                header.Add(Cell.Of("Maatregel van het bestuur"));
            }
            blocks.Add(new Table(null, header, [.. summary.AttentionItems.Select(item =>
            {
                var cells = new List<Cell> { Cell.Of(item.Reference, bold: true), Cell.Of(item.AnalystComment ?? string.Empty), Cell.Of(item.Action ?? string.Empty) };
                if (input.Board is not null)
                {
                    cells.Add(Cell.Of(measures.FirstOrDefault(m => m.Framework == item.Framework && m.Reference == item.Reference)?.Measure ?? "–"));
                }
                return (IReadOnlyList<Cell>)cells;
            })], Shades: [.. summary.AttentionItems.Select(_ => RowShade.Yellow)]));
        }
        if (!any)
        {
            blocks.Add(new Paragraph("De analyse heeft geen aandachtspunten."));
        }
    }

    private static void Decision(TermsAnalysis a, BoardDecisionSection board, List<Block> blocks)
    {
        blocks.Add(new Heading(1, $"Besluit van {board.BoardName}", "besluit"));
        if (board.Decision is not { } d)
        {
            blocks.Add(new Paragraph("Het bestuur heeft over deze versie van de analyse nog geen besluit vastgelegd."));
            return;
        }
        blocks.Add(new Table(null, [],
        [
            [Cell.Of("Besluit", bold: true), Cell.Of(OutcomeLabel(d.Outcome))],
            [Cell.Of("Datum", bold: true), Cell.Of(d.DecidedOn.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture))],
            [Cell.Of("Besloten door", bold: true), Cell.Of($"{d.DecidedByName}, {d.DecidedByFunction}")],
            [Cell.Of("Leverancier", bold: true), Cell.Of(a.VendorName)],
            [Cell.Of("Op basis van", bold: true), Cell.Of($"{a.Title}, versie {d.AnalysisNumber}")],
            [Cell.Of("Motivering", bold: true), Cell.Of(d.Rationale)],
        ], RowHeaders: true));
        if (d.Measures.Count > 0)
        {
            blocks.Add(new Table("Maatregelen per aandachtspunt", [Cell.Of("Artikel"), Cell.Of("Maatregel")],
                [.. d.Measures.Select(m => (IReadOnlyList<Cell>)[Cell.Of($"{ModelCatalog.Find(m.Framework)?.Title ?? m.Framework} {m.Reference}", bold: true), Cell.Of(m.Measure)])]));
        }
    }

    private static void Texts(string? text, List<Block> blocks)
    {
        foreach (var paragraph in (text ?? "–").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            blocks.Add(new Paragraph(paragraph));
        }
    }

    private static Cell Number(int value) => Cell.Of(value.ToString(CultureInfo.InvariantCulture));

    private static string Plain(string text) => Domain.Agreements.TemplateText.PlainText(text);
}
