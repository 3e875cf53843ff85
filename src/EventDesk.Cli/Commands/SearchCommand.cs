using System.CommandLine;
using EventDesk.Storage;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk search</c>: full-text search over document titles and text (SQLite FTS5).</summary>
public static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "FTS5 query: words, \"phrases\", AND/OR/NOT, prefix*." };
        var db = DeskOptions.Db();
        var format = DeskOptions.Format();
        var limit = DeskOptions.Limit(20);
        var command = new Command("search", "Full-text search over the stored documents.") { query, db, format, limit };
        command.SetAction(p =>
        {
            using var store = DeskOptions.OpenStore(p.GetValue(db)!, Console.Error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.DataError;
            }
            IReadOnlyList<SearchHit> hits;
            try
            {
                hits = store.Search(p.GetValue(query)!, p.GetValue(limit));
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                Console.Error.WriteLine($"error: the query is not valid FTS5 syntax: {e.Message}; quote phrases with \"...\".");
                return ExitCodes.UsageError;
            }
            Tabular.Write(Console.Out, p.GetValue(format)!, ["document", "date", "title", "snippet", "url"],
                hits.Select(h => new object?[] { h.DocumentId, h.Date, h.Title, h.Snippet, h.Url }).ToList());
            return ExitCodes.Success;
        });
        return command;
    }
}
