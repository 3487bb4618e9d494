using AsskommExtract.Documents;
using AsskommExtract.Models;
using AsskommExtract.Pipeline;

namespace AsskommExtract.Tests.Pipeline;

/// <summary>The pipeline is given its models: the embedded ones, none, or a stub.</summary>
public class ModelSetTests
{
    private sealed class Stub(string label, double confidence) : IModels, ITextModel
    {
        public List<string> Asked { get; } = [];
        public ITextModel Get(string name)
        {
            Asked.Add(name);
            return this;
        }
        public Prediction Predict(string text) => new(label, confidence, confidence);
    }

    // A headline and lead no kind rule reads: only a model can tell.
    private const string Undecided = "Ein Abend im Rathaus\n\nDie Gäste sprachen über die Allianz Sichere Sächsische Kommunen.\n";

    [Fact]
    public void A_stub_model_decides_what_the_rules_leave_open()
    {
        var stub = new Stub("fachtag", 0.42);
        var release = PipelineFactory.CreateDefault(models: stub).Extract("a.txt", new SourceText(Undecided));
        Assert.Equal(("fachtag", "ml", 0.42), (release.Kind, release.KindMethod, release.KindConfidence));
        Assert.Contains("kind", stub.Asked);
    }

    [Fact]
    public void Rules_only_takes_the_rules_guess_at_its_named_level()
    {
        var release = PipelineFactory.CreateDefault(models: RulesOnly.Instance).Extract("a.txt", new SourceText(Undecided));
        Assert.Equal(("sonstiges", "rule", 0.5), (release.Kind, release.KindMethod, release.KindConfidence));
    }

    [Fact]
    public void A_model_missing_from_the_assembly_is_an_error_not_a_guess()
    {
        var e = Assert.Throws<InvalidOperationException>(() => EmbeddedModels.Instance.Get("no_such_model"));
        Assert.Contains("'no_such_model' model is not embedded", e.Message);
    }

    [Fact]
    public void The_shipped_models_are_all_there()
    {
        foreach (var name in new[] { "kind", "metric", "quote", "municipality_role" })
            Assert.NotNull(EmbeddedModels.Instance.Get(name));
    }
}
