using System.Text.RegularExpressions;
using EduDpa.Domain.Analyses;
using EduDpa.Domain.Models;

namespace EduDpa.Domain.Tests;

/// <summary>
/// The three frameworks an analysis covers: Model 4.0 (its own content file) and the convenant 2.0 and model 2.0 as the
/// 2016 sector analysis quotes them. Every article and paragraph resolves as a row reference; every quoted text is the
/// seed's text; the counts are what the README and the source notes say.
/// </summary>
public sealed partial class AnalysisFrameworkTests
{
    private static readonly string Seed = Path.Combine(FindRoot(), "..", "shared", "seeds", "analyse-microsoft-vod-convenant-2.0.txt");

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EduDpa.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }

    public static TheoryData<string> Frameworks => [.. ModelCatalog.AnalysisFrameworks];

    [Theory, MemberData(nameof(Frameworks))]
    public void Every_article_paragraph_and_item_of_the_framework_resolves_as_a_row_reference(string id)
    {
        var framework = ModelCatalog.Get(id);
        var references = framework.Articles.Select(a => a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(framework.Clauses.Select(c => c.Id)).ToList();

        Assert.All(references, r => Assert.True(ArticleReference.Parse(r)!.ResolvesIn(framework), $"{id}: {r} does not resolve"));
        foreach (var article in framework.Articles.Where(a => a.Clauses.Count > 1 && a.Clauses[0].Id.Contains('.', StringComparison.Ordinal)))
        {
            var range = ArticleReference.Parse($"{article.Clauses[0].Id} t/m {article.Clauses[^1].Id}")!;
            Assert.True(range.ResolvesIn(framework), $"{id}: {range}");
        }
        Assert.False(ArticleReference.Parse("99")!.ResolvesIn(framework));
        Assert.False(ArticleReference.Parse("3.99")!.ResolvesIn(framework));
    }

    [Fact]
    public void The_quoted_frameworks_have_the_articles_and_paragraphs_the_analysis_quotes()
    {
        var convenant = ModelCatalog.Get(ModelCatalog.Convenant20);
        var model = ModelCatalog.Get(ModelCatalog.ModelAgreement20);

        Assert.Equal(Enumerable.Range(1, 12), convenant.Articles.Select(a => a.Number));
        Assert.Equal(40, convenant.Articles.Sum(a => a.Clauses.Count));
        Assert.Equal(18, convenant.Clauses.Count(c => c.Item is not null));
        Assert.Equal(Enumerable.Range(1, 14), model.Articles.Select(a => a.Number));
        Assert.Equal(44, model.Articles.Sum(a => a.Clauses.Count));
        Assert.Equal(4, model.Clauses.Count(c => c.Item is not null));
        foreach (var framework in new[] { convenant, model })
        {
            Assert.Equal(ModelDocument.AnalysisFramework, framework.Kind);
            Assert.Equal(["1"], framework.Coverage!.TitleOnly);
            Assert.Empty(framework.Articles[0].Clauses);
            Assert.Equal(framework.Articles.SelectMany(a => a.Clauses).Select(c => c.Id).Order(), framework.Coverage.Quoted.Concat(framework.Coverage.Described).Order());
            Assert.Equal("6ed30f20f6a87e59dbba009579f17dafee5bee75431ca168b6a59dff90148bec", framework.Source.CopySha256);
        }
        Assert.Equal(["5.5", "5.6"], model.Coverage!.Described);
        Assert.Equal("Het ketenplatform", convenant.Articles[7].Title);
        Assert.Equal(16, ModelCatalog.Get(ModelCatalog.ModelAgreement40).Articles.Count);
    }

    [Fact]
    public void The_seed_file_is_the_one_the_content_files_name()
    {
        Assert.SkipUnless(File.Exists(Seed), "The shared seed folder (../shared/seeds) is not next to this checkout.");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Seed)));

        Assert.Equal(ModelCatalog.Get(ModelCatalog.Convenant20).Source.CopySha256, hash);
        Assert.Equal(ModelCatalog.Get(ModelCatalog.ModelAgreement20).Source.CopySha256, hash);
    }

    /// <summary>
    /// Each text is the seed's text with white space removed. The seed is a text extraction of a table: where a quoted
    /// paragraph runs past the other columns or a page header, the pieces are in the seed in order, each of them long.
    /// </summary>
    [Theory]
    [InlineData(ModelCatalog.Convenant20)]
    [InlineData(ModelCatalog.ModelAgreement20)]
    public void Every_quoted_text_and_title_is_in_the_seed(string id)
    {
        Assert.SkipUnless(File.Exists(Seed), "The shared seed folder (../shared/seeds) is not next to this checkout.");
        var seed = WhiteSpace().Replace(File.ReadAllText(Seed), string.Empty);
        var framework = ModelCatalog.Get(id);
        var problems = new List<string>();
        foreach (var article in framework.Articles)
        {
            if (!seed.Contains(WhiteSpace().Replace($"{article.Number}{(id == ModelCatalog.ModelAgreement20 && article.Number == 9 ? "" : ":")}{article.Title}", string.Empty), StringComparison.Ordinal))
            {
                problems.Add($"{article.Heading}: title not in the seed");
            }
        }
        foreach (var clause in framework.Clauses)
        {
            if (Pieces(WhiteSpace().Replace(clause.Text, string.Empty), seed) is { } missing)
            {
                problems.Add($"{clause.Id}: «{missing}» not in the seed");
            }
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void A_changed_word_is_caught()
    {
        Assert.SkipUnless(File.Exists(Seed), "The shared seed folder (../shared/seeds) is not next to this checkout.");
        var seed = WhiteSpace().Replace(File.ReadAllText(Seed), string.Empty);
        var text = WhiteSpace().Replace(ModelCatalog.Get(ModelCatalog.Convenant20).FindClause("3.1")!.Text, string.Empty);

        Assert.Null(Pieces(text, seed));
        Assert.NotNull(Pieces(text.Replace("zeggenschap", "zeggingschap", StringComparison.Ordinal), seed));
    }

    /// <summary>Null when <paramref name="text"/> is the seed's, in pieces of at least 30 characters found in order; else the first part that is not.</summary>
    private static string? Pieces(string text, string seed)
    {
        var (position, from) = (0, 0);
        while (position < text.Length)
        {
            // The longest prefix of the rest that occurs at or after from (found by halving, since a prefix of a found text is found too).
            int low = 0, high = text.Length - position, at = -1;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                var found = seed.IndexOf(text.Substring(position, mid), from, StringComparison.Ordinal);
                if (found >= 0)
                {
                    (low, at) = (mid, found);
                }
                else
                {
                    high = mid - 1;
                }
            }
            var rest = text.Length - position;
            if (low < Math.Min(30, rest))
            {
                return text.Substring(position, Math.Min(60, rest));
            }
            at = seed.IndexOf(text.Substring(position, low), from, StringComparison.Ordinal);
            from = at + low;
            position += low;
        }
        return null;
    }
}
