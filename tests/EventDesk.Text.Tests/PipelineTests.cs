using EventDesk.Text;
using Xunit;

namespace EventDesk.Text.Tests;

public class PipelineTests
{
    private static readonly LayerKey<string[]> First = new("first");
    private static readonly LayerKey<string[]> Second = new("second");

    private sealed class Stage(string name, LayerKey[] requires, LayerKey<string[]>[] produces) : IAnnotator
    {
        public string Name => name;
        public string Version => "1";
        public IReadOnlyList<LayerKey> Requires => requires;
        public IReadOnlyList<LayerKey> Produces => produces;

        public void Annotate(Document document)
        {
            foreach (var key in produces)
            {
                document.Layers.Add(key, [name], new LayerProvenance(name, Version));
            }
        }
    }

    [Fact]
    public void Builder_rejects_a_stage_that_comes_before_what_it_requires()
    {
        var builder = new PipelineBuilder()
            .Add(new Stage("b", [First], [Second]))
            .Add(new Stage("a", [], [First]));
        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("'a', which must come before 'b'", error.Message);
    }

    [Fact]
    public void Builder_rejects_two_stages_producing_one_layer()
    {
        var builder = new PipelineBuilder().Add(new Stage("a", [], [First])).Add(new Stage("b", [], [First]));
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void Pipeline_runs_stages_in_order_and_records_provenance()
    {
        var pipeline = new PipelineBuilder().Add(new Stage("a", [], [First])).Add(new Stage("b", [First], [Second])).Build();
        var document = new Document("d", "text");
        pipeline.Annotate(document);
        Assert.Equal("b", document.Layers.Get(Second)[0]);
        Assert.Equal("a", document.Layers.ProvenanceOf(First).Producer);
    }

    [Fact]
    public void Layers_are_add_only()
    {
        var document = new Document("d", "text");
        document.Layers.Add(First, ["x"], new LayerProvenance("a", "1"));
        Assert.Throws<InvalidOperationException>(() => document.Layers.Add(First, ["y"], new LayerProvenance("b", "1")));
        Assert.Equal("x", document.Layers.Get(First)[0]);
    }

    [Fact]
    public void Missing_layer_error_says_what_to_do()
    {
        var document = new Document("d", "text");
        var error = Assert.Throws<InvalidOperationException>(() => document.Tokens);
        Assert.Contains("tokens", error.Message);
    }
}
