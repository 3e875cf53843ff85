using System.Diagnostics;
using EventDesk.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Xunit;

namespace EventDesk.Cli.Tests;

/// <summary>
/// Starts the built CLI as a child process, kills it (SIGKILL) mid-ingest, re-runs it, and checks
/// the database equals one from an uninterrupted run.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("eventdesk-crash-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] Words =
    [
        "minister", "talks", "border", "security", "council", "forces", "province", "officials", "agreement", "ceasefire",
        "protest", "capital", "government", "rebels", "election", "envoy", "meeting", "sanctions", "aid", "convoy",
    ];

    private string MakeCorpus(int count)
    {
        var corpus = Path.Combine(_dir, "corpus");
        Directory.CreateDirectory(corpus);
        for (var i = 0; i < count; i++)
        {
            var rng = new Random(i);
            var sentences = Enumerable.Range(0, 15).Select(s =>
                "The " + string.Join(' ', Enumerable.Range(0, rng.Next(8, 14)).Select(_ => Words[rng.Next(Words.Length)])) + $" {i}-{s}.");
            File.WriteAllText(Path.Combine(corpus, $"a{i:D4}.txt"), $"KABUL, March {1 + i % 28} (Wire) - " + string.Join(' ', sentences));
        }
        // A near-duplicate and an exact duplicate, so links are part of what must match.
        File.Copy(Path.Combine(corpus, "a0003.txt"), Path.Combine(corpus, "copy.txt"));
        File.WriteAllText(Path.Combine(corpus, "near.txt"), "Breaking: " + File.ReadAllText(Path.Combine(corpus, "a0005.txt")) + " Subscribe now.");
        return corpus;
    }

    private static Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "eventdesk.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        var p = Process.Start(info)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static long CountDocuments(string db)
    {
        if (!File.Exists(db))
        {
            return 0;
        }
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM documents";
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    [Fact]
    public void A_killed_ingest_resumes_to_the_same_database()
    {
        var corpus = MakeCorpus(300);
        var reference = Path.Combine(_dir, "reference.db");
        var crashed = Path.Combine(_dir, "crashed.db");

        using (var p = Start("ingest", corpus, "--db", reference))
        {
            Assert.True(p.WaitForExit(120_000));
            Assert.Equal(0, p.ExitCode);
        }

        using (var p = Start("ingest", corpus, "--db", crashed))
        {
            var clock = Stopwatch.StartNew();
            while (!p.HasExited && CountDocuments(crashed) < 40 && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(20);
            }
            if (!p.HasExited)
            {
                p.Kill();
            }
            p.WaitForExit();
        }
        var partial = CountDocuments(crashed);
        Assert.True(partial < 300, "the run finished before it could be killed; the corpus is too small for this machine");

        using (var p = Start("ingest", corpus, "--db", crashed))
        {
            Assert.True(p.WaitForExit(120_000));
            Assert.Equal(0, p.ExitCode);
        }

        using var a = SqliteEventStore.Open(reference);
        using var b = SqliteEventStore.Open(crashed);
        var fa = a.Fingerprint();
        var fb = b.Fingerprint();
        Assert.Equal(300, fa["documents"].Rows);
        Assert.Equal(302, fa["document_sources"].Rows);
        foreach (var table in fa.Keys)
        {
            Assert.True(fa[table] == fb[table], $"{table}: {fa[table]} vs {fb[table]}");
        }

        // Re-ingesting once more changes nothing.
        using (var p = Start("ingest", corpus, "--db", crashed))
        {
            Assert.True(p.WaitForExit(120_000));
        }
        using var c = SqliteEventStore.Open(crashed);
        Assert.Equal(fb, c.Fingerprint());
    }
}
