using System.Text;
using EduDpa.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(EduDpa.Browser.Tests.SharedBrowser))]

namespace EduDpa.Browser.Tests;

/// <summary>
/// The system Chromium (<c>EDUDPA_TEST_CHROMIUM</c>) driven by Microsoft.Playwright: launched once for the
/// whole run, on first use. <see cref="RunAsync"/> gives each test a browser context of its own (its own
/// cookies) and keeps a full-page screenshot when the test fails.
/// </summary>
public sealed class SharedBrowser : IAsyncDisposable
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly SemaphoreSlim _launching = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The folder where failing tests leave their screenshot.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>
    /// Runs <paramref name="steps"/> on a new page against <paramref name="app"/> (relative URLs resolve
    /// against it). Skips the test when no Chromium is configured. On failure saves a full-page screenshot
    /// to <see cref="ScreenshotFolder"/>, attaches it and the page's HTML to the test result, and rethrows.
    /// </summary>
    /// <param name="hostName">Another name for the loopback address, e.g. "localhost": WebAuthn needs a domain name, not an IP address.</param>
    public async Task RunAsync(DemoApp app, Func<IPage, Task> steps, string? hostName = null)
    {
        Assert.SkipWhen(TestEnvironment.ChromiumPath is null, TestEnvironment.NoChromium);
        var testApp = await app.GetAsync();
        var browser = await LaunchAsync();
        var address = hostName is null ? testApp.Address! : new UriBuilder(testApp.Address!) { Host = hostName }.Uri;
        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = address.ToString(),
            ViewportSize = new() { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        try
        {
            await steps(page);
        }
        catch (Exception)
        {
            await KeepEvidenceAsync(page);
            throw;
        }
    }

    private async Task<IBrowser> LaunchAsync()
    {
        await _launching.WaitAsync();
        try
        {
            if (_browser is null)
            {
                _playwright = await Playwright.CreateAsync();
                _browser = await _playwright.Chromium.LaunchAsync(new()
                {
                    ExecutablePath = TestEnvironment.ChromiumPath,
                    Headless = true,
                    Args = ChromiumArgs,
                });
                Assertions.SetDefaultExpectTimeout(10_000);
            }
            return _browser;
        }
        finally
        {
            _launching.Release();
        }
    }

    private static async Task KeepEvidenceAsync(IPage page)
    {
        var context = TestContext.Current;
        var name = FileName(context.Test?.TestDisplayName ?? "browser-test");
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        try
        {
            Directory.CreateDirectory(ScreenshotFolder);
            var screenshot = await page.ScreenshotAsync(new() { Path = path, FullPage = true });
            context.AddAttachment(name + ".png", screenshot, "image/png");
            context.AddAttachment(name + ".html", await page.ContentAsync());
            context.TestOutputHelper?.WriteLine($"Failed on {page.Url}; screenshot: {path}");
        }
        catch (PlaywrightException problem)
        {
            // The page itself may be gone (a crash, a closed context); the test's own failure matters more.
            context.TestOutputHelper?.WriteLine($"No screenshot of {page.Url}: {problem.Message}");
        }
    }

    private static string FileName(string displayName)
    {
        var name = new StringBuilder(displayName.Length);
        foreach (var c in displayName)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }
        return name.Length > 150 ? name.ToString(0, 150) : name.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _launching.Dispose();
    }
}
