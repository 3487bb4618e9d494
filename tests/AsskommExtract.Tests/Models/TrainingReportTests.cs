using AsskommExtract.Models;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Models;

public class TrainingReportTests
{
    [Fact]
    public void Training_reports_accuracy_per_label_on_the_held_back_part()
    {
        var dir = Directory.CreateTempSubdirectory("kindreport");
        try
        {
            // Every third example of the kind data: all six labels, a second of training.
            var lines = File.ReadAllLines(Path.Combine(Repo.Root, "data", "training", "kind.tsv")).Where(l => !l.StartsWith('#'));
            File.WriteAllLines(Path.Combine(dir.FullName, "kind.tsv"), lines.Where((_, i) => i % 3 == 0));
            var report = Assert.Single(ModelTrainer.TrainAll(dir.FullName, Path.Combine(dir.FullName, "out")));
            Assert.Equal(["beitritt", "bilanz", "fachtag", "foerderung", "kpr", "sonstiges"], report.PerLabel.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(report.HeldOut, report.PerLabel.Values.Sum(v => v.Of));
            Assert.Equal(report.Accuracy, report.PerLabel.Values.Sum(v => v.Right) / (double)report.HeldOut, 3);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
