using System.Text.Json;
using Microsoft.Playwright;

namespace EduDpa.Browser.Tests;

/// <summary>
/// axe-core (npm, copied to axe/ by `npm run assets`) run on the page in the browser against the WCAG 2.1 A and AA rules.
/// It is added as an init script, which the page's Content-Security-Policy does not block, so the app needs no exception for it.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    private const string Run = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map(n => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'));
        }
        """;

    /// <summary>Makes axe available on every page this <paramref name="page"/> loads from now on.</summary>
    public static Task InjectAsync(IPage page) => page.AddInitScriptAsync(Script.Value);

    /// <summary>Fails with every violation axe finds on the page as it is now.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await page.EvaluateAsync<string[]>(Run);
        Assert.True(violations.Length == 0, $"axe-core found {violations.Length} WCAG 2.1 AA violation(s) on {page.Url}:\n{string.Join('\n', violations)}");
    }

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
