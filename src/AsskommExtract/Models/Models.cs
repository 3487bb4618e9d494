namespace AsskommExtract.Models;

/// <summary>A text classifier as the components see it: the most likely label, its probability and its confidence.</summary>
public interface ITextModel
{
    Prediction Predict(string text);
}

/// <summary>
/// A model's answer. <see cref="Probability"/> is the model's own (what the rules' thresholds, such as
/// MetricLevels.MinModel, were set against); <see cref="Confidence"/> is that probability calibrated on
/// held-back examples (how often such an answer is right), the item's <c>confidence</c> in the output.
/// </summary>
public readonly record struct Prediction(string Label, double Probability, double Confidence)
{
    /// <summary>The label and the confidence the output reports.</summary>
    public void Deconstruct(out string label, out double confidence) => (label, confidence) = (Label, Confidence);
}

/// <summary>
/// The models a pipeline's components consult, by name ("kind", "metric", "quote", "municipality_role").
/// Given to the components when the pipeline is built, so a test can run the rules alone or a stub.
/// </summary>
public interface IModels
{
    /// <summary>The model of that name; null only where the set is rules-only by choice.</summary>
    ITextModel? Get(string name);
}

/// <summary>The models shipped inside the assembly, each loaded on first use. A model that is not there is an error.</summary>
public sealed class EmbeddedModels : IModels
{
    public static EmbeddedModels Instance { get; } = new();

    private EmbeddedModels() { }

    public ITextModel Get(string name) => TextClassifier.Get(name)
        ?? throw new InvalidOperationException($"the '{name}' model is not embedded (Models/Trained/{name}.zip): train it from data/training before building");
}

/// <summary>No models: every decision the rules leave open takes the rule's fallback at its guess level.</summary>
public sealed class RulesOnly : IModels
{
    public static RulesOnly Instance { get; } = new();

    private RulesOnly() { }

    public ITextModel? Get(string name) => null;
}
