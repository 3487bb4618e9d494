using AsskommExtract.Output.Series;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Series;

/// <summary>The series of the five samples, extracted for real: the figures the releases state, in date order.</summary>
public class SampleSeriesTests
{
    private static readonly Lazy<TimeSeries> Series = new(() =>
    {
        var pipeline = PipelineFactory.CreateDefault();
        return TimeSeries.Build(pipeline.Run(InputWalker.Expand([Repo.Samples], pipeline.Readers), parallelism: 2));
    });

    private static string[] Of(string metric) =>
        Series.Value.Rows.Where(r => r.Metric == metric).Select(r => $"{r.Date} {r.Value} {r.Qualifier}").ToArray();

    [Fact]
    public void Councils_rise_from_release_to_release_in_date_order() =>
        Assert.Equal(["2020-02-12 16 exact", "2021-05-05 19 exact", "2021-11-01 26 exact", "2023-08-09 34 exact", "2023-09-14 37 exact"], Of("kpr"));

    [Fact]
    public void Advised_municipalities_keep_both_statements_of_one_release_and_mark_the_conflict()
    {
        Assert.Equal(["2020-02-12 64 exact", "2021-05-05 100 over", "2021-05-05 100 exact", "2021-11-01 125 exact", "2023-08-09 140 over", "2023-09-14 144 exact"], Of("kommunen_beraten"));
        Assert.All(Series.Value.Rows.Where(r => r.Metric == "kommunen_beraten" && r.Date == "2021-05-05"), r => Assert.True(r.Conflict));
    }

    [Fact]
    public void The_samples_raise_no_fall_warning() => Assert.Empty(Series.Value.Warnings);
}
