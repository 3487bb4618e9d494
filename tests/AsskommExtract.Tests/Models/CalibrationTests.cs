using AsskommExtract.Models;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Models;

public class CalibrationTests
{
    // A model that says 0.4 and is right four times in five is under-sure: calibrated, its 0.4 reads higher.
    private static readonly (double, bool)[] UnderSure =
    [
        (0.4, true), (0.4, true), (0.4, true), (0.4, true), (0.4, false),
        (0.2, true), (0.2, false), (0.2, false), (0.2, false), (0.2, true),
    ];

    [Fact]
    public void Calibration_maps_an_under_sure_probability_to_how_often_such_answers_were_right()
    {
        var c = Calibration.Fit(UnderSure);
        Assert.InRange(c.Apply(0.4), 0.7, 0.85); // right 4 of 5, smoothed towards the middle
        Assert.InRange(c.Apply(0.2), 0.3, 0.5);  // right 2 of 5
    }

    [Fact]
    public void Calibration_keeps_the_order_of_answers()
    {
        var c = Calibration.Fit(UnderSure);
        Assert.True(c.A > 0);
        Assert.True(c.Apply(0.3) < c.Apply(0.35) && c.Apply(0.35) < c.Apply(0.9));
    }

    [Fact]
    public void Calibration_without_a_wrong_answer_to_learn_from_changes_nothing()
    {
        Assert.Equal(Calibration.Identity, Calibration.Fit([(0.6, true), (0.9, true)]));
        Assert.Equal(0.6, Calibration.Identity.Apply(0.6), 9);
    }

    [Fact]
    public void Calibration_file_reads_back_the_same_numbers()
    {
        var c = Calibration.Fit(UnderSure);
        Assert.Equal(c, Calibration.Parse(new StringReader(c.ToTsv("kind", UnderSure.Length))));
    }

    [Fact]
    public void Training_twice_writes_the_same_model_and_calibration_bytes()
    {
        var dir = Directory.CreateTempSubdirectory("calibration");
        try
        {
            // Every third example of the quote data: two labels, a second of training.
            var lines = File.ReadAllLines(Path.Combine(Repo.Root, "data", "training", "quote.tsv")).Where(l => !l.StartsWith('#'));
            File.WriteAllLines(Path.Combine(dir.FullName, "quote.tsv"), lines.Where((_, i) => i % 3 == 0));
            byte[] Train(string run)
            {
                var report = Assert.Single(ModelTrainer.TrainAll(dir.FullName, Path.Combine(dir.FullName, run)));
                Assert.NotEqual(Calibration.Identity, report.Calibration);
                return [.. File.ReadAllBytes(Path.Combine(dir.FullName, run, "quote.zip")), .. File.ReadAllBytes(Path.Combine(dir.FullName, run, "quote.calibration.tsv"))];
            }
            Assert.Equal(Train("first"), Train("second"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_shipped_model_has_its_calibration_beside_it()
    {
        var trained = Path.Combine(Repo.Root, "src", "AsskommExtract", "Models", "Trained");
        foreach (var zip in Directory.GetFiles(trained, "*.zip"))
            Assert.True(File.Exists(Path.ChangeExtension(zip, ".calibration.tsv")), $"{Path.GetFileName(zip)} has no calibration");
    }
}
