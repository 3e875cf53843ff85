using System.CommandLine;
using EventDesk.Storage;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk quotes</c>: who said what, from the desk database.</summary>
public static class QuotesCommand
{
    public static Command Create()
    {
        var db = DeskOptions.Db();
        var format = DeskOptions.Format();
        var limit = DeskOptions.Limit(100);
        var speaker = new Option<string?>("--speaker") { Description = "Quotes whose speaker name or actor code contains this." };
        var text = new Option<string?>("--text") { Description = "Quotes matching this full-text query (FTS5 syntax)." };
        var command = new Command("quotes", "List quotes with their speakers.") { db, format, limit, speaker, text };
        command.SetAction(p =>
        {
            using var store = DeskOptions.OpenStore(p.GetValue(db)!, Console.Error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.DataError;
            }
            IReadOnlyList<QuoteRow> rows;
            try
            {
                rows = store.QueryQuotes(new QuoteFilter(p.GetValue(speaker), p.GetValue(text), p.GetValue(limit)));
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                Console.Error.WriteLine($"error: the query failed: {e.Message} (check the --text syntax)");
                return ExitCodes.UsageError;
            }
            Tabular.Write(Console.Out, p.GetValue(format)!, ["date", "speaker", "code", "kind", "cue", "quote", "document", "url"],
                rows.Select(q => new object?[] { q.Date, q.Speaker, q.SpeakerCode, q.Kind, q.Cue, q.Text, q.DocumentId, q.Url }).ToList());
            return ExitCodes.Success;
        });
        return command;
    }
}
