using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(EduDpa.Benchmarks.ConformityCheckBenchmark).Assembly).Run(args);
