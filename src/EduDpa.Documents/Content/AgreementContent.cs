using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;

namespace EduDpa.Documents.Content;

/// <summary>
/// The agreement in the order of the HTML page (_AgreementDocument.cshtml): a title page and contents, then
/// the introduction, parties, considerations, articles, signatures, Bijlage 1 and 2 per product and Bijlage 3.
/// </summary>
internal static class AgreementContent
{
    public const string ContentsHeading = "Inhoud";
    public const string SignaturesHeading = "Ondertekening";

    public static IReadOnlyList<Block> Compose(AgreementDocumentInput input)
    {
        var blocks = new List<Block>();
        TitlePage(input, blocks);
        blocks.Add(new Contents(ContentsHeading));
        blocks.Add(new PageBreak());
        Body(input, blocks);
        blocks.Add(new PageBreak());
        Signatures(input, blocks);
        Annexes(input.Agreement, blocks);
        blocks.Add(new PageBreak());
        AmendmentsAnnex(input.Agreement, blocks);
        return blocks;
    }

    private static void TitlePage(AgreementDocumentInput input, List<Block> blocks)
    {
        var document = input.Agreement;
        var parts = document.Parts;
        blocks.Add(new Paragraph(input.Title, ParagraphStyle.Title));
        blocks.Add(new Paragraph(document.Model.Title, ParagraphStyle.Subtitle));
        blocks.Add(new Paragraph(document.Model.Subtitle));
        blocks.Add(new Paragraph(parts.Parties.Heading, bold: true));
        blocks.Add(new Paragraph(DutchText.Runs(document.ControllerParty), Label: parts.Parties.Controller.Number + "."));
        blocks.Add(new Paragraph(parts.Parties.Conjunction));
        blocks.Add(new Paragraph(DutchText.Runs(document.ProcessorParty), Label: parts.Parties.Processor.Number + "."));
        blocks.Add(new Paragraph("Producten en diensten:", bold: true));
        if (document.Annexes.Count == 0)
        {
            blocks.Add(new Paragraph("Deze overeenkomst dekt (nog) geen producten."));
        }
        foreach (var product in document.Annexes)
        {
            blocks.Add(new Paragraph([new Run(product.ProductName)], Label: "•"));
        }
        blocks.Add(new Paragraph(input.ContentHash is null ? $"Status: {DutchText.Draft}" : "Inhoudshash (SHA-256):", bold: true));
        if (input.ContentHash is { } hash)
        {
            blocks.Add(new Paragraph(hash, ParagraphStyle.Small));
        }
        blocks.Add(new Paragraph($"Opgemaakt op {DutchText.DateTime(input.GeneratedAt)}", ParagraphStyle.Small));
        blocks.Add(new PageBreak());
    }

    private static void Body(AgreementDocumentInput input, List<Block> blocks)
    {
        var document = input.Agreement;
        var parts = document.Parts;
        foreach (var paragraph in document.Introduction)
        {
            blocks.Add(new Paragraph(DutchText.Runs(paragraph)));
        }
        for (var i = 0; i < parts.Introduction.AnnexList.Count; i++)
        {
            blocks.Add(new Paragraph(DutchText.Template(parts.Introduction.AnnexList[i]), Label: $"{i + 1}."));
        }
        foreach (var footnote in parts.Introduction.Footnotes)
        {
            blocks.Add(new Paragraph(footnote, ParagraphStyle.Small));
        }

        blocks.Add(new Heading(1, parts.Parties.Heading.TrimEnd(':'), "partijen"));
        blocks.Add(new Paragraph(DutchText.Runs(document.ControllerParty), Label: parts.Parties.Controller.Number + "."));
        blocks.Add(new Paragraph(parts.Parties.Conjunction));
        blocks.Add(new Paragraph(DutchText.Runs(document.ProcessorParty), Label: parts.Parties.Processor.Number + "."));
        blocks.Add(new Paragraph(DutchText.Template(parts.Parties.Together)));
        blocks.Add(new Heading(1, parts.Considerations.Heading.TrimEnd(':'), "overwegingen"));
        foreach (var consideration in document.Considerations)
        {
            blocks.Add(new Paragraph(DutchText.Runs(consideration.Spans), Label: consideration.Label));
        }
        blocks.Add(new Paragraph(parts.Considerations.Closing));

        foreach (var article in document.Articles)
        {
            blocks.Add(new Heading(1, article.Heading, $"artikel-{article.Number}"));
            foreach (var clause in article.Clauses)
            {
                blocks.Add(Clause(clause));
            }
            foreach (var omitted in article.Omitted)
            {
                blocks.Add(new Paragraph([new Run($"Artikel {omitted.Id} geldt alleen als de Verwerker een distributeur is; {input.ProcessorName} is een leverancier, dus dit lid is weggelaten.", Italic: true)]));
            }
        }
    }

    private static Paragraph Clause(RenderedClause clause)
    {
        var runs = DutchText.Runs(clause.Spans);
        if (clause.AmendmentMarker is { } marker)
        {
            runs = [.. runs, new Run($" ({marker})", Bold: true, Italic: true)];
        }
        // A paragraph without a number of its own (the opening of article 1) carries no label.
        return new Paragraph(runs, clause.Level, clause.Label, Marked: clause.AmendmentNumber is not null);
    }

    private static void Signatures(AgreementDocumentInput input, List<Block> blocks)
    {
        var closing = input.Agreement.Parts.Closing;
        var labels = closing.SignatureLines.Select(l => l.TrimEnd(':')).ToList();
        blocks.Add(new Heading(1, SignaturesHeading, "ondertekening"));
        blocks.Add(new Paragraph(closing.Text));
        foreach (var signature in input.Signatures)
        {
            blocks.Add(new Heading(2, signature.Party));
            var rows = new List<IReadOnlyList<Cell>>
            {
                Row("Organisatie", signature.OrganisationName),
                Row(Label(labels, 0, "Naam"), signature.Name ?? string.Empty),
                Row(Label(labels, 1, "Functie"), signature.Function ?? string.Empty),
                Row($"{Label(labels, 2, "Datum")} en tijd", signature.SignedAt is { } at ? DutchText.DateTime(at) : DutchText.NotSigned),
            };
            blocks.Add(new Table(null, [], rows, RowHeaders: true));
            blocks.Add(new Paragraph("Ondertekende inhoudshash:", bold: true));
            blocks.Add(new Paragraph(signature.SignedHash ?? (signature.SignedAt is null ? DutchText.NotSigned : "—"), ParagraphStyle.Small));
        }
        blocks.Add(new Paragraph(input.ContentHash is null ? $"Deze versie is een {DutchText.Draft}." : "Inhoudshash (SHA-256) van deze versie:", bold: true));
        if (input.ContentHash is { } hash)
        {
            blocks.Add(new Paragraph(hash, ParagraphStyle.Small));
        }
        blocks.Add(new Paragraph("Bijlagen:", bold: true));
        foreach (var annex in closing.AnnexList)
        {
            blocks.Add(new Paragraph([new Run(annex)], Label: "•"));
        }
        if (closing.AnnexListNote.Length > 0)
        {
            blocks.Add(new Paragraph(closing.AnnexListNote, ParagraphStyle.Small));
        }
    }

    private static string Label(List<string> labels, int index, string fallback) => index < labels.Count ? labels[index] : fallback;

    private static IReadOnlyList<Cell> Row(string label, string value) => [Cell.Of(label, bold: true), Cell.Of(value)];

    private static void Annexes(AgreementDocument document, List<Block> blocks)
    {
        var parts = document.Parts;
        foreach (var (number, template, pick) in new (int, string, Func<ProductAnnexes, AnnexDocument?>)[] { (1, parts.Annexes.Privacy.Title, p => p.Privacy), (2, parts.Annexes.Security.Title, p => p.Security) })
        {
            if (document.Annexes.Count == 0)
            {
                blocks.Add(new PageBreak());
                blocks.Add(new Heading(1, parts.Closing.AnnexList[number - 1], $"bijlage-{number}"));
                blocks.Add(new Paragraph("Deze overeenkomst dekt (nog) geen producten."));
            }
            foreach (var product in document.Annexes)
            {
                blocks.Add(new PageBreak());
                if (pick(product) is { } annex)
                {
                    blocks.AddRange(AnnexContent.Write(annex));
                }
                else
                {
                    blocks.Add(new Heading(1, TemplateText.PlainText(template).Replace("[naam product/dienst]", product.ProductName, StringComparison.Ordinal), $"bijlage-{number}-{product.ProductId:N}"));
                    blocks.Add(new Paragraph("De leverancier heeft voor dit product nog geen versie van deze bijlage gepubliceerd."));
                }
            }
        }
    }

    private static void AmendmentsAnnex(AgreementDocument document, List<Block> blocks)
    {
        var template = document.Parts.Annexes.Amendments;
        var fields = template.Entry.Fields;
        blocks.Add(new Heading(1, template.Title, "bijlage-3"));
        foreach (var line in template.SubtitleLines)
        {
            blocks.Add(new Paragraph(line, bold: true));
        }
        foreach (var paragraph in template.Paragraphs)
        {
            blocks.Add(new Paragraph(paragraph));
        }
        if (document.AmendmentsAnnex.Count == 0)
        {
            blocks.Add(new Paragraph("Geen wijzigingen: partijen zijn (nog) geen afwijkingen overeengekomen."));
        }
        foreach (var entry in document.AmendmentsAnnex)
        {
            blocks.Add(new Heading(2, entry.Heading, $"bijlage-3-{entry.Number}"));
            blocks.Add(new Table(null, [],
            [
                Row(fields[0], entry.Citation),
                Row(fields[1], entry.Kind == AmendmentKind.Change ? "Wijziging" : "Aanvulling"),
                [Cell.Of(fields[2], bold: true), new Cell(DutchText.Template(entry.CurrentText))],
                Row(fields[3], entry.NewText),
                Row(fields[4], entry.Reason),
            ], RowHeaders: true));
        }
        blocks.Add(new Paragraph(template.Closing));
    }
}
