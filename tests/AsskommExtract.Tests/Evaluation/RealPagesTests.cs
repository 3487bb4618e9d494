using AsskommExtract.Evaluation;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Evaluation;

/// <summary>Runs only where ../shared/realpages (real web pages with gold, not part of the repository) lies beside the checkout.</summary>
public sealed class RealPagesFactAttribute : TheoryAttribute
{
    public static string Dir { get; } = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared", "realpages"));

    public RealPagesFactAttribute()
    {
        if (!Directory.Exists(Path.Combine(Dir, "gold"))) Skip = $"no real pages at {Dir}: the date and title floors on real pages are not checked";
    }
}

/// <summary>
/// The date and the headline on real pages as a crawler saw them (debris and all), in text and in the
/// web-page versions: floors a change must not fall below. The pages are not in the repository (other
/// people's words); the test reads them where they lie.
/// </summary>
public class RealPagesTests
{
    public static TheoryData<string, string, double> Floors() => new()
    {
        { "texts", "date", 0.97 },
        { "texts", "title", 0.92 },
        { "html", "date", 0.97 },
        { "html", "title", 0.95 },
    };

    [RealPagesFact]
    [MemberData(nameof(Floors))]
    public void Real_pages_keep_their_date_and_title_f1(string folder, string field, double floor)
    {
        var pipeline = PipelineFactory.CreateDefault();
        var releases = pipeline.Run(InputWalker.Expand([Path.Combine(RealPagesFactAttribute.Dir, folder)], pipeline.Readers), parallelism: 2).ToList();
        var gold = GoldScorer.LoadGold(Path.Combine(RealPagesFactAttribute.Dir, "gold"));
        var keys = releases.Select(r => GoldScorer.KeyOf(r.Source)).ToHashSet();
        var subset = gold.Where(g => keys.Contains(g.Key)).ToDictionary(g => g.Key, g => g.Value);
        var score = GoldScorer.Score(releases, subset).Single(s => s.Field == field);
        Assert.True(score.F1 >= floor, $"{folder} {field} F1 {score.F1:0.000} < {floor}; misses: {string.Join("; ", score.Misses)}; extras: {string.Join("; ", score.Extras)}");
    }
}
