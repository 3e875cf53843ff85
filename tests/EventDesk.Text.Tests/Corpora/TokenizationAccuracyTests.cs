using EventDesk.Testing;
using EventDesk.Text.Corpora;
using EventDesk.Text.Tokenization;
using Xunit;

namespace EventDesk.Text.Tests.Corpora;

/// <summary>
/// Floors, not targets: they catch a regression in the tokenizer on UD dev data. The measured
/// figures and the command that reproduces them are in docs/tokenization.md.
/// </summary>
public class TokenizationAccuracyTests
{
    [SkippableTheory]
    [InlineData("corpora/ud_english_ewt/en_ewt-ud-dev.conllu", 98.8, 90.5)]
    [InlineData("corpora/ud_english_gum_free/en_gum-ud-dev.free.conllu", 99.5, 96.5)]
    public void Dev_set_scores_stay_above_the_floor(string relativePath, double tokenFloor, double sentenceFloor)
    {
        var path = SharedData.RequireFile(relativePath);
        var report = TokenizationEvaluator.Evaluate(new NewsTokenizer(), ConlluText.ReadFile(path));
        Assert.True(report.Tokens.F1 * 100 >= tokenFloor, $"token F1 {report.Tokens.F1 * 100:F2} < {tokenFloor}");
        Assert.True(report.Sentences.F1 * 100 >= sentenceFloor, $"sentence F1 {report.Sentences.F1 * 100:F2} < {sentenceFloor}");
    }

    [SkippableTheory]
    [InlineData("corpora/ud_english_ewt/en_ewt-ud-dev.conllu", 83.0)]
    [InlineData("corpora/ud_english_gum_free/en_gum-ud-dev.free.conllu", 95.0)]
    public void The_rules_alone_stay_above_their_floor(string relativePath, double sentenceFloor)
    {
        var path = SharedData.RequireFile(relativePath);
        var report = TokenizationEvaluator.Evaluate(new NewsTokenizer(null), ConlluText.ReadFile(path), warmUp: false);
        Assert.True(report.Sentences.F1 * 100 >= sentenceFloor, $"rules-only sentence F1 {report.Sentences.F1 * 100:F2} < {sentenceFloor}");
    }
}
