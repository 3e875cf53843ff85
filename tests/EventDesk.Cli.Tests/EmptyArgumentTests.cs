using System.Diagnostics;
using EventDesk.Cli.Commands;
using EventDesk.Storage;
using EventDesk.Storage.Export;
using EventDesk.Storage.Sqlite;
using Xunit;

namespace EventDesk.Cli.Tests;

/// <summary>
/// Empty or impossible paths given on the command line ("--out ''", "--gold ''", "--dictionary ''") ended in an
/// unhandled exception with a stack trace; they must end in an "error:" line and an input or usage exit code.
/// </summary>
public sealed class EmptyArgumentTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("eventdesk-args-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

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
