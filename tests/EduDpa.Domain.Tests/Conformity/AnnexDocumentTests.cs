using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using static EduDpa.Domain.Tests.Conformity.Samples;

namespace EduDpa.Domain.Tests.Conformity;

public sealed class AnnexDocumentTests
{
    private static readonly ModelAnnexes Templates = ModelCatalog.Get(Model).AgreementParts.Annexes;

    private static readonly AnnexBoardPart Board = new(
        new ContactPerson("M. de Boer", "Privacycoördinator", "privacy@school.example", null),
        new ContactPerson("K. Smit", "ICT-coördinator", "ict@school.example", "+31 30 333 4444"),
        Choices(Privacy()));

    private static string PrivacyText(AnnexBoardPart? board = null, PrivacyAnnex? annex = null) =>
        AnnexPlainText.Write(AnnexRenderer.Privacy(Templates.Privacy, annex ?? Privacy(), "Rekenroute (fictief)", board));

    private static string SecurityText(AnnexBoardPart? board = null) =>
        AnnexPlainText.Write(AnnexRenderer.Security(Templates.Security, Security(), "Rekenroute (fictief)", board));

    /// <summary>Every text of the model's Bijlage 1 except the placeholders the annex fills in.</summary>
    private static IEnumerable<string> PrivacyTemplateTexts()
    {
        var t = Templates.Privacy;
        yield return t.Closing;
        foreach (var section in t.Sections)
        {
            yield return section.Heading;
            foreach (var text in (section.Paragraphs ?? []).Concat(section.Footnotes ?? []).Concat(section.Fields ?? []).Concat(section.Columns ?? []))
            {
                yield return text;
            }
            foreach (var text in (section.Table?.Rows ?? []).Concat(section.Table?.Columns ?? []).Concat(section.TransferTable?.Rows ?? []).Concat(section.LocationTable?.Columns ?? []))
            {
                yield return text;
            }
            foreach (var purpose in section.Purposes ?? [])
            {
                yield return purpose.Text;
                foreach (var sub in purpose.SubItems ?? [])
                {
                    yield return sub;
                }
            }
            foreach (var part in section.Parts ?? [])
            {
                yield return part.Text;
                foreach (var text in (part.Columns ?? []).Concat(part.Footnotes ?? []).Concat(part.Paragraphs ?? []))
                {
                    yield return text;
                }
                foreach (var table in part.Tables ?? [])
                {
                    yield return table.DataSubject;
                    foreach (var row in table.Rows)
                    {
                        yield return row.Category;
                        yield return row.Specification;
                    }
                }
            }
            if (section.Closing is { } closing)
            {
                yield return closing;
            }
        }
    }

    [Fact]
    public void The_privacy_annex_holds_every_text_of_the_model_verbatim()
    {
        var text = PrivacyText(Board);
        var placeholders = new HashSet<string>(["[...]", "Versienummer [versienummer en versiedatum]"], StringComparer.Ordinal);

        var missing = PrivacyTemplateTexts()
            .Where(t => !placeholders.Contains(t) && t.Length > 0 && !(t.StartsWith("*[Leg hier", StringComparison.Ordinal)))
            .Select(t => TemplateText.PlainText(t))
            .Where(t => !text.Contains(t, StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, "Not in the rendered annex:\n" + string.Join('\n', missing));
        Assert.StartsWith("MODEL BIJLAGE 1: PRIVACYBIJSLUITER Rekenroute (fictief)", text, StringComparison.Ordinal);
        Assert.Contains("Versienummer 1 (1 november 2026)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_security_annex_holds_every_text_of_the_model_and_fills_its_placeholders()
    {
        var text = SecurityText(Board);
        var t = Templates.Security;
        var texts = t.Paragraphs.Append(t.Closing)
            .Concat(t.Sections.SelectMany(s => new[] { s.Heading }.Concat(s.Paragraphs ?? []).Concat(s.Columns ?? [])
                .Concat((s.Measures ?? []).Select(m => m.Text)).Concat((s.BreachInformation ?? []).Select(b => b.Text))
                .Concat((s.Assessment ?? []).Select(a => a.Heading)).Concat((s.Rows ?? []).SelectMany(r => new[] { r.Category, r.Measure }))
                .Concat(s.ContactParagraph is { } p ? [p] : []).Concat(s.ContactTable?.Columns ?? []).Concat((s.ContactTable?.Rows ?? []).Select(r => r.Heading))));

        var missing = texts.Select(x => TemplateText.PlainText(x)).Where(x => !text.Contains(x, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "Not in the rendered annex:\n" + string.Join('\n', missing));
        Assert.Contains("Versie 1, 1 november 2026", text, StringComparison.Ordinal);
        Assert.Contains("Externe audit", text, StringComparison.Ordinal);
        Assert.Contains("Beschikbaarheid=M, Integriteit=M, Vertrouwelijkheid=H", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[Self-assessment/interne audit/peer review/externe audit]", text, StringComparison.Ordinal);
        Assert.Contains("K. Smit, ICT-coördinator | ict@school.example, +31 30 333 4444", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ticked_and_unticked_items_show_as_the_model_lists_them()
    {
        var text = PrivacyText(Board);

        Assert.Contains("de opslag van leer- en toetsresultaten | [x]", text, StringComparison.Ordinal);
        Assert.Contains("het terugontvangen door de Onderwijsinstelling van leer- en toetsresultaten | [ ]", text, StringComparison.Ordinal);
        Assert.Contains("Contactgegevens | Voorna(a)m(en) | [x]", text, StringComparison.Ordinal);
        Assert.Contains("Contactgegevens | Geslacht | [ ]", text, StringComparison.Ordinal);
        Assert.Contains("Ouderportaal | Tonen van de voortgang aan ouders | [x] Akkoord", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_boards_part_its_fields_keep_the_models_placeholders_and_its_decisions_are_open()
    {
        var document = AnnexRenderer.Privacy(Templates.Privacy, Privacy(), "Rekenroute (fictief)", board: null);
        var text = AnnexPlainText.Write(document);

        Assert.Contains("Onderwijsinstelling* | [...] | [...]", text, StringComparison.Ordinal);
        Assert.Contains("Ouderportaal | Tonen van de voortgang aan ouders | [?] [...]", text, StringComparison.Ordinal);
        Assert.Contains("Tot uiterlijk één jaar na het einde van de Onderliggende Overeenkomst.", text, StringComparison.Ordinal);
        Assert.Contains("*[idem voor Onderwijsinstelling of: zie Bijlage 4]*".Trim('*'), SecurityText(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_transfer_shows_its_safeguard_and_the_boards_consent()
    {
        Assert.Contains("Standard Contractual Clauses (SCC). Modelcontract 2021/914, module 3. Aanvullende maatregelen: Versleuteling", PrivacyText(Board), StringComparison.Ordinal);
        Assert.Contains("[x] Ja, gegeven op 23 november 2026", PrivacyText(Board), StringComparison.Ordinal);
        var withoutConsent = Board with { Choices = Board.Choices with { Transfers = [] } };
        Assert.Contains("toestemming in te vullen door Onderwijsinstelling) | [?] [...]", PrivacyText(withoutConsent), StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_person_typed_is_never_read_as_markup()
    {
        var annex = Privacy() with { Retention = "*niet* cursief" };
        var document = AnnexRenderer.Privacy(Templates.Privacy, annex, "Product", board: null);

        var spans = document.Blocks.OfType<AnnexParagraph>().Single(p => TextSpan.Plain(p.Text) == "*niet* cursief").Text;
        Assert.All(spans, s => Assert.Equal(SpanStyle.Plain, s.Style));
    }
}
