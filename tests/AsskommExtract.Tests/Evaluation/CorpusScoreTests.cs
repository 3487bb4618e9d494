using AsskommExtract.Evaluation;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Evaluation;

/// <summary>
/// The annotated corpora under eval/ (releases the extractors were not written against: one set by
/// the lead, one written blind by other authors, in text, Markdown and HTML) must keep scoring well.
/// A floor, not an exact score: a change may trade one item for another, but not lose a field.
/// </summary>
public class CorpusScoreTests
{
    public static TheoryData<string> Corpora() => new("eval/lead", "eval/blind", "eval/blind2", "samples");

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_field_keeps_an_f1_of_at_least_0_9(string corpus)
    {
        var dir = Repo.Path_(corpus.Split('/'));
        var pipeline = PipelineFactory.CreateDefault();
        var releases = pipeline.Run(InputWalker.Expand([dir], pipeline.Readers), parallelism: 2).ToList();
        Assert.All(releases, r => Assert.Null(r.Error));
        var scores = GoldScorer.Score(releases, GoldScorer.LoadGold(dir));
        Assert.All(scores, s => Assert.True(s.F1 >= 0.9, $"{corpus}: {s.Field} F1 {s.F1:0.000}; misses: {string.Join("; ", s.Misses)}; extras: {string.Join("; ", s.Extras)}"));
    }
}
