using EduDpa.Domain.Agreements;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Transparency;

/// <summary>A purpose of section E in the model's words, with what the supplier filled in.</summary>
public sealed record WordedPurpose(string Id, string Text);

/// <summary>A data category of F1 in the model's words ("Contactgegevens: Achternaam"); <see cref="Special"/> for a special category.</summary>
public sealed record WordedDataCategory(string Id, string Text, bool Special);

/// <summary>The data categories of one data subject group ("pupil", "parent", "staff").</summary>
public sealed record WordedDataGroup(string Group, IReadOnlyList<WordedDataCategory> Categories);

/// <summary>
/// The ticked items of Bijlage 1 in the model's own wording (Dutch, as the model is published), as plain text without
/// the model's emphasis or its guidance in brackets, with the supplier's "namelijk …" filled in.
/// </summary>
public static class ModelWording
{
    public static IReadOnlyList<WordedPurpose> Purposes(ProcessingFacts facts)
    {
        var template = ModelCatalog.Find(facts.Model)?.AgreementParts.Annexes.Privacy;
        if (template is null)
        {
            return [.. facts.Purposes.Select(id => new WordedPurpose(id, id))];
        }
        var ticked = facts.Purposes.ToHashSet(StringComparer.Ordinal);
        var result = new List<WordedPurpose>();
        foreach (var purpose in template.Purposes.Where(p => ticked.Contains(p.Id)))
        {
            var text = Plain(purpose.Text);
            if (purpose.Other)
            {
                text = facts.OtherPurpose is { } other ? ReplaceEllipsis(text, other) : text.TrimEnd('.', ' ');
            }
            var parties = template.ThirdParties(purpose.Id).Where(p => facts.ThirdParties.Contains(p.Id)).Select(p => Plain(p.Text).TrimEnd(';', '.')).ToList();
            if (parties.Count > 0)
            {
                text = $"{text} {string.Join("; ", parties)}";
            }
            result.Add(new WordedPurpose(purpose.Id, text));
        }
        return result;
    }

    public static IReadOnlyList<WordedDataGroup> DataCategories(ProcessingFacts facts)
    {
        var template = ModelCatalog.Find(facts.Model)?.AgreementParts.Annexes.Privacy;
        var chosen = facts.DataCategories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var groups = new List<WordedDataGroup>();
        foreach (var group in ProcessingFacts.Groups)
        {
            var rows = template?.DataCategories.Where(c => c.Id.StartsWith($"F1-{group}-", StringComparison.Ordinal) && chosen.ContainsKey(c.Id))
                .Select(c => new WordedDataCategory(c.Id, DataCategory(c, chosen[c.Id].Note), c.SpecialCategory)).ToList() ?? [];
            if (rows.Count > 0)
            {
                groups.Add(new WordedDataGroup(group, rows));
            }
        }
        return groups;
    }

    /// <summary>"Contactgegevens: Achternaam"; "Andere Persoonsgegevens: …" with the supplier's text; a special category without the model's asterisk.</summary>
    public static string DataCategory(DataCategoryTemplate row, string? note)
    {
        var category = Plain(row.Category).TrimEnd('*', ':', ' ');
        if (row.IsOther)
        {
            category = category.Replace(", namelijk", string.Empty, StringComparison.Ordinal);
            return note is null ? category : $"{category}: {note}";
        }
        var specification = Plain(row.Specification);
        if (specification.Length == 0)
        {
            return note is null ? category : $"{category}: {note}";
        }
        if (note is not null)
        {
            specification = specification.Contains("...", StringComparison.Ordinal) ? ReplaceEllipsis(specification, note) : $"{specification} ({note})";
        }
        return $"{category}: {specification}";
    }

    private static string Plain(string modelText) => TextSpan.Plain(TemplateText.Parse(modelText)).Trim();

    private static string ReplaceEllipsis(string text, string value)
    {
        var at = text.LastIndexOf("...", StringComparison.Ordinal);
        return at < 0 ? $"{text} {value}" : text[..at] + value + text[(at + 3)..];
    }
}
