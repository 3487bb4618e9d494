using System.Text.RegularExpressions;
using AsskommExtract.Cli.Commands;
using AsskommExtract.Synthetic;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Performance;

public class ReleaseGeneratorTests
{
    [Fact]
    public void SameSeedGivesTheSameReleasesAndAnotherSeedDifferentOnes()
    {
        var a = new ReleaseGenerator(42, ["txt", "md", "html"]);
        var b = new ReleaseGenerator(42, ["txt", "md", "html"]);
        var c = new ReleaseGenerator(43, ["txt", "md", "html"]);
        for (int i = 0; i < 30; i++)
        {
            Assert.Equal(a.Generate(i).Text, b.Generate(i).Text);
            Assert.Equal(a.Generate(i).FileName, b.Generate(i).FileName);
        }
        Assert.Contains(Enumerable.Range(0, 30), i => a.Generate(i).Text != c.Generate(i).Text);
    }

    [Fact]
    public void SeedGivesTheSameCorpusInEveryProcess()
    {
        // Pinned: a corpus must be reproducible across runs and machines, not just within one process.
        var r = new ReleaseGenerator(1).Generate(0);
        Assert.Equal(PinnedFirstRelease, $"{r.FileName} {r.Date} {r.Title}");
    }

    private const string PinnedFirstRelease = "000000_bilanz.txt 2023-09-14 Bilanz nach drei Jahren »Allianz Sichere Sächsische Kommunen«";

    [Fact]
    public void ReleaseDependsOnlyOnSeedAndIndexNotOnGenerationOrder()
    {
        var g = new ReleaseGenerator(7);
        var forward = Enumerable.Range(0, 10).Select(i => g.Generate(i).Text).ToList();
        var backward = Enumerable.Range(0, 10).Reverse().Select(i => g.Generate(i).Text).Reverse().ToList();
        Assert.Equal(forward, backward);
    }

    [Theory]
    [InlineData("txt")]
    [InlineData("md")]
    public void CleanerRemovesTheLetterheadAndRejoinsWhatTheFooterBroke(string format)
    {
        var g = new ReleaseGenerator(11, [format]);
        for (int i = 0; i < 150; i++)
        {
            var r = g.Generate(i);
            var doc = Texts.Clean(r.Text);
            foreach (var debris in new[] { "Hausanschrift", "Carolaplatz", "Durchwahl", "presse@", "Medieninformation", "Telefax", "eSignatur", "Wilhelm-Buck" })
                Assert.DoesNotContain(debris, doc.Text);
            Assert.True(r.Title == doc.Title, $"{r.FileName}: title {doc.Title}");
            Assert.Equal(r.Date, AsskommExtract.Extractors.Dates.GermanDates.ParseIso(doc.Dateline!));
            foreach (var paragraph in r.Paragraphs)
                Assert.True(doc.Text.Contains(paragraph), $"{r.FileName}: not whole in the clean text: {paragraph}");
        }
    }

    [Fact]
    public void ReleasesVaryInTownsSpeakersKindsAndQuoteMarks()
    {
        var g = new ReleaseGenerator(3);
        var texts = Enumerable.Range(0, 200).Select(i => g.Generate(i)).ToList();
        var titles = texts.Select(t => t.Title).Distinct().Count();
        Assert.True(titles > 120, $"only {titles} distinct titles");
        Assert.Equal(5, texts.Select(t => t.FileName.Split('_', '.')[1]).Distinct().Count());
        foreach (var mark in new[] { "»", "„", "›", "\"" })
            Assert.Contains(texts, t => t.Text.Contains(mark));
        Assert.Contains(texts, t => Regex.IsMatch(t.Text, @"\b(über|rund|knapp|mindestens|etwa|mehr als) \d+"));
        Assert.Contains(texts, t => Regex.IsMatch(t.Text, @"\b(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\b"));
    }

    [Fact]
    public void GenerateCommandWritesCountFilesInTheGivenFormats()
    {
        var dir = Path.Combine(Path.GetTempPath(), "asskomm-gen-" + Guid.NewGuid().ToString("N"));
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(0, GenerateCommand.Run(9, dir, 5, "txt,md,html", stderr));
            var files = Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(9, files.Count);
            Assert.Equal(3, files.Count(f => f!.EndsWith(".html")));
            Assert.StartsWith("000000_", files[0]);
            Assert.Contains("<h1>", File.ReadAllText(Directory.GetFiles(dir, "*.html")[0]));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void GenerateCommandRefusesAnUnknownFormat()
    {
        var stderr = new StringWriter();
        Assert.Equal(2, GenerateCommand.Run(3, Path.GetTempPath(), 1, "txt,docx", stderr));
        Assert.Contains("--formats", stderr.ToString());
    }
}
