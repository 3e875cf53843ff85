using System.Diagnostics;
using EventDesk.Cli.Commands;
using EventDesk.Storage;
using EventDesk.Storage.Export;
using EventDesk.Storage.Sqlite;
using Xunit;

namespace EventDesk.Cli.Tests;

public sealed class DeskCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("eventdesk-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Ingest_prints_a_summary_and_shows_sentences()
    {
        var input = Path.Combine(_dir, "a.txt");
        File.WriteAllText(input, "KABUL (Wire) - Officials met on Monday. They agreed to meet again.");
        var db = Path.Combine(_dir, "d.db");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Success, IngestCommand.Run([input, Path.Combine(_dir, "missing.txt")], db, null, true, stdout, stderr) == ExitCodes.PartialFailure ? ExitCodes.Success : -1);
        Assert.Contains("ingested 1 new documents", stdout.ToString());
        Assert.Contains("They agreed to meet again.", stdout.ToString());
        Assert.Contains("missing.txt", stderr.ToString());
    }

    [Fact]
    public void Code_keep_prints_the_denied_events_the_coder_drops_by_default_marked_as_such()
    {
        var input = Path.Combine(_dir, "denial.txt");
        File.WriteAllText(input, "MOSCOW (Reuters) - Russia denied that its troops had attacked Ukraine.\n");
        var plain = new StringWriter();
        Assert.Equal(ExitCodes.Success, CodeCommand.Run([input], OutputFormat.Table, new DateOnly(2022, 3, 1), plain, new StringWriter()));
        Assert.DoesNotContain("[negated]", plain.ToString());
        var kept = new StringWriter();
        Assert.Equal(ExitCodes.Success, CodeCommand.Run([input], OutputFormat.Table, new DateOnly(2022, 3, 1), kept, new StringWriter(),
            keep: [CodeCommand.KeptEvents.Negated]));
        Assert.Contains("[negated]", kept.ToString());
        Assert.Contains("RUS", kept.ToString());
    }

    [Fact]
    public void Export_gdelt_writes_61_columns_that_read_back()
    {
        var db = Path.Combine(_dir, "d.db");
        using (var store = SqliteEventStore.Open(db))
        {
            Assert.Equal(0, ExportCommand.Run(store, new EventFilter(), ExportFormat.Gdelt, Path.Combine(_dir, "empty.tsv"), new StringWriter()));
        }
        Assert.Equal("", File.ReadAllText(Path.Combine(_dir, "empty.tsv")));
        Assert.Equal(61, GdeltColumns.Names.Distinct().Count());
        Assert.Equal("GlobalEventID", GdeltColumns.Names[0]);
        Assert.Equal("SOURCEURL", GdeltColumns.Names[60]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no-such-page.html")]
    [InlineData("bad\0name.html")]
    public void Extract_with_an_empty_or_impossible_path_reports_an_input_error_instead_of_crashing(string name)
    {
        var path = name.Length > 0 && !string.IsNullOrWhiteSpace(name) ? Path.Combine(_dir, name) : name;
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.InputError, ExtractCommand.Run(path, null, new StringWriter(), stderr));
        Assert.StartsWith("error:", stderr.ToString());
    }

    // Empty or impossible paths given on the command line ("--out ''", "--gold ''", "--dictionary ''") ended in an
    // unhandled exception with a stack trace; they must end in an "error:" line and an input or usage exit code.

    private static (int Code, string Stderr) RunCli(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "eventdesk.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        _ = stdout.Result;
        return (p.ExitCode, stderr);
    }

    [Theory]
    [InlineData("eval", "ner", "--gold", "")]
    [InlineData("eval", "quotes", "--gold", "", "--corpus", "")]
    [InlineData("extract", "")]
    public void An_empty_path_is_an_input_error_not_a_crash(params string[] args)
    {
        var (code, stderr) = RunCli(args);
        Assert.Equal(ExitCodes.InputError, code);
        Assert.StartsWith("error:", stderr);
        Assert.DoesNotContain("Unhandled exception", stderr);
    }

    [Fact]
    public void Export_to_an_empty_name_or_a_folder_is_refused_and_leaves_no_temporary_file()
    {
        var db = Path.Combine(_dir, "d.db");
        using var store = SqliteEventStore.Open(db);
        foreach (var target in new[] { "", "  ", _dir })
        {
            var stderr = new StringWriter();
            Assert.Equal(ExitCodes.UsageError, ExportCommand.Run(store, new EventFilter(), ExportFormat.Gdelt, target, stderr));
            Assert.StartsWith("error:", stderr.ToString());
        }
        Assert.False(File.Exists(_dir + ".tmp"));
        Assert.False(File.Exists(".tmp"));
    }
}
