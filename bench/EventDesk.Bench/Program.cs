// Micro-benchmarks of the desk's hot paths (BenchmarkDotNet, [MemoryDiagnoser], short jobs).
// Usage: dotnet run -c Release --project bench/EventDesk.Bench -- --filter '*'
// The whole pipeline with storage is measured by `eventdesk bench` (docs/performance.md).
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(EventDesk.Bench.StageBenchmarks).Assembly).Run(args, EventDesk.Bench.ShortConfig.Create());
