using EventDesk.Cli.Commands;
using EventDesk.Nlp.Ner;
using Xunit;

namespace EventDesk.Cli.Tests;

public sealed class NerCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("eventdesk-ner-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string TinyCorpus()
    {
        var path = Path.Combine(_dir, "train.iob2");
        File.WriteAllLines(path,
        [
            "# newdoc id = a", "1\tAnna\tB-PER", "2\tvisited\tO", "3\tWarsaw\tB-LOC", "",
            "1\tAnna\tB-PER", "2\tleft\tO", "",
            "# newdoc id = b", "1\tAcme\tB-ORG", "2\tCorp\tI-ORG", "3\tgrew\tO", "",
        ]);
        return path;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void Train_ner_writes_a_model_of_the_chosen_feature_set(int featureSet)
    {
        var train = TinyCorpus();
        var output = Path.Combine(_dir, "ner.edm");
        var code = NerCommands.CreateTrain().Parse(["--train", train, "--out", output, "--bits", "12", "--epochs", "2", "--seeds", "1",
            "--gazetteer", "none", "--min-word-count", "1", "--feature-set", $"{featureSet}", "--word-dropout", "0.1"]).Invoke();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(featureSet, NerModel.Load(output).FeatureSet);
    }

    [Theory]
    [InlineData("--feature-set", "9")]
    [InlineData("--word-dropout", "1")]
    public void Train_ner_rejects_out_of_range_settings(string option, string value)
    {
        var output = Path.Combine(_dir, "ner.edm");
        var code = NerCommands.CreateTrain().Parse(["--train", TinyCorpus(), "--out", output, option, value]).Invoke();
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.False(File.Exists(output));
    }
}
