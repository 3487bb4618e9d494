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

    private TextClassifier(ITransformer model)
    {
        _engine = new ThreadLocal<PredictionEngine<LabeledText, Output>>(() => Context.Model.CreatePredictionEngine<LabeledText, Output>(model));
    }

    /// <summary>The shipped model of that name, loaded once; null when it has not been trained yet.</summary>
    internal static TextClassifier? Get(string name) =>
        Loaded.GetOrAdd(name, n => new Lazy<TextClassifier?>(() => LoadEmbedded(n), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static TextClassifier? LoadEmbedded(string name)
    {
        using var stream = typeof(TextClassifier).Assembly.GetManifestResourceStream($"model.{name}.zip");
        if (stream is null) return null;
        return new TextClassifier(Context.Model.Load(stream, out _));
    }

    /// <summary>The most likely label and its probability.</summary>
    public (string Label, double Confidence) Predict(string text)
    {
        var output = _engine.Value!.Predict(new LabeledText { Text = text });
        return (output.PredictedLabel, output.Score.Length == 0 ? 0 : Math.Round(output.Score.Max(), 3));
    }

    /// <summary>
    /// Measures the classifier on a held-back fifth of <paramref name="rows"/>, then fits on all of
    /// them and writes the model. Fixed seeds and one thread make the result reproducible.
    /// </summary>
    public static TrainingReport Train(string name, IReadOnlyList<LabeledText> rows, string outputPath)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var split = ml.Data.TrainTestSplit(data, testFraction: 0.2, seed: 1);
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Label", nameof(LabeledText.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", nameof(LabeledText.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 100,
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));

        var heldOutRows = ml.Data.CreateEnumerable<LabeledText>(split.TestSet, reuseRowObject: false).ToList();
        var measured = pipeline.Fit(split.TrainSet);
        var metrics = ml.MulticlassClassification.Evaluate(measured.Transform(split.TestSet));
        var perLabel = PerLabel(ml, measured, heldOutRows);

        var model = pipeline.Fit(data);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        using (var ms = new MemoryStream())
        {
            ml.Model.Save(model, data.Schema, ms);
            File.WriteAllBytes(outputPath, WithFixedTimestamps(ms.ToArray()));
        }
        var labels = rows.Select(r => r.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        return new TrainingReport(name, rows.Count, heldOutRows.Count, metrics.MicroAccuracy, metrics.MacroAccuracy, labels) { PerLabel = perLabel };
    }

    /// <summary>Right answers per label on the held-back rows: where a model is weak (one kind, one role) is what its data needs next.</summary>
    private static Dictionary<string, (int Right, int Of)> PerLabel(MLContext ml, ITransformer model, List<LabeledText> heldOut)
    {
        var engine = ml.Model.CreatePredictionEngine<LabeledText, Output>(model);
        var counts = new SortedDictionary<string, (int Right, int Of)>(StringComparer.Ordinal);
        foreach (var row in heldOut)
        {
            var (right, of) = counts.GetValueOrDefault(row.Label);
            counts[row.Label] = (right + (engine.Predict(row).PredictedLabel == row.Label ? 1 : 0), of + 1);
        }
        return new Dictionary<string, (int Right, int Of)>(counts, StringComparer.Ordinal);
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
