using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace AsskommExtract.Models;

/// <summary>One annotated example: a label and the text (a mention in its context) it was given for.</summary>
public sealed class LabeledText
{
    public string Label { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed record TrainingReport(string Name, int Examples, int HeldOut, double Accuracy, double MacroAccuracy, IReadOnlyList<string> Labels)
{
    /// <summary>Per label: how many of the held-back examples with that label the model got right, of how many.</summary>
    public IReadOnlyDictionary<string, (int Right, int Of)> PerLabel { get; init; } = new Dictionary<string, (int, int)>();

    /// <summary>The calibration fitted on the held-back part and written beside the model.</summary>
    public Calibration Calibration { get; init; } = Calibration.Identity;
}

/// <summary>
/// A small ML.NET text classifier (FeaturizeText + SdcaMaximumEntropy), the model behind every
/// decision the rules leave open. Trained by the <c>train</c> command from TSV files under
/// data/training, shipped inside the assembly, loaded on first use, shared across threads.
/// </summary>
public sealed class TextClassifier : ITextModel
{
    private sealed class Output
    {
        public string PredictedLabel { get; set; } = "";
        public float[] Score { get; set; } = [];
    }

    private static readonly MLContext Context = new(seed: 1);
    private static readonly ConcurrentDictionary<string, Lazy<TextClassifier?>> Loaded = new();

    // PredictionEngine is not thread-safe: one per thread.
    private readonly ThreadLocal<PredictionEngine<LabeledText, Output>> _engine;

    private readonly Calibration _calibration;

    private TextClassifier(ITransformer model, Calibration calibration)
    {
        _calibration = calibration;
        _engine = new ThreadLocal<PredictionEngine<LabeledText, Output>>(() => Context.Model.CreatePredictionEngine<LabeledText, Output>(model));
    }

    /// <summary>The shipped model of that name, loaded once; null when it has not been trained yet.</summary>
    internal static TextClassifier? Get(string name) =>
        Loaded.GetOrAdd(name, n => new Lazy<TextClassifier?>(() => LoadEmbedded(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static TextClassifier? LoadEmbedded(string name)
    {
        using var stream = typeof(TextClassifier).Assembly.GetManifestResourceStream($"model.{name}.zip");
        if (stream is null) return null;
        using var calibration = typeof(TextClassifier).Assembly.GetManifestResourceStream($"model.{name}.calibration.tsv")
            ?? throw new InvalidOperationException($"the '{name}' model has no calibration (Models/Trained/{name}.calibration.tsv): retrain it with the train command");
        using var reader = new StreamReader(calibration);
        return new TextClassifier(Context.Model.Load(stream, out _), Calibration.Parse(reader));
    }

    /// <summary>The most likely label, its probability, and that calibrated (see <see cref="Calibration"/>).</summary>
    public Prediction Predict(string text)
    {
        var output = _engine.Value!.Predict(new LabeledText { Text = text });
        double probability = output.Score.Length == 0 ? 0 : output.Score.Max();
        return new(output.PredictedLabel, Math.Round(probability, 3), Math.Round(_calibration.Apply(probability), 3));
    }

    /// <summary>
    /// Measures the classifier on a held-back fifth of <paramref name="rows"/> (chosen by a hash of
    /// each example's text, so the same rows are held back on every machine and run), fits the
    /// calibration of its probabilities on that fifth, then fits on all rows and writes the model
    /// and its calibration (<c>NAME.calibration.tsv</c> beside <c>NAME.zip</c>). Fixed seeds and one
    /// thread make the result reproducible.
    /// </summary>
    public static TrainingReport Train(string name, IReadOnlyList<LabeledText> rows, string outputPath)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var heldOutRows = rows.Where(IsHeldOut).ToList();
        var split = (TrainSet: ml.Data.LoadFromEnumerable(rows.Where(r => !IsHeldOut(r)).ToList()), TestSet: ml.Data.LoadFromEnumerable(heldOutRows));
        var measured = Pipeline(ml).Fit(split.TrainSet);
        var metrics = ml.MulticlassClassification.Evaluate(measured.Transform(split.TestSet));
        var (perLabel, answers) = HeldOutAnswers(ml, measured, heldOutRows);
        var calibration = Calibration.Fit(answers);

        // The shipped model from a context of its own: its bytes do not depend on what measuring drew from the seed.
        var model = Pipeline(new MLContext(seed: 1)).Fit(data);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using (var ms = new MemoryStream())
        {
            ml.Model.Save(model, data.Schema, ms);
            File.WriteAllBytes(outputPath, WithFixedTimestamps(ms.ToArray()));
        }
        File.WriteAllText(Path.ChangeExtension(outputPath, ".calibration.tsv"), calibration.ToTsv(name, heldOutRows.Count));
        var labels = rows.Select(r => r.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        return new TrainingReport(name, rows.Count, heldOutRows.Count, metrics.MicroAccuracy, metrics.MacroAccuracy, labels)
        {
            PerLabel = perLabel,
            Calibration = calibration,
        };
    }

    /// <summary>Text features into a maximum-entropy classifier; one thread so the fit is the same on every run.</summary>
    private static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        ml.Transforms.Conversion.MapValueToKey("Label", nameof(LabeledText.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", nameof(LabeledText.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 100,
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));

    /// <summary>Every fifth example by an FNV-1a hash of its text: a fixed choice that needs no random numbers and keeps duplicates together.</summary>
    private static bool IsHeldOut(LabeledText row)
    {
        uint hash = 2166136261;
        foreach (char c in row.Text) hash = (hash ^ c) * 16777619;
        return hash % 5 == 0;
    }

    /// <summary>
    /// The held-back rows as the model trained without them answers them: right answers per label
    /// (where a model is weak is what its data needs next), and each answer's top probability with
    /// whether it was right (what the calibration is fitted on).
    /// </summary>
    private static (Dictionary<string, (int Right, int Of)> PerLabel, List<(double Probability, bool Right)> Answers) HeldOutAnswers(
        MLContext ml, ITransformer model, List<LabeledText> heldOut)
    {
        var engine = ml.Model.CreatePredictionEngine<LabeledText, Output>(model);
        var counts = new SortedDictionary<string, (int Right, int Of)>(StringComparer.Ordinal);
        var answers = new List<(double, bool)>();
        foreach (var row in heldOut)
        {
            var output = engine.Predict(row);
            bool isRight = output.PredictedLabel == row.Label;
            var (right, of) = counts.GetValueOrDefault(row.Label);
            counts[row.Label] = (right + (isRight ? 1 : 0), of + 1);
            answers.Add((output.Score.Length == 0 ? 0 : output.Score.Max(), isRight));
        }
        return (new Dictionary<string, (int Right, int Of)>(counts, StringComparer.Ordinal), answers);
    }

    /// <summary>Zip entries carry the time of writing; fixing it keeps a retrained model byte-identical.</summary>
    private static byte[] WithFixedTimestamps(byte[] zip)
    {
        var stamp = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    /// <summary>Reads "label&lt;TAB&gt;text" lines; '#' starts a comment line, the first line may be a header "label	text".</summary>
    public static List<LabeledText> ReadTsv(string path)
    {
        var rows = new List<LabeledText>();
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.Length == 0 || raw[0] == '#') continue;
            int tab = raw.IndexOf('\t');
            if (tab <= 0) continue;
            var label = raw[..tab].Trim();
            if (label == "label") continue;
            rows.Add(new LabeledText { Label = label, Text = raw[(tab + 1)..].Trim() });
        }
        return rows;
    }
}
