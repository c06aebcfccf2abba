using BenchmarkDotNet.Running;

namespace EduDpa.Benchmarks;

/// <summary>`public-load` is a real HTTP load test (see <see cref="PublicPageLoad"/>); everything else goes to BenchmarkDotNet.</summary>
/// <remarks>A named class, not top-level statements: the web application's own <c>Program</c> is the host PublicPageLoad starts.</remarks>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "public-load")
        {
            return await PublicPageLoad.RunAsync(args[1..]);
        }
        BenchmarkSwitcher.FromAssembly(typeof(ConformityCheckBenchmark).Assembly).Run(args);
        return 0;
    }
}
