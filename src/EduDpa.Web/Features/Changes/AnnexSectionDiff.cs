using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Web.Features.Agreements;

namespace EduDpa.Web.Features.Changes;

/// <summary>One section of an annex (A–H of Bijlage 1, A–C of Bijlage 2) in two versions, line by line.</summary>
public sealed record SectionDifference(string Heading, bool Changed, IReadOnlyList<(DiffPart Part, string Text)> Lines);

/// <summary>
/// The difference between two versions of an annex section by section, as the model prints them (every checklist
/// item ticked or not, every table row), so that a board sees exactly which lines of which section change.
/// </summary>
public static class AnnexSectionDiff
{
    public static IReadOnlyList<SectionDifference> Compare(AnnexKind kind, string? before, string after, string productName)
    {
        var newSections = Sections(Render(kind, after, productName));
        var oldSections = before is null ? [] : Sections(Render(kind, before, productName)).ToDictionary(s => s.Heading, s => s.Text, StringComparer.Ordinal);
        return [.. newSections.Select(section =>
        {
            var old = oldSections.GetValueOrDefault(section.Heading, string.Empty);
            if (old == section.Text)
            {
                return new SectionDifference(section.Heading, false, []);
            }
            var model = InlineDiffBuilder.Diff(old, section.Text, ignoreWhiteSpace: false);
            return new SectionDifference(section.Heading, true, [.. model.Lines.Where(l => l.Type != ChangeType.Imaginary).Select(l => (l.Type switch
            {
                ChangeType.Inserted => DiffPart.Inserted,
                ChangeType.Deleted => DiffPart.Deleted,
                _ => DiffPart.Same,
            }, l.Text))]);
        })];
    }

    private static AnnexDocument Render(AnnexKind kind, string content, string productName)
    {
        if (kind == AnnexKind.Privacy)
        {
            var privacy = AnnexJson.Deserialize<PrivacyAnnex>(content);
            return AnnexRenderer.Privacy(ModelCatalog.Get(privacy.Model).AgreementParts.Annexes.Privacy, privacy, productName, null);
        }
        var security = AnnexJson.Deserialize<SecurityAnnex>(content);
        return AnnexRenderer.Security(ModelCatalog.Get(security.Model).AgreementParts.Annexes.Security, security, productName, null);
    }

    /// <summary>The document cut at its top-level headings; what comes before the first heading belongs to none and is left out.</summary>
    private static List<(string Heading, string Text)> Sections(AnnexDocument document)
    {
        var sections = new List<(string Heading, List<AnnexBlock> Blocks)>();
        foreach (var block in document.Blocks)
        {
            if (block is AnnexHeading { Level: 1 } heading)
            {
                sections.Add((Domain.Agreements.TextSpan.Plain(heading.Text), []));
            }
            else if (sections.Count > 0)
            {
                sections[^1].Blocks.Add(block);
            }
        }
        return [.. sections.Select(s =>
        {
            var text = AnnexPlainText.Write(document with { Title = [], Blocks = s.Blocks });
            return (s.Heading, text.TrimStart('\n'));
        })];
    }
}
