using System.CommandLine;
using EventDesk.Storage;
using EventDesk.Storage.Export;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk export</c>: events as GDELT 2.0 (aggregated), CSV, JSON Lines or Parquet (mentions).</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var filters = new EventsCommand.FilterOptions();
        var db = DeskOptions.Db();
        var format = new Option<ExportFormat>("--format", "-f")
        {
            Description = "gdelt (aggregated events, the 61-column GDELT 2.0 event table, tab-separated), csv, jsonl or parquet (event mentions).",
            Required = true,
        };
        var output = new Option<string?>("--out", "-o") { Description = "The file to write; standard output when omitted (not for parquet)." };
        var limit = DeskOptions.Limit(int.MaxValue);
        var command = new Command("export", "Export events in GDELT 2.0, CSV, JSON Lines or Parquet format.") { db, format, output, limit };
        filters.AddTo(command);
        command.SetAction(p =>
        {
            using var store = DeskOptions.OpenStore(p.GetValue(db)!, Console.Error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.DataError;
            }
            return Run(store, filters.Read(p, p.GetValue(limit)), p.GetValue(format), p.GetValue(output), Console.Error);
        });
        return command;
    }

    public static int Run(IEventStore store, EventFilter filter, ExportFormat format, string? outPath, TextWriter stderr)
    {
        if (outPath is null && format == ExportFormat.Parquet)
        {
            stderr.WriteLine("error: parquet is binary; give a file with --out FILE.parquet.");
            return ExitCodes.UsageError;
        }
        if (outPath is not null && (string.IsNullOrWhiteSpace(outPath) || Directory.Exists(outPath)))
        {
            stderr.WriteLine($"error: --out '{outPath}' is not a file name; give one such as events.tsv.");
            return ExitCodes.UsageError;
        }
        var temp = outPath is null ? null : outPath + ".tmp";
        try
        {
            int rows;
            if (outPath is null)
            {
                using var stdout = Console.OpenStandardOutput();
                rows = EventExporter.Export(store, filter, format, stdout);
            }
            else
            {
                // Write beside and rename, so a failed export never leaves a truncated file under the final name.
                using (var file = File.Create(temp!))
                {
                    rows = EventExporter.Export(store, filter, format, file);
                }
                File.Move(temp!, outPath, overwrite: true);
            }
            stderr.WriteLine($"exported {rows} {(format == ExportFormat.Gdelt ? "aggregated events" : "event mentions")} as {format.ToString().ToLowerInvariant()}{(outPath is null ? "" : " to " + outPath)}");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            if (temp is not null && File.Exists(temp))
            {
                File.Delete(temp); // the final file, if there was one, is untouched
            }
            stderr.WriteLine($"error: {outPath ?? "stdout"}: the export failed: {e.Message}");
            return ExitCodes.InputError;
        }
    }
}
