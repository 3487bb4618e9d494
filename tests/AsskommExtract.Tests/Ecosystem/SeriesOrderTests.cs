using System.Text.Json;
using AsskommExtract.Output.Series;
using static AsskommExtract.Tests.Series.SeriesFixtures;

namespace AsskommExtract.Tests.Ecosystem;

/// <summary>The series is the same whatever order its releases arrive in, and wide JSON keeps numbers numeric.</summary>
public sealed class SeriesOrderTests
{
    [Fact]
    public void Rows_equal_up_to_the_value_keep_the_release_s_order_in_every_arrival_order()
    {
        // One release stating "über 100" and 100 on a date another release shares: ties up to source and value.
        var releases = new[]
        {
            Rel("a.txt", "2023-05-01", ("kommunen_beraten", 100, "over"), ("kommunen_beraten", 100, "exact"), ("kpr", 20, "exact")),
            Rel("b.txt", "2023-05-01", ("kommunen_beraten", 100, "exact"), ("kommunen_beraten", 100, "about")),
            Rel("c.txt", "2023-06-01", ("kommunen_beraten", 100, "at_least"), ("kommunen_beraten", 100, "over")),
        };
        var expected = Shown(TimeSeries.Build(releases));
        var random = new Random(17);
        for (int i = 0; i < 50; i++)
        {
            // Releases arrive in another order, and with other releases around them, as in another run.
            var others = Enumerable.Range(0, random.Next(30)).Select(j => Rel($"x{j}.txt", $"2023-0{1 + j % 9}-01", ("kommunen_beraten", 100 + j % 3, "exact")));
            var shuffled = releases.Concat(others).OrderBy(_ => random.Next()).ToList();
            Assert.Equal(expected, Shown(TimeSeries.Build(shuffled)).Where(r => !r.Contains(" x")).ToArray());
        }
        Assert.Equal(">100 | 100 | ~100", WideTable.From(TimeSeries.Build(releases)).Rows[0].Cells[0]);
    }

    private static string[] Shown(TimeSeries series) => [.. series.Rows.Select(r => $"{r.Metric} {r.Date} {r.Source} {r.Shown}")];

    [Fact]
    public void Wide_json_writes_a_plain_figure_as_a_number_and_a_qualified_one_as_text()
    {
        var series = TimeSeries.Build([Rel("1.txt", "2023-01-01", ("kpr", 30, "exact"), ("coaching", 9, "over"))], ["kpr", "coaching"]);
        using var ms = new MemoryStream();
        SeriesWriter.WriteJson(ms, series, wide: true);
        using var doc = JsonDocument.Parse(ms.ToArray());
        var row = doc.RootElement.GetProperty("series")[0];
        Assert.Equal(JsonValueKind.Number, row.GetProperty("kpr").ValueKind);
        Assert.Equal(30, row.GetProperty("kpr").GetDouble());
        Assert.Equal(">9", row.GetProperty("coaching").GetString());
    }
}
