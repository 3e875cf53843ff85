using System.CommandLine;
using System.Text.Json;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk stats</c>: counts, date range, top actors and dyads of the desk database.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var db = DeskOptions.Db();
        var format = DeskOptions.Format();
        var top = new Option<int>("--top") { Description = "How many top actors and dyads to list.", DefaultValueFactory = _ => 10 };
        var command = new Command("stats", "Show counts, the date range, top actors and top dyads.") { db, format, top };
        command.SetAction(p =>
        {
            using var store = DeskOptions.OpenStore(p.GetValue(db)!, Console.Error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.DataError;
            }
            var s = store.Stats(p.GetValue(top));
            var o = Console.Out;
            if (p.GetValue(format) == "json")
            {
                o.WriteLine(JsonSerializer.Serialize(new
                {
                    counts = s.Counts,
                    first_date = s.FirstDate,
                    last_date = s.LastDate,
                    top_actors = s.TopActors.Select(a => new { actor = a.Actor, events = a.Events }),
                    top_dyads = s.TopDyads.Select(d => new { source = d.Source, target = d.Target, events = d.Events }),
                }, new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Success;
            }
            foreach (var (table, n) in s.Counts)
            {
                o.WriteLine($"{table,-20} {n,10:N0}");
            }
            o.WriteLine($"{"date range",-20} {s.FirstDate ?? "-"} .. {s.LastDate ?? "-"}");
            o.WriteLine("top actors:");
            foreach (var (actor, n) in s.TopActors)
            {
                o.WriteLine($"  {actor,-12} {n,8:N0}");
            }
            o.WriteLine("top dyads:");
            foreach (var (src, tgt, n) in s.TopDyads)
            {
                o.WriteLine($"  {src,-12} -> {tgt,-12} {n,8:N0}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
