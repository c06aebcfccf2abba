using System.Text.Json.Serialization;

namespace EduDpa.Domain.Models;

/// <summary>The templates of the three annexes the parties fill in.</summary>
[JsonConverter(typeof(ModelAnnexesConverter))]
public sealed record ModelAnnexes(PrivacyAnnexTemplate Privacy, SecurityAnnexTemplate Security, AmendmentsAnnexTemplate Amendments);

// ---- Bijlage 1: Privacybijsluiter

public sealed record PrivacyAnnexTemplate(string Id, int Number, string Title, IReadOnlyList<PrivacySection> Sections, string Closing)
{
    public PrivacySection Section(string id) => Sections.Single(s => s.Id == id);

    public IReadOnlyList<PurposeTemplate> Purposes => Section("E").Purposes ?? [];

    public IReadOnlyList<DataCategoryTable> DataCategoryTables => Section("F").Parts!.Single(p => p.Id == "F1").Tables ?? [];

    public IEnumerable<DataCategoryTemplate> DataCategories => DataCategoryTables.SelectMany(t => t.Rows);

    /// <summary>The kinds of third parties under purpose E11, as "E11.1" … with their text.</summary>
    public IReadOnlyList<(string Id, string Text)> ThirdParties(string purposeId = "E11") =>
        [.. (Purposes.Single(p => p.Id == purposeId).SubItems ?? []).Select((text, i) => ($"{purposeId}.{i + 1}", text))];
}

/// <summary>
/// One of the sections A–H. Sections differ in shape; each uses the members it needs: paragraphs and
/// footnotes everywhere, a contact table (A), fields (C), parts (D, F), purposes (E), location and transfer
/// tables (G), a sub-processor table (H).
/// </summary>
public sealed record PrivacySection(
    string Id,
    string Heading,
    IReadOnlyList<string>? Paragraphs = null,
    IReadOnlyList<string>? Footnotes = null,
    TableTemplate? Table = null,
    IReadOnlyList<string>? Fields = null,
    IReadOnlyList<PrivacySectionPart>? Parts = null,
    IReadOnlyList<string>? Columns = null,
    IReadOnlyList<PurposeTemplate>? Purposes = null,
    TableTemplate? LocationTable = null,
    TableTemplate? TransferTable = null,
    string? Closing = null);

public sealed record PrivacySectionPart(
    string Id,
    string Number,
    string Text,
    IReadOnlyList<string>? Columns = null,
    bool Optional = false,
    IReadOnlyList<DataCategoryTable>? Tables = null,
    IReadOnlyList<string>? Footnotes = null,
    IReadOnlyList<string>? Paragraphs = null);

public sealed record TableTemplate(IReadOnlyList<string> Rows, IReadOnlyList<string>? Columns = null);

/// <summary>A purpose of section E; <see cref="Other"/> marks "andere doeleinden …, namelijk ...".</summary>
public sealed record PurposeTemplate(string Id, string Text, IReadOnlyList<string>? SubItems = null, bool Other = false);

public sealed record DataCategoryTable(string Id, string DataSubject, IReadOnlyList<string> Columns, IReadOnlyList<DataCategoryTemplate> Rows);

/// <summary>A row of a data-category table; <see cref="SpecialCategory"/> marks the special categories (the model's asterisk).</summary>
public sealed record DataCategoryTemplate(string Id, string Category, string Specification, bool SpecialCategory = false)
{
    /// <summary>"Andere Persoonsgegevens, namelijk": ticking it needs the text of what.</summary>
    public bool IsOther => Category.StartsWith("Andere Persoonsgegevens", StringComparison.Ordinal);

    /// <summary>Rows where the supplier may say more ("anders namelijk ...").</summary>
    public bool TakesNote => IsOther || Specification.Contains("anders namelijk", StringComparison.Ordinal);
}

// ---- Bijlage 2: Beveiligingsbijlage

public sealed record SecurityAnnexTemplate(string Id, int Number, string Title, string Version, IReadOnlyList<string> Paragraphs, IReadOnlyList<SecuritySection> Sections, string Closing)
{
    public SecuritySection Section(string id) => Sections.Single(s => s.Id == id);
}

public sealed record SecuritySection(
    string Id,
    string Heading,
    IReadOnlyList<string>? Paragraphs = null,
    IReadOnlyList<TextItem>? Measures = null,
    IReadOnlyList<AssessmentField>? Assessment = null,
    IReadOnlyList<string>? Columns = null,
    IReadOnlyDictionary<string, string>? ColumnGuidance = null,
    IReadOnlyList<string>? ComplianceOptions = null,
    IReadOnlyList<RosaRow>? Rows = null,
    IReadOnlyList<TextItem>? BreachInformation = null,
    string? ContactParagraph = null,
    ContactTableTemplate? ContactTable = null);

public sealed record TextItem(string Id, string Text);

/// <summary>A row of the assessment table above the ROSA table: its heading and the placeholder the model prints.</summary>
public sealed record AssessmentField(string Heading, string Published);

/// <summary>A row of the ROSA table: category (Beschikbaarheid, Integriteit, Vertrouwelijkheid) and measure.</summary>
public sealed record RosaRow(string Id, string Category, string Measure);

public sealed record ContactTableTemplate(IReadOnlyList<string> Columns, IReadOnlyList<ContactRowTemplate> Rows);

public sealed record ContactRowTemplate(string Heading, IReadOnlyList<string> Published);

// ---- Bijlage 3: Wijzigingenbijlage

public sealed record AmendmentsAnnexTemplate(string Id, int Number, string Title, IReadOnlyList<string> SubtitleLines, string Version, IReadOnlyList<string> Paragraphs, AmendmentEntryTemplate Entry, string Closing);

/// <summary>The form of one entry: its heading and the five rows (article, change or addition, current text, new text, reason).</summary>
public sealed record AmendmentEntryTemplate(string Heading, IReadOnlyList<string> Fields);
