using EventDesk.Testing;
using EventDesk.Text;
using Xunit;

namespace EventDesk.Coding.Tests.Quotes;

/// <summary>Spec-style golden articles under Golden/quotes (see its README for the format).</summary>
public sealed class GoldenQuoteTests
{
    private static string Folder => Path.Combine(SharedData.RepositoryRoot, "tests", "EventDesk.Coding.Tests", "Golden", "quotes");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Article_yields_the_expected_quotes(string file)
    {
        var content = File.ReadAllText(Path.Combine(Folder, file)).Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = content.IndexOf("=== expected", StringComparison.Ordinal);
        Assert.True(split > 0, $"{file} has no '=== expected' section.");
        var article = content[..split].TrimEnd('\n');
        var expected = content[(split + "=== expected".Length)..].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var document = TestPipelines.Annotate(article, new DateOnly(2024, 5, 6));
        var quotes = document.Layers.Get(AnnotationLayers.Quotes).Quotes;
        var actual = TestPipelines.Describe(document);
        var matched = new HashSet<Quote>();
        foreach (var line in expected)
        {
            var parts = line.Split('|', StringSplitOptions.TrimEntries);
            var kind = Enum.Parse<QuoteKind>(parts[0], ignoreCase: true);
            var quote = quotes.FirstOrDefault(q => q.Kind == kind && document.Substring(q.Span).StartsWith(parts[1], StringComparison.Ordinal));
            Assert.True(quote is not null, $"{file}: no {kind} quote starting '{parts[1]}'.\nFound:\n{actual}");
            matched.Add(quote);
            AssertParticipant(file, "speaker", parts[2], quote.Speaker, actual);
            AssertParticipant(file, "addressee", parts[3], quote.Addressee, actual);
        }
        var extra = quotes.Where(q => q.Kind == QuoteKind.Direct && !matched.Contains(q)).ToList();
        Assert.True(extra.Count == 0, $"{file}: unexpected direct quotes.\nFound:\n{actual}");
    }

    private static void AssertParticipant(string file, string role, string expected, Participant? participant, string actual)
    {
        if (expected == "-")
        {
            Assert.True(participant is null, $"{file}: expected no {role}, got '{participant?.Text}'.\nFound:\n{actual}");
            return;
        }
        var name = participant?.Name ?? participant?.Text;
        Assert.True(name is not null && name.Contains(expected, StringComparison.OrdinalIgnoreCase),
            $"{file}: expected {role} '{expected}', got '{name}'.\nFound:\n{actual}");
    }
}

