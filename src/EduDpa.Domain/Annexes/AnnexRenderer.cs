using System.Globalization;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Models;
using EduDpa.Domain.Reference;

namespace EduDpa.Domain.Annexes;

/// <summary>The board's part of a product's annexes, as its agreement holds it.</summary>
public sealed record AnnexBoardPart(ContactPerson? Contact, ContactPerson? IncidentContact, ProductAnnexChoices Choices);

/// <summary>
/// Writes Bijlage 1 and 2 as documents: the model's text and tables in the model's order, filled in with the
/// supplier's annex and, in an agreement, the board's part. Every item of the model's checklists is shown,
/// ticked or not, as the model prints them. Without a board part (the product's own page) the board's fields
/// keep the model's placeholders.
/// </summary>
public static class AnnexRenderer
{
    private const string Placeholder = "[...]";

    public static AnnexDocument Privacy(PrivacyAnnexTemplate template, PrivacyAnnex annex, string productName, AnnexBoardPart? board, string idPrefix = "bijlage-1")
    {
        var blocks = new List<AnnexBlock>();
        foreach (var section in template.Sections)
        {
            var id = $"{idPrefix}-{section.Id}";
            blocks.Add(new AnnexHeading(id, 1, M(section.Heading)));
            switch (section.Id)
            {
                case "A": ContactSection(section, annex, board, id, blocks); break;
                case "B": blocks.Add(new AnnexParagraph(null, Replace(section.Paragraphs![0], "[versienummer en versiedatum]", Stamp(annex.Version)))); break;
                case "C": General(section, annex, id, blocks); break;
                case "D": Services(section, annex, board, id, blocks); break;
                case "E": Purposes(section, annex, id, blocks); break;
                case "F": DataCategories(section, annex, board, id, blocks); break;
                case "G": Locations(section, annex, board, id, blocks); break;
                case "H": SubProcessors(section, annex, template, id, blocks); break;
                default: Paragraphs(section.Paragraphs, blocks); break;
            }
        }
        blocks.Add(new AnnexParagraph(null, M(template.Closing)));
        return new AnnexDocument(idPrefix, AnnexKind.Privacy, Replace(template.Title, "[naam product/dienst]", F(productName)), blocks);
    }

    public static AnnexDocument Security(SecurityAnnexTemplate template, SecurityAnnex annex, string productName, AnnexBoardPart? board, string idPrefix = "bijlage-2")
    {
        var blocks = new List<AnnexBlock>
        {
            new AnnexParagraph(null, Replace(template.Version, "[versienummer en datum laatste aanpassing]", annex.Version is { } v ? F($"{v.Number}, {AnnexLabels.Date(v.Date)}") : Missing())),
        };
        Paragraphs(template.Paragraphs, blocks);
        foreach (var section in template.Sections)
        {
            var id = $"{idPrefix}-{section.Id}";
            blocks.Add(new AnnexHeading(id, 1, M(section.Heading)));
            Paragraphs(section.Paragraphs, blocks);
            switch (section.Id)
            {
                case "A": Measures(section, annex, id, blocks); break;
                case "B": Assessment(section, annex, id, blocks); break;
                case "C": Breach(section, annex, board, id, blocks); break;
            }
        }
        blocks.Add(new AnnexParagraph(null, M(template.Closing)));
        return new AnnexDocument(idPrefix, AnnexKind.Security, Replace(template.Title, "[naam product/dienst]", F(productName)), blocks);
    }

    // ---- Bijlage 1

    private static void ContactSection(PrivacySection section, PrivacyAnnex annex, AnnexBoardPart? board, string id, List<AnnexBlock> blocks)
    {
        Paragraphs(section.Paragraphs, blocks);
        var rows = section.Table!.Rows;
        blocks.Add(new AnnexTable(id + "-contacts", null, section.Table.Columns!,
        [
            [Cell(M(rows[0])), Cell(Value(AnnexLabels.NameAndFunction(annex.ProcessorContact))), Cell(Value(AnnexLabels.Details(annex.ProcessorContact)))],
            [Cell(M(rows[1])), Cell(Value(AnnexLabels.NameAndFunction(board?.Contact))), Cell(Value(AnnexLabels.Details(board?.Contact)))],
        ], RowHeaders: true));
        Footnotes(section.Footnotes, blocks);
    }

    private static void General(PrivacySection section, PrivacyAnnex annex, string id, List<AnnexBlock> blocks)
    {
        var general = annex.General;
        string?[] values =
        [
            general?.ProductName,
            general is null ? null : AnnexLabels.Join(", ", general.ProcessorName, general.ProcessorAddress),
            general?.SupplierUrl,
            general?.ProductUrl,
            general?.Explanation,
            general is null || general.Audience.Count == 0 ? null : string.Join(", ", general.Audience.Order().Select(AnnexLabels.Of)),
            general is null || general.Users.Count == 0 ? null : string.Join(", ", general.Users.Order().Select(AnnexLabels.Of)),
        ];
        blocks.Add(new AnnexTable(id + "-general", null, [], [.. section.Fields!.Select((label, i) => (IReadOnlyList<AnnexCell>)[Cell(M(label)), Cell(Value(values[i]))])], RowHeaders: true));
    }

    private static void Services(PrivacySection section, PrivacyAnnex annex, AnnexBoardPart? board, string id, List<AnnexBlock> blocks)
    {
        Paragraphs(section.Paragraphs, blocks);
        foreach (var part in section.Parts!)
        {
            blocks.Add(new AnnexParagraph(null, M($"{part.Number}. {part.Text}")));
            var services = part.Optional ? annex.OptionalServices : annex.EssentialServices;
            var rows = services.Select(service =>
            {
                List<AnnexCell> row = [Cell(Value(service.Description)), Cell(Value(service.Processing))];
                if (part.Optional)
                {
                    var decision = board?.Choices.DecisionFor(service);
                    row.Add(new AnnexCell(decision is null ? Missing() : F(decision.Accepted ? "Akkoord" : "Niet akkoord"),
                        decision is null ? Tick.Open : decision.Accepted ? Tick.Ticked : Tick.Unticked));
                }
                return (IReadOnlyList<AnnexCell>)row;
            }).ToList();
            if (rows.Count == 0)
            {
                rows.Add([.. part.Columns!.Select(_ => Cell(Missing()))]);
            }
            blocks.Add(new AnnexTable($"{id}-{part.Id}", null, part.Columns!, rows));
        }
    }

    private static void Purposes(PrivacySection section, PrivacyAnnex annex, string id, List<AnnexBlock> blocks)
    {
        Paragraphs(section.Paragraphs, blocks);
        var rows = new List<IReadOnlyList<AnnexCell>>();
        var ticked = annex.Purposes.ToHashSet(StringComparer.Ordinal);
        foreach (var purpose in section.Purposes!)
        {
            var text = purpose.Other && annex.OtherPurpose is { } other ? [.. M(purpose.Text), .. F(" " + other)] : M(purpose.Text);
            rows.Add([Cell(text), TickCell(ticked.Contains(purpose.Id))]);
            for (var i = 0; i < (purpose.SubItems?.Count ?? 0); i++)
            {
                rows.Add([new AnnexCell(M(purpose.SubItems![i]), Level: 1), TickCell(annex.ThirdParties.Contains($"{purpose.Id}.{i + 1}"))]);
            }
        }
        blocks.Add(new AnnexTable(id + "-purposes", null, section.Columns!, rows));
        Footnotes(section.Footnotes, blocks);
    }

    private static void DataCategories(PrivacySection section, PrivacyAnnex annex, AnnexBoardPart? board, string id, List<AnnexBlock> blocks)
    {
        var chosen = annex.DataCategories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var part in section.Parts!)
        {
            blocks.Add(new AnnexHeading($"{id}-{part.Id}", 2, M($"{part.Number}. {part.Text}")));
            foreach (var table in part.Tables ?? [])
            {
                var rows = table.Rows.Select(row =>
                {
                    var choice = chosen.GetValueOrDefault(row.Id);
                    var specification = choice?.Note is { } note
                        ? (row.IsOther ? F(note) : [.. M(row.Specification), .. F(": " + note)])
                        : M(row.Specification);
                    return (IReadOnlyList<AnnexCell>)[Cell(M(row.Category)), Cell(specification), TickCell(choice is not null)];
                }).ToList();
                blocks.Add(new AnnexTable(table.Id, table.DataSubject, table.Columns, rows));
            }
            Footnotes(part.Footnotes, blocks);
            if (part.Paragraphs is { } paragraphs)
            {
                foreach (var paragraph in paragraphs)
                {
                    blocks.Add(new AnnexParagraph(null, paragraph == Placeholder ? Retention(annex, board) : M(paragraph)));
                }
            }
        }
    }

    /// <summary>F2's "[...]": the periods as settled by the board, or the supplier's proposal until then.</summary>
    private static List<TextSpan> Retention(PrivacyAnnex annex, AnnexBoardPart? board)
    {
        if (board is null)
        {
            return Value(annex.Retention);
        }
        return board.Choices.RetentionFor(annex) is { } settled ? F(settled) : [.. Value(annex.Retention), .. Missing(" [nog vast te stellen door de Onderwijsinstelling]")];
    }

    private static void Locations(PrivacySection section, PrivacyAnnex annex, AnnexBoardPart? board, string id, List<AnnexBlock> blocks)
    {
        Paragraphs(section.Paragraphs, blocks);
        var locationRows = annex.Locations.Select((location, i) => (IReadOnlyList<AnnexCell>)
        [
            Cell(F($"{i + 1}. {annex.FindService(location.ServiceId)?.Description ?? location.ServiceId}")),
            Cell(Value(AnnexLabels.Join(", ", location.Place, location.CountryCode is { } c ? Countries.NameOf(c, false) : null))),
        ]).ToList();
        if (locationRows.Count == 0)
        {
            locationRows.Add([Cell(M(section.LocationTable!.Rows[0])), Cell(Missing())]);
        }
        blocks.Add(new AnnexTable(id + "-locations", null, section.LocationTable!.Columns!, locationRows));

        var headings = section.TransferTable!.Rows;
        var transfers = annex.Transfers.Where(t => t.InternationalOrganisation is not null || t.CountryCode is null || !Countries.IsEea(t.CountryCode)).ToList();
        for (var i = 0; i < transfers.Count; i++)
        {
            var transfer = transfers[i];
            var consent = board?.Choices.ConsentFor(transfer);
            var destination = AnnexLabels.Join(", ", transfer.CountryCode is { } code ? Countries.NameOf(code, false) : null, transfer.InternationalOrganisation);
            var safeguard = transfer.Safeguard is { } s
                ? AnnexLabels.Join(". ", AnnexLabels.Of(s), transfer.SafeguardDetails,
                    transfer.SupplementaryMeasures is { } m ? "Aanvullende maatregelen: " + m : null,
                    transfer.RecipientQualification)
                : null;
            blocks.Add(new AnnexTable($"{id}-transfer-{transfer.Id}", null, [],
            [
                [Cell(M(i == 0 ? headings[0] : headings[0].Replace("1.", $"{i + 1}.", StringComparison.Ordinal))), Cell(Value(annex.FindService(transfer.ServiceId)?.Description))],
                [Cell(M(headings[1])), Cell(Value(AnnexLabels.Join(". ", transfer.Description, transfer.Recipient is { } r ? "Ontvanger: " + r : null)))],
                [Cell(M(headings[2])), Cell(Value(destination))],
                [Cell(M(headings[3])), Cell(Value(safeguard))],
                [Cell(M(headings[4])), board is null ? Cell(Missing()) : new AnnexCell(
                    consent is null ? Missing() : F(consent.Consented ? $"Ja, gegeven op {AnnexLabels.Date(DateOnly.FromDateTime(consent.DecidedAt.UtcDateTime))}" : "Nee"),
                    consent is null ? Tick.Open : consent.Consented ? Tick.Ticked : Tick.Unticked)],
            ], RowHeaders: true));
        }
        if (transfers.Count == 0)
        {
            blocks.Add(new AnnexTable(id + "-transfer", null, [], [.. headings.Select(h => (IReadOnlyList<AnnexCell>)[Cell(M(h)), Cell(F("n.v.t."))])], RowHeaders: true));
        }
        Footnotes(section.Footnotes, blocks);
        if (section.Closing is { } closing)
        {
            blocks.Add(new AnnexParagraph(null, M(closing)));
        }
    }

    private static void SubProcessors(PrivacySection section, PrivacyAnnex annex, PrivacyAnnexTemplate template, string id, List<AnnexBlock> blocks)
    {
        Paragraphs(section.Paragraphs, blocks);
        var headings = section.Table!.Rows;
        var categories = template.DataCategories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var tables = annex.SubProcessors.Select((sub, i) =>
        {
            var data = sub.DataCategories.Count == 0 ? null : string.Join("; ", sub.DataCategories.Select(c => categories.TryGetValue(c, out var row) ? DataLabel(template, row) : c));
            string?[] values = [sub.Name, sub.Processing, data, Country(sub.ProcessingCountryCode), Country(sub.EstablishmentCountryCode)];
            return new AnnexTable($"{id}-sub-{i + 1}", null, [], [.. headings.Select((h, j) => (IReadOnlyList<AnnexCell>)[Cell(M(h)), Cell(Value(values[j]))])], RowHeaders: true);
        }).ToList();
        if (tables.Count == 0)
        {
            tables.Add(new AnnexTable(id + "-sub", null, [], [.. headings.Select(h => (IReadOnlyList<AnnexCell>)[Cell(M(h)), Cell(F("n.v.t."))])], RowHeaders: true));
        }
        blocks.AddRange(tables);
        if (section.Closing is { } closing)
        {
            blocks.Add(new AnnexParagraph(null, M(closing)));
        }
    }

    private static string DataLabel(PrivacyAnnexTemplate template, DataCategoryTemplate row)
    {
        var subject = template.DataCategoryTables.First(t => t.Rows.Contains(row)).DataSubject.Replace("Betrokkene: ", string.Empty, StringComparison.Ordinal);
        var specification = row.IsOther || row.Specification.Length == 0 ? string.Empty : $" ({row.Specification})";
        return $"{row.Category.TrimEnd('*')}{specification}, {subject}";
    }

    // ---- Bijlage 2

    private static void Measures(SecuritySection section, SecurityAnnex annex, string id, List<AnnexBlock> blocks)
    {
        var items = section.Measures!.Select(measure =>
        {
            var statement = annex.Measures.FirstOrDefault(m => m.Id == measure.Id);
            var text = statement?.Explanation is { } explanation ? [.. M(measure.Text), .. F(" Toelichting: " + explanation)] : M(measure.Text);
            return new AnnexCell(text, statement is null ? Tick.Open : statement.Affirmed ? Tick.Ticked : Tick.Unticked);
        }).ToList();
        blocks.Add(new AnnexList(id + "-measures", items));
    }

    private static void Assessment(SecuritySection section, SecurityAnnex annex, string id, List<AnnexBlock> blocks)
    {
        var assessment = annex.Assessment;
        var classification = assessment.Classification;
        string?[] values =
        [
            assessment.Form is { } form ? AnnexLabels.Of(form) : null,
            assessment.Assessor is { } a ? AnnexLabels.Join(", ", a.Organisation, a.Name, a.Function) : null,
            assessment.LoginPageUrl,
            classification is null ? null : AnnexLabels.Join(", ",
                classification.Availability is { } av ? "Beschikbaarheid=" + AnnexLabels.Of(av) : null,
                classification.Integrity is { } i ? "Integriteit=" + AnnexLabels.Of(i) : null,
                classification.Confidentiality is { } c ? "Vertrouwelijkheid=" + AnnexLabels.Of(c) : null),
        ];
        blocks.Add(new AnnexTable(id + "-assessment", null, [], [.. section.Assessment!.Select((field, i) => (IReadOnlyList<AnnexCell>)[Cell(M(field.Heading)), Cell(Value(values[i]))])], RowHeaders: true));
        var rows = section.Rows!.Select(row =>
        {
            var answer = annex.Rosa.FirstOrDefault(r => r.Id == row.Id);
            var explanation = AnnexLabels.Join(" ", answer?.Explanation, answer?.CorrectBy is { } date ? $"Gecorrigeerd uiterlijk {AnnexLabels.Date(date)}." : null);
            return (IReadOnlyList<AnnexCell>)
            [
                Cell(M(row.Category)), Cell(M(row.Measure)),
                Cell(Value(answer?.Compliance is { } compliance ? AnnexLabels.Of(compliance) : null)),
                Cell(explanation is null ? [] : F(explanation)),
            ];
        }).ToList();
        blocks.Add(new AnnexTable(id + "-rosa", null, section.Columns!, rows));
    }

    private static void Breach(SecuritySection section, SecurityAnnex annex, AnnexBoardPart? board, string id, List<AnnexBlock> blocks)
    {
        blocks.Add(new AnnexList(id + "-breach", [.. section.BreachInformation!.Select(item => new AnnexCell(M(item.Text), annex.BreachInformation.Contains(item.Id) ? Tick.Ticked : Tick.Unticked))]));
        blocks.Add(new AnnexParagraph(null, M(section.ContactParagraph!)));
        var table = section.ContactTable!;
        var processor = annex.IncidentContact;
        var boardContact = board?.IncidentContact;
        blocks.Add(new AnnexTable(id + "-contacts", null, table.Columns,
        [
            [Cell(M(table.Rows[0].Heading)), Cell(AnnexLabels.NameAndFunction(processor) is { } p ? F(p) : M(table.Rows[0].Published[0], missing: true)), Cell(AnnexLabels.Details(processor) is { } pd ? F(pd) : M(table.Rows[0].Published[1], missing: true))],
            [Cell(M(table.Rows[1].Heading)), Cell(AnnexLabels.NameAndFunction(boardContact) is { } b ? F(b) : M(table.Rows[1].Published[0], missing: true)), Cell(AnnexLabels.Details(boardContact) is { } bd ? F(bd) : M(table.Rows[1].Published[1], missing: true))],
        ], RowHeaders: true));
    }

    // ---- building blocks

    private static string? Country(string? code) => code is null ? null : Countries.NameOf(code, false);

    private static List<TextSpan> Stamp(AnnexStamp? stamp) => stamp is null ? Missing() : F($"{stamp.Number.ToString(CultureInfo.InvariantCulture)} ({AnnexLabels.Date(stamp.Date)})");

    private static void Paragraphs(IReadOnlyList<string>? paragraphs, List<AnnexBlock> blocks)
    {
        foreach (var paragraph in paragraphs ?? [])
        {
            blocks.Add(new AnnexParagraph(null, M(paragraph)));
        }
    }

    private static void Footnotes(IReadOnlyList<string>? footnotes, List<AnnexBlock> blocks) => Paragraphs(footnotes, blocks);

    /// <summary>Model text, with its emphasis; as a placeholder nobody filled in when <paramref name="missing"/>.</summary>
    private static List<TextSpan> M(string text, bool missing = false) =>
        [.. TemplateText.Parse(text).Select(s => missing ? s with { Kind = SpanKind.MissingField } : s)];

    /// <summary>A value someone filled in; never read as markup.</summary>
    private static List<TextSpan> F(string text) => [new TextSpan(text, SpanStyle.Plain, SpanKind.Field)];

    private static List<TextSpan> Missing(string placeholder = Placeholder) => [new TextSpan(placeholder, SpanStyle.Plain, SpanKind.MissingField)];

    private static List<TextSpan> Value(string? text) => text is null ? Missing() : F(text);

    /// <summary>The model's text with its placeholder replaced by a value.</summary>
    private static List<TextSpan> Replace(string template, string placeholder, List<TextSpan> value)
    {
        var at = template.IndexOf(placeholder, StringComparison.Ordinal);
        return at < 0 ? M(template) : [.. M(template[..at]), .. value, .. M(template[(at + placeholder.Length)..])];
    }

    private static AnnexCell Cell(IReadOnlyList<TextSpan> text) => new(text);

    private static AnnexCell TickCell(bool ticked) => new([], ticked ? Tick.Ticked : Tick.Unticked);
}
