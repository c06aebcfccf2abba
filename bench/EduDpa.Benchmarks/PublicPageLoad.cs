using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using EduDpa.Domain.Accounts;
using EduDpa.Domain.Agreements;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Models;
using EduDpa.Domain.Organisations;
using EduDpa.Domain.Products;
using EduDpa.Domain.Transparency;
using EduDpa.Web.Infrastructure.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace EduDpa.Benchmarks;

/// <summary>
/// A real HTTP load on the public page and the open JSON of a board with 200 products in use: the application on a
/// Kestrel loopback port (Production, its whole pipeline, output cache warm), against Kestrel serving a static file of
/// the same bytes in the same run. The load generator is wrk when installed (<c>apt-get install wrk</c>), otherwise an
/// HttpClient loop with the same number of connections. Goal: the app at least half the static file's requests per second.
/// Run: <c>dotnet run -c Release -- public-load [seconds] [connections]</c>.
/// </summary>
public static partial class PublicPageLoad
{
    public const int Products = 200;
    private const string Kvk = "57000000";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var connections = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        var provider = args.Length > 2 ? args[2] : "Sqlite";
        var database = new BenchDatabase(provider);
        await database.CreateAsync();
        await SeedAsync(database);
        try
        {
            await using var app = new AppHost(database);
            var appBase = app.Start();
            using var client = new HttpClient { BaseAddress = appBase };
            var page = await client.GetByteArrayAsync($"/openbaar/besturen/{Kvk}");
            var json = await client.GetByteArrayAsync($"/api/public/boards/{Kvk}");
            using var brotli = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = appBase };
            brotli.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");
            var pageBr = await brotli.GetByteArrayAsync($"/openbaar/besturen/{Kvk}");
            var jsonBr = await brotli.GetByteArrayAsync($"/api/public/boards/{Kvk}");
            // A cache miss after the warm-up: a search every product matches is a key of its own, so it is made from the database.
            var miss = Stopwatch.StartNew();
            await client.GetByteArrayAsync($"/openbaar/besturen/{Kvk}?q=fictief");
            var pageMiss = miss.Elapsed.TotalMilliseconds;
            miss.Restart();
            await brotli.GetByteArrayAsync($"/openbaar/besturen/{Kvk}?q=fictief&lang=nl");
            var pageMissBrotli = miss.Elapsed.TotalMilliseconds;
            miss.Restart();
            await client.GetByteArrayAsync($"/api/public/boards/{Kvk}?q=fictief");
            var jsonMiss = miss.Elapsed.TotalMilliseconds;
            Console.WriteLine($"Uncached (a cache miss, made from the database): page {pageMiss:N0} ms, page with brotli {pageMissBrotli:N0} ms, JSON {jsonMiss:N0} ms.");
            var products = Regex.Count(Encoding.UTF8.GetString(page), "<article class=\"edudpa-row\"");
            if (products != Products)
            {
                throw new InvalidOperationException($"The page shows {products} products, not {Products}.");
            }

            var folder = Directory.CreateTempSubdirectory("edudpa-static-").FullName;
            await File.WriteAllBytesAsync(Path.Combine(folder, "page.html"), page);
            await File.WriteAllBytesAsync(Path.Combine(folder, "board.json"), json);
            await File.WriteAllBytesAsync(Path.Combine(folder, "page-br.html"), pageBr);
            await File.WriteAllBytesAsync(Path.Combine(folder, "board-br.json"), jsonBr);
            await using var statics = await StaticHost.StartAsync(folder);

            var generator = Wrk.Available ? "wrk" : "HttpClient";
            Console.WriteLine($"Load: {generator}, {connections} connections, {seconds} s per target, database {provider}; page {page.Length:N0} bytes ({pageBr.Length:N0} brotli), JSON {json.Length:N0} bytes ({jsonBr.Length:N0} brotli).");
            var results = new List<(string Name, string Url, double Rps)>();
            // Pairs: the static file first, then the app's response of the same size.
            foreach (var (name, url, encoding) in new[]
                     {
                         ($"Static file, {page.Length:N0} bytes", new Uri(statics.Address, "/page.html").ToString(), (string?)null),
                         ("App: public page /openbaar/besturen/{kvk}", new Uri(appBase, $"/openbaar/besturen/{Kvk}").ToString(), null),
                         ($"Static file, {json.Length:N0} bytes", new Uri(statics.Address, "/board.json").ToString(), null),
                         ("App: open JSON /api/public/boards/{kvk}", new Uri(appBase, $"/api/public/boards/{Kvk}").ToString(), null),
                         ($"Static file, {pageBr.Length:N0} bytes", new Uri(statics.Address, "/page-br.html").ToString(), null),
                         ("App: public page, Accept-Encoding: br", new Uri(appBase, $"/openbaar/besturen/{Kvk}").ToString(), "br"),
                         ($"Static file, {jsonBr.Length:N0} bytes", new Uri(statics.Address, "/board-br.json").ToString(), null),
                         ("App: open JSON, Accept-Encoding: br", new Uri(appBase, $"/api/public/boards/{Kvk}").ToString(), "br"),
                     })
            {
                await Load.MeasureAsync(url, connections, 2, encoding); // warm-up
                var rps = await Load.MeasureAsync(url, connections, seconds, encoding);
                results.Add((name, url, rps));
                Console.WriteLine($"{name,-45} {rps,12:N0} requests/s");
            }
            for (var i = 1; i < results.Count; i += 2)
            {
                Console.WriteLine($"{results[i].Name}: {results[i].Rps / results[i - 1].Rps:P0} of the static file of the same size (goal: at least 50 %).");
            }
            await WriteReportAsync(results, page.Length, json.Length, pageBr.Length, jsonBr.Length, generator, connections, seconds, provider,
                $"A cache miss (made from the database: 4 queries for the agreements, snapshots, notices and applied versions, plus the board and its settings) took {pageMiss:N0} ms for the page, {pageMissBrotli:N0} ms for the page with brotli, {jsonMiss:N0} ms for the JSON.");
            return 0;
        }
        finally
        {
            database.Drop();
        }
    }

    /// <summary>One board with four schools and 200 signed agreements (20 suppliers × 10 products), each snapshot with complete annexes; its page published.</summary>
    private static async Task SeedAsync(BenchDatabase database)
    {
        await using var db = database.Context(TenantContext.System());
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var board = Organisation.Create(BenchDatabase.Details(new OrganisationInput
        {
            Kind = OrganisationKind.SchoolBoard, Name = "Stichting Benchmark Openbaar", KvkNumber = Kvk, BevoegdGezagNumber = "57000", Street = "Schoolstraat 1", Postcode = "1234 AB",
            City = "Utrecht", Schools = [.. Enumerable.Range(0, 4).Select(i => new SchoolInput { Name = $"Benchmarkschool {i + 1}", Brin = $"5{i}BA", Sector = Sector.Po })],
        }, today));
        db.Organisations.Add(board);
        db.TransparencyPages.Add(TransparencyPage.Create(board.Id, new TransparencyPageInput(true, "Alle digitale leermiddelen van onze scholen.", "Functionaris gegevensbescherming",
            "privacy@benchmark.example", null, null), now));
        var security = AnnexDataset.Security();
        var representative = new Representative("B. Benchmark", "directeur");
        var hashes = new SnapshotHashes(new string('a', 64), new string('b', 64));
        for (var s = 0; s < 20; s++)
        {
            var supplier = Organisation.Create(BenchDatabase.Details(new OrganisationInput
            {
                Kind = OrganisationKind.Supplier, Name = $"Leverancier {s + 1:D2} B.V. (fictief)", KvkNumber = (57_100_000 + s).ToString(CultureInfo.InvariantCulture),
                Street = "Straat 1", Postcode = "1234 AB", City = "Utrecht",
            }, today));
            db.Organisations.Add(supplier);
            for (var p = 0; p < Products / 20; p++)
            {
                var name = $"Leermiddel {s + 1:D2}-{p + 1:D2} (fictief)";
                var product = Product.Create(supplier.Id, new ProductDetails(name, "Een digitaal leermiddel."));
                db.Products.Add(product);
                var privacy = AnnexDataset.Privacy(subProcessors: 3 + (p % 4));
                privacy = privacy with { General = privacy.General! with { ProductName = name, ProcessorName = supplier.Name } };
                var choices = new ProductAnnexChoices(product.Id,
                    [.. privacy.OptionalServices.Select(o => new ServiceDecision(o.Id, AnnexJson.Fingerprint(o), p % 2 == 0, now))],
                    [.. privacy.Transfers.Select(t => new TransferConsent(t.Id, AnnexJson.Fingerprint(t), true, now))],
                    new RetentionChoice(true, null, AnnexJson.Fingerprint(privacy.Retention)));
                var agreement = ProcessingAgreement.StartDraft(ModelCatalog.ModelAgreement40, board.Id, supplier.Id, PartyRole.Processor, now, new UnderlyingContract(null, "Licentie", 30), [product.Id]);
                agreement.UpdateProcessorPart(PartyRole.Processor, representative);
                agreement.UpdateControllerPart(PartyRole.Controller, representative, p % 3 != 0, p % 3 != 0 ? [] : [board.Schools[p % 4].Id]);
                agreement.Offer(PartyRole.Processor, now);
                agreement.Approve(PartyRole.Controller, true, new Actor(Guid.NewGuid(), "B. Benchmark"), now);
                agreement.Sign(PartyRole.Controller, true, representative, Guid.NewGuid(), SigningReadiness.Ready, () => hashes, now);
                agreement.Sign(PartyRole.Processor, true, representative, Guid.NewGuid(), SigningReadiness.Ready, () => hashes, now);
                var party = new SnapshotParty(board.Id, board.Name, Kvk, "Schoolstraat 1, 1234 AB Utrecht", representative);
                var content = new SnapshotContent(agreement.Id, ModelCatalog.ModelAgreement40, "", party, party with { OrganisationId = supplier.Id, Name = supplier.Name },
                    agreement.Contract, agreement.CoversAllSchools, [], null, null, [new SnapshotProduct(product.Id, name, privacy, security, choices)], [], now);
                db.Agreements.Add(agreement);
                db.SignedSnapshots.Add(SignedSnapshot.Freeze(agreement.Id, AgreementSnapshot.CanonicalJson(content), [], [], now));
            }
        }
        await db.SaveChangesAsync();
    }

    private static async Task WriteReportAsync(List<(string Name, string Url, double Rps)> results, int pageBytes, int jsonBytes, int pageBrotli, int jsonBrotli, string generator,
        int connections, int seconds, string provider, string misses)
    {
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Public page and open JSON under load ({DateTime.UtcNow:yyyy-MM-dd})");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"`PublicPageLoad` (`dotnet run -c Release -- public-load {seconds} {connections}`): a board with {Products} products in use, the app on Kestrel (Production, output cache warm, database {provider}), against Kestrel serving a static file of the same bytes, in the same run on the same machine ({Environment.ProcessorCount} logical cores, .NET {Environment.Version}). Load generator: {generator}, {connections} connections, {seconds} s per target after 2 s of warm-up; the generator runs on the same cores.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Page {pageBytes:N0} bytes ({pageBrotli:N0} with brotli), JSON {jsonBytes:N0} bytes ({jsonBrotli:N0} with brotli). The compressed rows ask the app for `Accept-Encoding: br` and compare it with a static file of the compressed size; the cache holds the compressed bytes.");
        report.AppendLine();
        report.AppendLine(misses);
        report.AppendLine();
        report.AppendLine("| Target | Requests/s | vs. static |");
        report.AppendLine("|---|---:|---:|");
        for (var i = 0; i < results.Count; i++)
        {
            var baseline = results[i - (i % 2)].Rps;
            report.AppendLine(CultureInfo.InvariantCulture, $"| {results[i].Name} | {results[i].Rps:N0} | {(i % 2 == 0 ? "baseline" : (results[i].Rps / baseline).ToString("P0", CultureInfo.InvariantCulture))} |");
        }
        var path = Path.Combine(FindRepository(), "bench", "results", $"public-pages-{DateTime.UtcNow:yyyy-MM-dd}.md");
        await File.WriteAllTextAsync(path, report.ToString());
        Console.WriteLine($"Report: {path}");
    }

    private static string FindRepository()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "EduDpa.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }

    /// <summary>The application itself, on a free loopback port, on the benchmark's database.</summary>
    private sealed class AppHost(BenchDatabase database) : WebApplicationFactory<Program>
    {
        private readonly string _data = Directory.CreateTempSubdirectory("edudpa-load-").FullName;

        public Uri Start()
        {
            // The factory looks for the project beside the solution; it is under src/.
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_EDUDPA_WEB", Path.Combine(FindRepository(), "src", "EduDpa.Web"));
            UseKestrel(0);
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", database.IsPostgres ? "Postgres" : "Sqlite");
            builder.UseSetting("ConnectionStrings:EduDpa", database.ConnectionString);
            builder.UseSetting("Seed:Demo", "false");
            builder.UseSetting("Storage:DataDirectory", _data);
            builder.UseSetting("App:PublicUrl", "http://localhost");
            builder.ConfigureLogging(logging => logging.ClearProviders().SetMinimumLevel(LogLevel.Warning));
        }
    }

    /// <summary>Kestrel with nothing but the static file middleware, the yardstick.</summary>
    private sealed class StaticHost(WebApplication app) : IAsyncDisposable
    {
        public Uri Address { get; private set; } = null!;

        public static async Task<StaticHost> StartAsync(string folder)
        {
            var builder = WebApplication.CreateBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder) });
            await app.StartAsync();
            var host = new StaticHost(app) { Address = new Uri(app.Urls.First()) };
            return host;
        }

        public async ValueTask DisposeAsync() => await app.DisposeAsync();
    }

    /// <summary>Requests per second for one URL.</summary>
    private static class Load
    {
        public static Task<double> MeasureAsync(string url, int connections, int seconds, string? encoding) =>
            Wrk.Available ? Wrk.RunAsync(url, connections, seconds, encoding) : LoopAsync(url, connections, seconds, encoding);

        /// <summary>Without wrk: <paramref name="connections"/> concurrent loops, each on its own connection, counting successful responses.</summary>
        private static async Task<double> LoopAsync(string url, int connections, int seconds, string? encoding)
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, AutomaticDecompression = DecompressionMethods.None };
            using var client = new HttpClient(handler);
            if (encoding is not null)
            {
                client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(encoding);
            }
            var until = Stopwatch.StartNew();
            var count = 0L;
            var loops = Enumerable.Range(0, connections).Select(async _ =>
            {
                var buffer = new byte[81920];
                while (until.Elapsed.TotalSeconds < seconds)
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    while (await body.ReadAsync(buffer) > 0)
                    {
                    }
                    if (response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref count);
                    }
                }
            });
            await Task.WhenAll(loops);
            return count / until.Elapsed.TotalSeconds;
        }
    }

    private static partial class Wrk
    {
        public static readonly bool Available = File.Exists("/usr/bin/wrk");

        [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
        private static partial Regex RequestsPerSecond();

        public static async Task<double> RunAsync(string url, int connections, int seconds, string? encoding)
        {
            var header = encoding is null ? string.Empty : $"-H \"Accept-Encoding: {encoding}\" ";
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/wrk", $"-t2 -c{connections} -d{seconds}s {header}{url}") { RedirectStandardOutput = true, UseShellExecute = false })!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (output.Contains("Non-2xx", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"wrk saw errors for {url}:\n{output}");
            }
            return double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        }
    }
}
