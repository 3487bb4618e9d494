using System.Text;
using System.Text.RegularExpressions;
using AsskommExtract.Output;
using AsskommExtract.Output.Charts;
using AsskommExtract.Output.Series;
using AsskommExtract.Tests.Support;
using static AsskommExtract.Tests.Series.SeriesFixtures;

namespace AsskommExtract.Tests.Series;

public class SeriesChartTests
{
    [Fact]
    public void Png_chart_is_a_png_image_of_the_requested_size()
    {
        var png = SeriesChart.Render(TimeSeries.Build(History()), ChartFormat.Png, 900, 500);

        Assert.True(png.Length > 10_000);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        // IHDR: width and height, big-endian, at bytes 16..23.
        Assert.Equal(900, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(500, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void Svg_chart_is_svg_with_a_legend_entry_per_metric_and_the_marker_note()
    {
        var svg = Encoding.UTF8.GetString(SeriesChart.Render(TimeSeries.Build(History(), ["kpr", "coaching"]), ChartFormat.Svg));

        Assert.Contains("<svg", svg);
        Assert.Contains(SeriesMetrics.Label("kpr"), svg);
        Assert.Contains(SeriesMetrics.Label("coaching"), svg);
        Assert.DoesNotContain(SeriesMetrics.Label("kommunen_beraten"), svg);
        Assert.Contains("hollow", svg);
    }

    [Fact]
    public void Funding_goes_on_its_own_axis_in_millions()
    {
        var svg = Encoding.UTF8.GetString(SeriesChart.Render(TimeSeries.Build(History(), ["kpr", "foerdermittel_eur"]), ChartFormat.Svg));
        Assert.Contains("Funding per year (Mio. €)", svg);
        Assert.Contains("1.25 Mio. €", svg);
    }

    [Fact]
    public void A_series_without_figures_still_gives_a_chart_that_says_so()
    {
        var svg = Encoding.UTF8.GetString(SeriesChart.Render(TimeSeries.Build([Rel("x.txt", "2020-01-01")]), ChartFormat.Svg));
        Assert.Contains("No figures", svg);
        Assert.NotEmpty(SeriesChart.Render(TimeSeries.Build([]), ChartFormat.Png));
    }

    [Fact]
    public void A_dense_chart_labels_only_each_lines_latest_figure()
    {
        var releases = Enumerable.Range(0, SeriesChart.LabelAllUpTo + 10).Select(i =>
            Rel($"r{i}.txt", new DateTime(2020, 1, 1).AddDays(7 * i).ToString("yyyy-MM-dd"), ("kpr", 100 + i, "exact"))).ToList();

        var svg = Encoding.UTF8.GetString(SeriesChart.Render(TimeSeries.Build(releases), ChartFormat.Svg));

        var texts = Regex.Matches(svg, "<text[^>]*>(.*?)</text>", RegexOptions.Singleline).Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.Contains("149", texts);
        Assert.DoesNotContain("148", texts);
        Assert.Equal(texts.Count(t => Regex.IsMatch(t, @"^\d{4}-\d\d")), texts.Where(t => Regex.IsMatch(t, @"^\d{4}-\d\d")).Distinct().Count()); // no repeated tick label
    }

    [Fact]
    public void Chart_of_the_sample_gold_figures_renders()
    {
        var releases = Directory.GetFiles(Repo.Samples, "*.gold.json").Order().Select(f => ReleaseJson.Read(File.ReadAllText(f))!).ToList();
        var png = SeriesChart.Render(TimeSeries.Build(releases, ["kommunen_beraten", "kpr", "kooperationsvereinbarungen", "coaching", "sicherheitsanalysen", "kommunen_eng", "kommunen_beteiligt"]), ChartFormat.Png);
        Assert.True(png.Length > 10_000);
    }
}
