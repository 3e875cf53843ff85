// Throughput and load time of the NLP models (tag + lemma + parse, one thread, gold words).
// Usage: dotnet run -c Release --project bench/EventDesk.Bench.Nlp -- GOLD.conllu [MODEL_DIR] [RUNS]
// Run it several times on an idle machine and report the best and the median with /proc/loadavg.
using System.Diagnostics;
using EventDesk.Nlp;
using EventDesk.Nlp.Evaluation;

if (args.Length < 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: EventDesk.Bench.Nlp GOLD.conllu [MODEL_DIR] [RUNS]");
    return 2;
}
var dir = args.Length > 1 ? args[1] : NlpModels.Find();
var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7;
var loads = new List<double>();
var cpu = new List<double>();
NlpModels? models = null;
for (var i = 0; i < 3; i++)
{
    var clock = Stopwatch.StartNew();
    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    models = NlpModels.Load(dir);
    loads.Add(clock.Elapsed.TotalMilliseconds);
    cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds);
}
var speeds = UdEvaluator.MeasureSpeed(models!, args[0], runs + 1).Skip(1).Order().ToArray(); // first pass warms up the JIT
var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
Console.WriteLine($"models {dir}");
Console.WriteLine($"load ms (wall): first {loads[0]:F0}, best {loads.Min():F0}; CPU ms: first {cpu[0]:F0}, best {cpu.Min():F0}");
Console.WriteLine($"tokens/s over {speeds.Length} runs: best {speeds[^1]:F0}, median {speeds[speeds.Length / 2]:F0}, worst {speeds[0]:F0}");
Console.WriteLine($"loadavg {load}");
return 0;
