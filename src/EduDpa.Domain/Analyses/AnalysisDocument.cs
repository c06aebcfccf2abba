using EduDpa.Domain.Common;
using EduDpa.Domain.Identifiers;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Analyses;

/// <summary>
/// The content of an analysis as analysts write it and as it is exported and imported as JSON: the vendor and
/// the documents analysed, the frameworks covered, who wrote it, its own introduction, explanation of the
/// colours and disclaimer, and a row per framework article or paragraph range.
/// </summary>
/// <param name="Version">Only on import over an existing draft: the version read, so that nobody's work is overwritten unseen.</param>
public sealed record AnalysisDocument(
    string Title,
    AnalysisVendor Vendor,
    IReadOnlyList<string> Frameworks,
    IReadOnlyList<AnalysisRow> Rows,
    IReadOnlyList<VendorDocument>? VendorDocuments = null,
    IReadOnlyList<string>? Authors = null,
    string? Summary = null,
    string? Introduction = null,
    string? ColourExplanation = null,
    string? Disclaimer = null,
    int? Version = null);

/// <summary>The vendor whose terms are analysed: an organisation in EduDpa, or only a name.</summary>
public sealed record AnalysisVendor(string Name, Guid? OrganisationId = null);

/// <summary>A document of the vendor's terms that was analysed, e.g. "Online Services Terms", "juli 2016".</summary>
public sealed record VendorDocument(string Title, string? Version = null, string? Url = null);

/// <summary>
/// One row: a framework article or paragraph range, where the vendor's terms deal with it, the vendor's comment,
/// the analysts' comment, the verdict and, for <see cref="Verdict.Attention"/>, what a board should do.
/// </summary>
public sealed record AnalysisRow(
    string Framework,
    string Reference,
    string? VendorClauses = null,
    string? VendorComment = null,
    string? AnalystComment = null,
    Verdict? Verdict = null,
    string? Action = null)
{
    public bool IsAttention => Verdict == Analyses.Verdict.Attention;

    /// <summary>A row is the same row in another version when it covers the same reference of the same framework.</summary>
    public string Key => $"{Framework}|{Reference}";
}

/// <summary>The rules of an analysis's content, for the editor, the API and the import alike.</summary>
public static class AnalysisContent
{
    public const int TitleLength = 200;
    public const int NameLength = 200;
    public const int ShortText = 4000;
    public const int LongText = 16000;

    /// <summary>
    /// The content cleaned (texts trimmed, references in their usual form, rows in the frameworks' reading order), or the
    /// problems per field ("Rows[3].Action"). <paramref name="unknownReferences"/> lists every reference that names
    /// nothing in its framework, as "framework: reference".
    /// </summary>
    public static AnalysisDocument Check(AnalysisDocument input, ValidationErrors errors, out IReadOnlyList<string> unknownReferences)
    {
        var unknown = new List<string>();
        var title = Text.Required(input.Title, "Title", TitleLength, errors);
        var vendor = new AnalysisVendor(Text.Required(input.Vendor?.Name, "Vendor.Name", NameLength, errors), input.Vendor?.OrganisationId);
        var documents = new List<VendorDocument>();
        foreach (var (document, i) in (input.VendorDocuments ?? []).Select((d, i) => (d, i)))
        {
            var field = $"VendorDocuments[{i}]";
            var url = Text.Optional(document.Url, $"{field}.Url", WebAddress.MaxLength, errors);
            if (url is not null && !WebAddress.TryParse(url, out _))
            {
                errors.Add($"{field}.Url", ValidationCodes.WebsiteFormat);
            }
            documents.Add(new VendorDocument(Text.Required(document.Title, $"{field}.Title", TitleLength, errors), Text.Optional(document.Version, $"{field}.Version", NameLength, errors), url));
        }
        var frameworks = new List<string>();
        foreach (var (framework, i) in (input.Frameworks ?? []).Select((f, i) => (f?.Trim() ?? string.Empty, i)))
        {
            if (!ModelCatalog.AnalysisFrameworks.Contains(framework))
            {
                errors.Add($"Frameworks[{i}]", ValidationCodes.UnknownModel);
            }
            else if (!frameworks.Contains(framework))
            {
                frameworks.Add(framework);
            }
        }
        if ((input.Frameworks ?? []).Count == 0)
        {
            errors.Add("Frameworks", ValidationCodes.Required);
        }
        var authors = (input.Authors ?? []).Select((a, i) => Text.Optional(a, $"Authors[{i}]", NameLength, errors)).OfType<string>().Distinct().ToList();
        var rows = new List<(AnalysisRow Row, int Sort)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (row, i) in (input.Rows ?? []).Select((r, i) => (r, i)))
        {
            var field = $"Rows[{i}]";
            var frameworkId = row.Framework?.Trim() ?? string.Empty;
            var framework = ModelCatalog.AnalysisFrameworks.Contains(frameworkId) ? ModelCatalog.Get(frameworkId) : null;
            if (frameworkId.Length == 0)
            {
                errors.Add($"{field}.Framework", ValidationCodes.Required);
            }
            else if (framework is null)
            {
                errors.Add($"{field}.Framework", ValidationCodes.UnknownModel);
            }
            else if (!frameworks.Contains(frameworkId))
            {
                errors.Add($"{field}.Framework", AnalysisCodes.NotCovered);
            }
            var reference = ArticleReference.Parse(row.Reference);
            var written = reference?.ToString() ?? Text.Clean(row.Reference) ?? string.Empty;
            if (written.Length == 0)
            {
                errors.Add($"{field}.Reference", ValidationCodes.Required);
            }
            else if (framework is not null && (reference is null || !reference.ResolvesIn(framework)))
            {
                errors.Add($"{field}.Reference", AnalysisCodes.UnknownReference);
                unknown.Add($"{frameworkId}: {written}");
            }
            else if (!seen.Add($"{frameworkId}|{written}"))
            {
                errors.Add($"{field}.Reference", AnalysisCodes.DuplicateRow);
            }
            var action = Text.Optional(row.Action, $"{field}.Action", ShortText, errors);
            if (row.Verdict == Verdict.Attention && action is null)
            {
                errors.Add($"{field}.Action", ValidationCodes.Required);
            }
            if (row.Verdict is { } verdict && !Enum.IsDefined(verdict))
            {
                errors.Add($"{field}.Verdict", ValidationCodes.UnknownValue);
            }
            var cleaned = new AnalysisRow(frameworkId, written,
                Text.Optional(row.VendorClauses, $"{field}.VendorClauses", ShortText, errors),
                Text.Optional(row.VendorComment, $"{field}.VendorComment", ShortText, errors),
                Text.Optional(row.AnalystComment, $"{field}.AnalystComment", ShortText, errors),
                row.Verdict, action);
            var sort = framework is null || reference is null ? int.MaxValue : reference.SortKey(framework);
            rows.Add((cleaned, (frameworks.IndexOf(frameworkId) * 100_000) + Math.Min(sort, 99_999)));
        }
        unknownReferences = unknown;
        return new AnalysisDocument(title, vendor, frameworks,
            errors.IsEmpty ? [.. rows.OrderBy(r => r.Sort).Select(r => r.Row)] : [.. rows.Select(r => r.Row)],
            documents, authors,
            Paragraphs(input.Summary, "Summary", errors),
            Paragraphs(input.Introduction, "Introduction", errors),
            Paragraphs(input.ColourExplanation, "ColourExplanation", errors),
            Paragraphs(input.Disclaimer, "Disclaimer", errors));
    }

    /// <summary>A long text with its paragraphs kept (one per line), each cleaned of extra white space.</summary>
    private static string? Paragraphs(string? value, string field, ValidationErrors errors)
    {
        var paragraphs = (value ?? string.Empty).Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(Text.Clean).OfType<string>().ToList();
        if (paragraphs.Count == 0)
        {
            return null;
        }
        var text = string.Join('\n', paragraphs);
        if (text.Length > LongText)
        {
            errors.Add(field, ValidationCodes.TooLong);
        }
        return text;
    }
}
