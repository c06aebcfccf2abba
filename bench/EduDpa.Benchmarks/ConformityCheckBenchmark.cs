using BenchmarkDotNet.Attributes;
using EduDpa.Domain.Annexes;
using EduDpa.Domain.Conformity;

namespace EduDpa.Benchmarks;

/// <summary>
/// The conformity check of a complete annex pair with 10 sub-processors (target: under 50 µs per check), and
/// what surrounds it when a supplier saves: reading the JSON against the schema and the domain's input checks.
/// </summary>
[MemoryDiagnoser]
public class ConformityCheckBenchmark
{
    private readonly PrivacyAnnex _privacy = AnnexDataset.Privacy();
    private readonly SecurityAnnex _security = AnnexDataset.Security();
    private System.Text.Json.JsonElement _json;

    [GlobalSetup]
    public void Setup()
    {
        _json = System.Text.Json.JsonDocument.Parse(AnnexJson.Serialize(_privacy)).RootElement.Clone();
        if (ConformityCheck.Annexes(_privacy, _security).HasErrors())
        {
            throw new InvalidOperationException("The dataset is meant to be publishable: it has errors.");
        }
    }

    [Benchmark(Baseline = true, Description = "Conformity check, both annexes, 10 sub-processors")]
    public IReadOnlyList<Finding> Check() => ConformityCheck.Annexes(_privacy, _security);

    [Benchmark(Description = "Read privacy annex JSON (schema + input checks)")]
    public bool Read() => AnnexSchema.TryReadPrivacy(_json, out _, out _);
}
