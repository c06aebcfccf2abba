using System.Text;
using EduDpa.Domain.Annexes;

namespace EduDpa.Domain.Agreements;

/// <summary>The agreement as plain UTF-8 text in reading order, without markup: for the API and for archives.</summary>
public static class AgreementPlainText
{
    /// <param name="annexPlaceholder">What to say for a Bijlage 1 or 2 that has no published version yet.</param>
    public static string Write(AgreementDocument document, string annexPlaceholder)
    {
        var model = document.Model;
        var parts = model.AgreementParts;
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line(model.Title);
        Line(model.Subtitle);
        Line();
        foreach (var paragraph in document.Introduction)
        {
            Line(TextSpan.Plain(paragraph));
            Line();
        }
        for (var i = 0; i < parts.Introduction.AnnexList.Count; i++)
        {
            Line($"{i + 1}. {TemplateText.PlainText(parts.Introduction.AnnexList[i])}");
        }
        Line();
        foreach (var footnote in parts.Introduction.Footnotes)
        {
            Line(TemplateText.PlainText(footnote));
        }
        Line();

        Line(parts.Parties.Heading);
        Line();
        Line($"{parts.Parties.Controller.Number}. {TextSpan.Plain(document.ControllerParty)}");
        Line();
        Line(parts.Parties.Conjunction);
        Line();
        Line($"{parts.Parties.Processor.Number}. {TextSpan.Plain(document.ProcessorParty)}");
        Line();
        Line(TemplateText.PlainText(parts.Parties.Together));
        Line();
        Line(parts.Considerations.Heading);
        Line();
        foreach (var consideration in document.Considerations)
        {
            Line($"{consideration.Label} {consideration.PlainText}");
        }
        Line();
        Line(parts.Considerations.Closing);

        foreach (var article in document.Articles)
        {
            Line();
            Line(article.Heading);
            Line();
            foreach (var clause in article.Clauses)
            {
                var indent = new string(' ', clause.Level * 3);
                var label = clause.Label is null ? string.Empty : clause.Label + " ";
                var marker = clause.AmendmentMarker is { } m ? $" [{m}]" : string.Empty;
                Line($"{indent}{label}{clause.PlainText}{marker}");
            }
        }

        Line();
        Line(parts.Closing.Text);
        foreach (var signatory in parts.Closing.Signatories)
        {
            Line();
            Line(signatory.Heading);
            foreach (var signatureLine in parts.Closing.SignatureLines)
            {
                Line(signatureLine);
            }
        }
        Line();
        foreach (var annex in parts.Closing.AnnexList)
        {
            Line(annex);
        }

        foreach (var (template, pick) in new (string Title, Func<ProductAnnexes, AnnexDocument?> Pick)[] { (parts.Annexes.Privacy.Title, p => p.Privacy), (parts.Annexes.Security.Title, p => p.Security) })
        {
            if (document.Annexes.Count == 0)
            {
                Line();
                Line(TemplateText.PlainText(template));
                Line(annexPlaceholder);
            }
            foreach (var product in document.Annexes)
            {
                Line();
                if (pick(product) is { } annex)
                {
                    AnnexPlainText.Write(annex, text);
                }
                else
                {
                    Line(TemplateText.PlainText(template).Replace("[naam product/dienst]", product.ProductName, StringComparison.Ordinal));
                    Line(annexPlaceholder);
                }
            }
        }
        Line();
        var amendments = parts.Annexes.Amendments;
        Line(amendments.Title);
        foreach (var subtitle in amendments.SubtitleLines)
        {
            Line(subtitle);
        }
        Line();
        foreach (var paragraph in amendments.Paragraphs)
        {
            Line(paragraph);
        }
        foreach (var entry in document.AmendmentsAnnex)
        {
            Line();
            Line(entry.Heading);
            Line($"{amendments.Entry.Fields[0]}: {entry.Citation}");
            Line($"{amendments.Entry.Fields[1]}: {(entry.Kind == AmendmentKind.Change ? "Wijziging" : "Aanvulling")}");
            Line($"{amendments.Entry.Fields[2]}: {TemplateText.PlainText(entry.CurrentText)}");
            Line($"{amendments.Entry.Fields[3]}: {entry.NewText}");
            Line($"{amendments.Entry.Fields[4]}: {entry.Reason}");
        }
        Line();
        Line(amendments.Closing);
        return text.ToString();
    }
}
