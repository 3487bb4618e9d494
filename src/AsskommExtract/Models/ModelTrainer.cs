namespace AsskommExtract.Models;

/// <summary>
/// Trains every model from its annotated data: data/training/NAME.tsv → src/AsskommExtract/Models/Trained/NAME.zip.
/// The extractors name the models they load; the file name is the link.
/// </summary>
public static class ModelTrainer
{
    /// <summary>Models whose rows hold raw text that the extractor turns into its input before predicting; training does the same.</summary>
    private static readonly Dictionary<string, Func<string, string>> Inputs = new(StringComparer.Ordinal)
    {
        ["block"] = Cleaning.Boilerplate.ModelInput,
    };

    public static IReadOnlyList<TrainingReport> TrainAll(string trainingDir, string outputDir, IEnumerable<string>? only = null)
    {
        var wanted = only?.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reports = new List<TrainingReport>();
        foreach (var file in Directory.GetFiles(trainingDir, "*.tsv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (wanted is { Count: > 0 } && !wanted.Contains(name)) continue;
            var rows = TextClassifier.ReadTsv(file);
            if (Inputs.TryGetValue(name, out var input))
                foreach (var row in rows) row.Text = input(row.Text);
            reports.Add(TextClassifier.Train(name, rows, Path.Combine(outputDir, name + ".zip")));
        }
        return reports;
    }
}
