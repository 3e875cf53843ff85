using System.CommandLine;
using EventDesk.Coding.Evaluation;
using EventDesk.Text.Corpora;

namespace EventDesk.Cli.Commands;

/// <summary>
/// <c>eventdesk eval quotes --gold tests/data/quotes/gum-news.jsonl --corpus ../shared/corpora/ud_english_gum_free
/// --documents GUM_news_</c>: rebuilds the raw text of CoNLL-U documents, runs the full pipeline and scores who said what,
/// sentence by sentence, against gold attributions (JSON).
/// </summary>
public static class EvalQuotesCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold attributions, JSON Lines: {\"doc\",\"sentence\" (a CoNLL-U sent_id),\"kind\" (direct, partial, indirect),\"speaker\"}.",
            Required = true,
        };
        var corpus = new Option<string>("--corpus")
        {
            Description = "The CoNLL-U file, or a folder of them, that holds the gold documents (their # text lines are the raw text).",
            Required = true,
        };
        var documents = new Option<string?>("--documents")
        {
            Description = "Score every document whose id starts with this prefix (e.g. GUM_news_), also those with no gold attribution; by default only the documents the gold names.",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Also list every missed, spurious and wrongly attributed sentence." };
        var command = new Command("quotes", "Score quotation and reported-speech attribution (sentence found, speaker right) on CoNLL-U documents.")
        {
            gold, corpus, documents, verbose,
        };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(corpus)!, parse.GetValue(documents), parse.GetValue(verbose), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string goldPath, string corpusPath, string? prefix, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        List<QuoteGoldRecord> records;
        List<string> errors;
        try
        {
            (records, errors) = QuoteGold.Read(goldPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read gold file '{goldPath}': {e.Message}");
            return ExitCodes.DataError;
        }
        foreach (var error in errors)
        {
            stderr.WriteLine($"error: {error}");
        }
        if (errors.Count > 0 || records.Count == 0)
        {
            stderr.WriteLine($"error: '{goldPath}' needs one attribution per line: {{\"doc\",\"sentence\",\"kind\",\"speaker\"}}.");
            return ExitCodes.DataError;
        }
        var files = Directory.Exists(corpusPath) ? Directory.GetFiles(corpusPath, "*.conllu").Order(StringComparer.Ordinal).ToArray()
            : File.Exists(corpusPath) ? [corpusPath] : [];
        if (files.Length == 0)
        {
            stderr.WriteLine($"error: '{corpusPath}' is no CoNLL-U file or folder holding any. Give the corpus of the gold documents with --corpus.");
            return ExitCodes.DataError;
        }
        var named = records.Select(r => r.Doc).ToHashSet(StringComparer.Ordinal);
        var documents = new List<GoldDocument>();
        foreach (var file in files)
        {
            try
            {
                documents.AddRange(ConlluText.ReadFile(file).Where(d => named.Contains(d.Id) || prefix is { Length: > 0 } && d.Id.StartsWith(prefix, StringComparison.Ordinal)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException)
            {
                stderr.WriteLine($"error: cannot read '{file}': {e.Message}");
                return ExitCodes.DataError;
            }
        }
        var missing = named.Where(id => documents.All(d => d.Id != id)).ToList();
        if (missing.Count > 0)
        {
            stderr.WriteLine($"warning: {missing.Count} gold document(s) not found in '{corpusPath}': {string.Join(", ", missing.Take(5))}");
        }
        var report = QuoteEvaluator.Evaluate(records, documents);
        stdout.WriteLine(report.ToJson(goldPath, verbose));
        return ExitCodes.Success;
    }
}
