using System.CommandLine;

namespace EventDesk.Cli.Commands;

/// <summary><c>eventdesk actors</c>: the coded actors in the desk database, most mentioned first.</summary>
public static class ActorsCommand
{
    public static Command Create()
    {
        var db = DeskOptions.Db();
        var format = DeskOptions.Format();
        var limit = DeskOptions.Limit(100);
        var command = new Command("actors", "List coded actors with mention and document counts.") { db, format, limit };
        command.SetAction(p =>
        {
            using var store = DeskOptions.OpenStore(p.GetValue(db)!, Console.Error, mustExist: true);
            if (store is null)
            {
                return ExitCodes.DataError;
            }
            var rows = store.QueryActors(p.GetValue(limit));
            Tabular.Write(Console.Out, p.GetValue(format)!, ["code", "name", "country", "mentions", "documents"],
                rows.Select(a => new object?[] { a.Code, a.Name, a.Country, a.Mentions, a.Documents }).ToList());
            return ExitCodes.Success;
        });
        return command;
    }
}
