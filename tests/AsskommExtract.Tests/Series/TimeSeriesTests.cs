using AsskommExtract.Output.Series;
using AsskommExtract.Results;
using static AsskommExtract.Tests.Series.SeriesFixtures;

namespace AsskommExtract.Tests.Series;

public class TimeSeriesTests
{
    [Fact]
    public void Rows_are_sorted_by_metric_in_spec_order_then_date_then_source()
    {
        var series = TimeSeries.Build(History());

        var keys = series.Rows.Select(r => (r.Metric, r.Date)).ToList();
        Assert.Equal(("kommunen_beraten", "2020-06-02"), keys[0]);
        Assert.Equal(("kommunen_beraten", "2024-05-21"), keys[3]);
        Assert.Equal(("kommunen_eng", "2024-05-21"), keys[4]);
        Assert.Equal(("kpr", "2020-06-02"), keys[5]);
        Assert.Equal(("modellkommunen", "2020-06-02"), keys[^1]);
        var metrics = series.Rows.Select(r => r.Metric).Distinct().ToList();
        Assert.Equal(["kommunen_beraten", "kommunen_eng", "kpr", "kooperationsvereinbarungen", "coaching", "sicherheitsanalysen", "foerdermittel_eur", "modellkommunen"], metrics);
    }

    [Fact]
    public void Same_metric_and_date_is_ordered_by_source()
    {
        var series = TimeSeries.Build([Rel("z.txt", "2021-01-01", ("kpr", 20, "exact")), Rel("m.txt", "2021-01-01", ("kpr", 20, "exact"))]);
        Assert.Equal(["m.txt", "z.txt"], series.Rows.Select(r => r.Source));
    }

    [Fact]
    public void Rows_carry_value_qualifier_source_and_evidence()
    {
        var row = TimeSeries.Build(History()).Rows.Single(r => r.Metric == "kommunen_beraten" && r.Date == "2022-03-17");
        Assert.Equal(118, row.Value);
        Assert.Equal("over", row.Qualifier);
        Assert.Equal("b/2022-03.txt", row.Source);
        Assert.Equal("Satz zu kommunen_beraten mit 118.", row.Evidence);
        Assert.Equal(">118", row.Shown);
    }

    [Fact]
    public void Other_counts_are_left_out_unless_included_or_asked_for()
    {
        List<Release> releases = [Rel("x.txt", "2022-09-01", ("kpr", 30, "exact")), Other("x.txt", "2022-09-01", 180, "about", "Gäste")];

        Assert.DoesNotContain(TimeSeries.Build(releases).Rows, r => r.Metric == "other");
        Assert.DoesNotContain("other", TimeSeries.Build(releases).Metrics);
        var included = TimeSeries.Build(releases, includeOther: true);
        Assert.Equal("~180 Gäste", included.Rows.Single(r => r.Metric == "other").Shown);
        Assert.Single(TimeSeries.Build(releases, ["other"]).Rows);
    }

    [Fact]
    public void Asked_metrics_are_the_only_rows_and_the_columns_in_the_order_asked()
    {
        var series = TimeSeries.Build(History(), ["coaching", "kommunen_beraten"]);
        Assert.Equal(["coaching", "kommunen_beraten"], series.Metrics);
        Assert.All(series.Rows, r => Assert.Contains(r.Metric, new[] { "coaching", "kommunen_beraten" }));
        Assert.Equal(7, series.Rows.Count);
    }

    [Fact]
    public void Without_a_filter_every_known_metric_but_other_is_a_column_even_if_absent()
    {
        var series = TimeSeries.Build([Rel("x.txt", "2022-09-01", ("kpr", 30, "exact"))]);
        Assert.Equal(MetricNames.All.Where(m => m != "other"), series.Metrics);
    }

    [Fact]
    public void Undated_releases_are_listed_and_left_out_and_failed_ones_skipped()
    {
        var series = TimeSeries.Build(
        [
            Rel("dated.txt", "2021-04-01", ("kpr", 18, "exact")),
            Rel("undated.txt", null, ("kpr", 99, "exact")),
            Release.Failure("broken.pdf", "not a PDF"),
        ]);

        Assert.Equal(["undated.txt"], series.Undated);
        Assert.Equal(["dated.txt"], series.Rows.Select(r => r.Source));
        Assert.Empty(series.Warnings);
    }

    [Fact]
    public void Two_releases_of_one_date_with_different_values_are_both_kept_and_marked()
    {
        var series = TimeSeries.Build(
        [
            Rel("morning.txt", "2023-08-09", ("kooperationsvereinbarungen", 53, "exact"), ("kpr", 34, "exact")),
            Rel("evening.txt", "2023-08-09", ("kooperationsvereinbarungen", 54, "exact"), ("kpr", 34, "exact")),
        ]);

        var agreements = series.Rows.Where(r => r.Metric == "kooperationsvereinbarungen").ToList();
        Assert.Equal([54.0, 53.0], agreements.Select(r => r.Value)); // evening.txt sorts first
        Assert.All(agreements, r => Assert.True(r.Conflict));
        var councils = series.Rows.Where(r => r.Metric == "kpr").ToList();
        Assert.Equal(2, councils.Count);
        Assert.All(councils, r => Assert.False(r.Conflict));
    }

    [Fact]
    public void One_release_stating_two_values_for_a_metric_is_a_conflict()
    {
        var series = TimeSeries.Build([Rel("x.txt", "2021-05-05", ("kommunen_beraten", 100, "over"), ("kommunen_beraten", 100, "exact"), ("kpr", 19, "exact"))]);

        Assert.Equal(2, series.Rows.Count(r => r.Metric == "kommunen_beraten" && r.Conflict));
        Assert.False(series.Rows.Single(r => r.Metric == "kpr").Conflict);
    }

    [Fact]
    public void Other_counts_of_one_date_never_conflict()
    {
        var series = TimeSeries.Build([Other("x.txt", "2020-02-12", 19, "exact", "Studierende"), Other("x.txt", "2020-02-12", 7, "exact", "Vorträge")], includeOther: true);
        Assert.All(series.Rows, r => Assert.False(r.Conflict));
    }

    [Fact]
    public void A_falling_running_total_warns_with_both_releases_and_values()
    {
        var series = TimeSeries.Build(
        [
            Rel("spring.txt", "2022-04-01", ("sicherheitsanalysen", 21, "exact")),
            Rel("autumn.txt", "2022-10-01", ("sicherheitsanalysen", 19, "exact")),
        ]);

        var warning = Assert.Single(series.Warnings);
        Assert.Equal("sicherheitsanalysen", warning.Metric);
        Assert.Equal(("spring.txt", 21.0), (warning.Earlier.Source, warning.Earlier.Value));
        Assert.Equal(("autumn.txt", 19.0), (warning.Later.Source, warning.Later.Value));
        Assert.Contains("spring.txt", warning.Message);
        Assert.Contains("autumn.txt", warning.Message);
        Assert.Contains("21", warning.Message);
        Assert.Contains("19", warning.Message);
    }

    [Theory]
    [InlineData(140, "over", 144, "exact")]     // über 140, then 144
    [InlineData(144, "exact", 140, "over")]     // 144, then über 140: could still be 144 or more
    [InlineData(144, "exact", 140, "at_least")] // mindestens 140
    [InlineData(140, "about", 131, "exact")]    // rund 140 may be 131
    [InlineData(50, "exact", 48, "about")]      // rund 48 may be 50
    [InlineData(50, "under", 46, "exact")]      // knapp 50 may be 46
    [InlineData(60, "exact", 60, "exact")]      // unchanged
    public void Qualified_figures_that_may_not_have_fallen_do_not_warn(double before, string q1, double after, string q2)
    {
        var series = TimeSeries.Build([Rel("1.txt", "2023-01-10", ("kpr", before, q1)), Rel("2.txt", "2023-06-10", ("kpr", after, q2))]);
        Assert.Empty(series.Warnings);
    }

    [Theory]
    [InlineData(144, "exact", 140, "exact")]
    [InlineData(140, "over", 130, "exact")]
    [InlineData(140, "about", 120, "exact")]
    [InlineData(60, "exact", 50, "under")]
    [InlineData(60, "exact", 50, "about")]
    public void Figures_certainly_lower_than_before_warn(double before, string q1, double after, string q2)
    {
        var series = TimeSeries.Build([Rel("1.txt", "2023-01-10", ("coaching", before, q1)), Rel("2.txt", "2023-06-10", ("coaching", after, q2))]);
        Assert.Single(series.Warnings);
    }

    [Fact]
    public void A_fall_behind_a_vague_figure_is_still_found_against_the_strongest_earlier_claim()
    {
        var series = TimeSeries.Build(
        [
            Rel("1.txt", "2021-01-01", ("kommunen_beraten", 144, "exact")),
            Rel("2.txt", "2021-06-01", ("kommunen_beraten", 100, "over")),
            Rel("3.txt", "2022-01-01", ("kommunen_beraten", 120, "exact")),
        ]);

        var warning = Assert.Single(series.Warnings);
        Assert.Equal(("1.txt", "3.txt"), (warning.Earlier.Source, warning.Later.Source));
    }

    [Fact]
    public void Counts_that_may_shrink_do_not_warn()
    {
        var series = TimeSeries.Build(
        [
            Rel("1.txt", "2021-01-01", ("kommunen_eng", 64, "exact"), ("kommunen_beteiligt", 105, "exact"), ("foerdermittel_eur", 1_300_000, "exact")),
            Rel("2.txt", "2022-01-01", ("kommunen_eng", 45, "exact"), ("kommunen_beteiligt", 98, "exact"), ("foerdermittel_eur", 1_100_000, "exact")),
        ]);
        Assert.Empty(series.Warnings);
    }

    [Fact]
    public void Statements_of_one_date_are_not_compared_as_a_fall_and_metrics_are_not_mixed()
    {
        var series = TimeSeries.Build(
        [
            Rel("1.txt", "2021-01-01", ("kpr", 40, "exact"), ("kpr", 38, "exact")),
            Rel("2.txt", "2021-03-01", ("coaching", 12, "exact")),
        ]);
        Assert.Empty(series.Warnings);
        Assert.True(series.Rows.First().Conflict);
    }
}
