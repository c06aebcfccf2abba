using System.Text.Json;
using System.Text.RegularExpressions;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Tests;

/// <summary>
/// The model text is a published standard: the content file must say exactly what the published copy says.
/// This test reads the copy (Models/Sources) with its own, independent parser and compares every article
/// paragraph and lettered item one by one, then every other text of the content file (introduction,
/// parties, considerations, closing, annex templates) against the texts of the copy, after normalising
/// white space only. Zero differences, in both directions.
/// </summary>
public sealed partial class ModelFidelityTests
{
    private static readonly string Root = FindRoot();
    private static readonly string SourcePath = Path.Combine(Root, "src", "EduDpa.Domain", "Models", "Sources", "model-verwerkersovereenkomst-4.0.md");
    private static readonly string ContentPath = Path.Combine(Root, "src", "EduDpa.Domain", "Models", "Content", "model-verwerkersovereenkomst-4.0.json");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^Artikel (\d+): (.+)$")]
    private static partial Regex ArticleHeading();

    [GeneratedRegex(@"^(\d+)\.\s+(.*)$")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^-\s*([a-z])\.\s+(.*)$")]
    private static partial Regex LetteredLine();

    [GeneratedRegex(@"<i>(.*?)</i>")]
    private static partial Regex HtmlItalic();

    private static string Normalise(string text) => WhiteSpace().Replace(HtmlItalic().Replace(text, "*$1*"), " ").Trim();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EduDpa.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    /// <summary>Article clauses of the published copy: "7.4" → text, "7.2.a" → text, "1.k" → text, "4" → text.</summary>
    private static Dictionary<string, string> PublishedClauses()
    {
        var clauses = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(SourcePath);
        var inArticles = false;
        int article = 0;
        string? paragraph = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith("Aldus overeengekomen", StringComparison.Ordinal))
            {
                break;
            }
            var heading = ArticleHeading().Match(line);
            if (heading.Success && !raw.Contains('\t', StringComparison.Ordinal))
            {
                inArticles = true;
                article = int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                paragraph = null;
                continue;
            }
            if (!inArticles || line.Length == 0)
            {
                continue;
            }
            if (LetteredLine().Match(line) is { Success: true } item)
            {
                clauses.Add($"{paragraph}.{item.Groups[1].Value}", Normalise(item.Groups[2].Value));
            }
            else if (NumberedLine().Match(line) is { Success: true } numbered)
            {
                paragraph = $"{article}.{numbered.Groups[1].Value}";
                clauses.Add(paragraph, Normalise(numbered.Groups[2].Value));
            }
            else
            {
                paragraph = article.ToString(System.Globalization.CultureInfo.InvariantCulture);
                clauses.Add(paragraph, Normalise(line));
            }
        }
        return clauses;
    }

    [Fact]
    public void Every_article_paragraph_and_lettered_item_is_the_published_text()
    {
        var published = PublishedClauses();
        var model = ModelCatalog.Get(ModelCatalog.ModelAgreement40);
        var ours = model.Clauses.ToDictionary(c => c.Id, c => Normalise(c.Text));

        var differences = published.Keys.Union(ours.Keys)
            .Where(id => !published.TryGetValue(id, out var p) || !ours.TryGetValue(id, out var o) || p != o)
            .Select(id => $"{id}: published «{published.GetValueOrDefault(id)}», content file «{ours.GetValueOrDefault(id)}»")
            .ToList();

        Assert.True(differences.Count == 0, string.Join('\n', differences));
        Assert.Equal(63 + 46, published.Count);
    }

    /// <summary>
    /// The published copy cut into its texts: lines, table cells, and the parts of the one cell that holds
    /// an HTML list (purpose 11 of Bijlage 1 E). Each text comes as written and without its list marker
    /// ("1. ", "- a. ", "- "), since the content file keeps numbering apart where it is structure.
    /// </summary>
    private static List<(string Written, string Unmarked)> PublishedTexts()
    {
        var texts = new List<(string, string)>();
        foreach (var raw in File.ReadAllLines(SourcePath))
        {
            var line = raw.Replace("<input type=\"checkbox\"/>", "\t", StringComparison.Ordinal);
            line = Regex.Replace(line, @"</?p>|<ul[^>]*>|</ul>", "\t");
            foreach (var cell in line.Split('\t'))
            {
                foreach (var part in Regex.Split(" " + cell, @"\so\s"))
                {
                    var written = Normalise(part);
                    if (written.Length > 0)
                    {
                        texts.Add((written, Regex.Replace(written, @"^(\d+\.|-\s*[a-z]\.|-)\s+", string.Empty)));
                    }
                }
            }
        }
        return texts;
    }

    /// <summary>Keys that describe the content rather than quote it.</summary>
    private static readonly HashSet<string> Descriptive = ["id", "kind", "number", "label", "appliesTo", "party", "optional", "other", "specialCategory", "complianceOptions", "key", "mark", "year", "language", "source", "quirks", "fields"];

    private static IEnumerable<string> ContentTexts(JsonElement element, IReadOnlyDictionary<string, string> published, string path = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var topLevelMetadata = path.Length == 0 && property.Name is "version" or "articles";
                    if (Descriptive.Contains(property.Name) && !(property.Name == "fields" && path.Length > 0) || topLevelMetadata)
                    {
                        continue;
                    }
                    foreach (var text in ContentTexts(property.Value, published, $"{path}/{property.Name}"))
                    {
                        yield return text;
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var text in ContentTexts(item, published, path + "[]"))
                    {
                        yield return text;
                    }
                }
                break;
            case JsonValueKind.String:
                var value = element.GetString()!;
                foreach (var (key, publishedValue) in published)
                {
                    value = value.Replace("{" + key + "}", publishedValue, StringComparison.Ordinal);
                }
                yield return Normalise(value);
                break;
        }
    }

    [Fact]
    public void Every_other_text_of_the_content_file_is_published_text_and_no_published_text_is_missing()
    {
        var json = JsonDocument.Parse(File.ReadAllText(ContentPath)).RootElement;
        var model = ModelCatalog.Get(ModelCatalog.ModelAgreement40);
        var fields = (model.Fields ?? []).ToDictionary(f => f.Key, f => f.Published);
        var published = PublishedTexts();
        var ours = ContentTexts(json, fields).ToHashSet(StringComparer.Ordinal);
        ours.UnionWith(model.Clauses.Select(c => Normalise(c.Text)));
        foreach (var article in model.Articles)
        {
            ours.Add(Normalise(article.Heading));
        }

        ours.Remove(string.Empty); // A data category without a specification has an empty one.
        var known = published.SelectMany(p => new[] { p.Written, p.Unmarked }).ToHashSet(StringComparer.Ordinal);
        var invented = ours.Where(t => !known.Contains(t)).ToList();
        // The published copy's table of contents (article titles with page numbers) is navigation, not text.
        var lost = published
            .Where(p => !ours.Contains(p.Written) && !ours.Contains(p.Unmarked))
            .Select(p => p.Written)
            .Where(t => !Regex.IsMatch(t, @"^Artikel \d+: .+$|^\d+$"))
            .ToList();

        Assert.True(invented.Count == 0, "In the content file but not in the published copy:\n" + string.Join('\n', invented));
        Assert.True(lost.Count == 0, "In the published copy but not in the content file:\n" + string.Join('\n', lost));
    }

    [Fact]
    public void The_content_file_holds_the_whole_model_with_its_source_and_version()
    {
        var model = ModelCatalog.Get(ModelCatalog.ModelAgreement40);
        var privacy = model.AgreementParts.Annexes.Privacy;
        var security = model.AgreementParts.Annexes.Security;

        Assert.Equal(("Model Verwerkersovereenkomst 4.0", "4.0", 2022), (model.Title, model.Version, model.Year));
        Assert.Equal("https://www.privacyconvenant.nl", model.Source.Url);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(ContentPath)!, "..", model.Source.Copy)));
        Assert.Equal(16, model.Articles.Count);
        Assert.Equal(Enumerable.Range(1, 16), model.Articles.Select(a => a.Number));
        Assert.Equal(63, model.Articles.Sum(a => a.Clauses.Count));
        Assert.Equal(46, model.Articles.Sum(a => a.Clauses.Sum(c => c.Items?.Count ?? 0)));
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H"], privacy.Sections.Select(s => s.Id));
        Assert.Equal(22, privacy.Purposes.Count);
        Assert.Equal([30, 14, 11], privacy.DataCategoryTables.Select(t => t.Rows.Count));
        Assert.Equal(["Gegevens over gezondheid*", "Godsdienst*"], privacy.DataCategoryTables.SelectMany(t => t.Rows).Where(r => r.SpecialCategory).Select(r => r.Category));
        Assert.Equal(7, security.Section("A").Measures!.Count);
        Assert.Equal(21, security.Section("B").Rows!.Count);
        Assert.Equal(2, security.Section("B").Rows!.Count(r => r.Measure == "Onweerlegbaarheid"));
        Assert.Contains(security.Section("B").Rows!, r => r.Measure == "Netwerktogang");
        Assert.Equal(8, security.Section("C").BreachInformation!.Count);
        Assert.Equal(5, model.AgreementParts.Annexes.Amendments.Entry.Fields.Count);
        Assert.Contains(model.Quirks, q => q.Contains("Netwerktogang", StringComparison.Ordinal));
    }

    [Fact]
    public void The_copy_of_the_source_is_the_one_the_content_file_names()
    {
        var model = ModelCatalog.Get(ModelCatalog.ModelAgreement40);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(SourcePath)));

        Assert.Equal(model.Source.CopySha256, hash);
    }

    [Fact]
    public void The_copy_of_the_source_is_the_seed_the_sector_published()
    {
        var seed = Path.Combine(Root, "..", "shared", "seeds", "model-verwerkersovereenkomst-4.0.md");
        Assert.SkipUnless(File.Exists(seed), "The shared seed folder (../shared/seeds) is not next to this checkout.");
        Assert.Equal(File.ReadAllText(seed), File.ReadAllText(SourcePath));
    }

    [Fact]
    public void Clauses_are_cited_the_way_lawyers_cite_them()
    {
        var model = ModelCatalog.Get(ModelCatalog.ModelAgreement40);

        Assert.Equal("artikel 7 lid 4", model.FindClause("7.4")!.Citation);
        Assert.Equal("artikel 7 lid 2 sub a", model.FindClause("7.2.a")!.Citation);
        Assert.Equal("artikel 1 sub k", model.FindClause("1.k")!.Citation);
        Assert.Equal("artikel 4", model.FindClause("4")!.Citation);
        Assert.True(model.FindClause("5.5.c")!.AppliesToDistributorsOnly);
        Assert.False(model.FindClause("5.4")!.AppliesToDistributorsOnly);
        Assert.Null(model.FindClause("7.9"));
    }
}
