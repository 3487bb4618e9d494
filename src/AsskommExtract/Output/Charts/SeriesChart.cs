using System.Globalization;
using AsskommExtract.Output.Series;
using ScottPlot;
using AsskommExtract.Results;

namespace AsskommExtract.Output.Charts;

public enum ChartFormat { Png, Svg }

/// <summary>
/// Draws a <see cref="TimeSeries"/> with ScottPlot: one coloured line per metric over a date axis, a
/// filled marker for each exact figure, a hollow one for über/rund/knapp/mindestens, value labels, and a
/// legend. Counts share the left axis from zero; euro amounts (funding) are
/// a different scale and go on a right axis in millions.
/// </summary>
public static class SeriesChart
{
    public const int Width = 1400;
    public const int Height = 700;

    /// <summary>Up to this many release dates every change of a figure is labelled; beyond, only each line's latest figure.</summary>
    public const int LabelAllUpTo = 40;

    public static byte[] Render(TimeSeries series, ChartFormat format, int width = Width, int height = Height)
    {
        var plot = Draw(series, height);
        return format == ChartFormat.Svg
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height))
            : plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static Plot Draw(TimeSeries series, int height)
    {
        var plot = new Plot();
        plot.Title("ASSKomm figures by release date");
        // ISO dates, not the invariant culture's US ones (01/01/2021): a month tick as 2021-07, a finer one in full.
        if (plot.Axes.DateTimeTicksBottom().TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
            ticks.LabelFormatter = date => date.ToString(date.Day == 1 ? "yyyy-MM" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
        plot.XLabel("Release date"); // after the date axis replaced the bottom axis
        plot.YLabel("Count");
        plot.Font.Set(EmbeddedFont.Use());

        var palette = new ScottPlot.Palettes.Category10();
        var tracks = series.Metrics
            .Select(metric => (Metric: metric, Rows: series.Rows.Where(r => r.Metric == metric).ToList()))
            .Where(t => t.Rows.Count > 0)
            .Select((t, i) => new Track(t.Metric, t.Rows, palette.GetColor(SeriesMetrics.Position(t.Metric) ?? MetricNames.All.Count + i),
                InEuros(t.Metric) ? plot.Axes.Right : plot.Axes.Left))
            .ToList();

        // Drawn in three layers: lines, then value labels on a white ground (so crossing lines don't hide
        // them), then markers on top (so no label hides a figure).
        foreach (var t in tracks)
        {
            var line = plot.Add.ScatterLine(t.Rows.Select(X).ToArray(), t.Rows.Select(t.Y).ToArray(), t.Color);
            line.LineWidth = 2;
            line.LegendText = SeriesMetrics.Label(t.Metric) + (t.IsEuro ? " (Mio. €, right axis)" : "");
            line.Axes.YAxis = t.Axis;
        }
        // A label's height with its gap and a marker (about 28 px) in each axis's units: the axis runs from 0 to
        // 1.12 × its top figure over the plot area (the image less about 120 px of title and tick labels).
        var labelSpan = tracks.GroupBy(t => t.Axis).ToDictionary(g => g.Key, g => g.Max(t => t.Rows.Max(t.Y)) * 1.12 * 28 / Math.Max(height - 120, 100));
        var byDate = tracks.Select(t => t.Rows.ToLookup(r => r.Date)).ToList();
        bool labelAll = series.Rows.Select(r => r.Date).Distinct().Count() <= LabelAllUpTo;
        for (int i = 0; i < tracks.Count; i++)
        {
            var t = tracks[i];
            // One label per date where the figure changes (a flat stretch is labelled once): conflicting statements
            // read "53 | 54" as in the wide table. It sits above the highest marker, or below the lowest when another
            // line's marker of that date is just above.
            string? previous = null;
            var dates = t.Rows.GroupBy(r => r.Date).ToList();
            foreach (var date in labelAll ? dates : dates.TakeLast(1))
            {
                var shown = string.Join(WideTable.Separator, date.Select(r => t.IsEuro ? Euros(r) : r.Shown).Distinct());
                if (shown == previous) continue;
                previous = shown;
                double y = date.Max(t.Y);
                bool crowded = tracks.Where((o, j) => j != i && o.Axis == t.Axis && byDate[j][date.Key].Any(r =>
                    o.Y(r) - y < labelSpan[t.Axis] && (o.Y(r) > y || o.Y(r) == y && j > i))).Any();
                var text = plot.Add.Text(shown, X(date.First()), crowded ? date.Min(t.Y) : y);
                text.LabelFontSize = 12;
                text.LabelFontColor = t.Color;
                text.LabelBackgroundColor = Colors.White.WithAlpha(0.75);
                text.LabelAlignment = crowded ? Alignment.UpperCenter : Alignment.LowerCenter;
                text.LabelOffsetY = crowded ? 7 : -7;
                text.Axes.YAxis = t.Axis;
            }
        }
        foreach (var t in tracks)
        {
            foreach (var exact in new[] { true, false })
            {
                var rows = t.Rows.Where(r => r.Qualifier == "exact" == exact).ToList();
                if (rows.Count == 0) continue;
                var markers = plot.Add.ScatterPoints(rows.Select(X).ToArray(), rows.Select(t.Y).ToArray(), t.Color);
                markers.MarkerStyle = new MarkerStyle(MarkerShape.FilledCircle, labelAll ? 10 : 6, t.Color) // smaller when dense
                {
                    FillColor = exact ? t.Color : Colors.White,
                    OutlineColor = t.Color,
                    OutlineWidth = 2,
                };
                markers.Axes.YAxis = t.Axis;
            }
        }

        if (tracks.Count == 0)
        {
            plot.Add.Annotation("No figures in the given releases", Alignment.MiddleCenter);
            plot.Axes.Frameless();
            plot.HideGrid();
            return plot;
        }
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "filled: figure stated exactly",
            MarkerStyle = new MarkerStyle(MarkerShape.FilledCircle, 9, Colors.Gray),
        });
        plot.Legend.ManualItems.Add(new LegendItem
        {
            LabelText = "hollow: über / rund / knapp / mindestens",
            MarkerStyle = new MarkerStyle(MarkerShape.OpenCircle, 9, Colors.Gray) { OutlineWidth = 2 },
        });
        // Beside the plot, not over it: any corner of the plot area can hold figures.
        plot.ShowLegend(Edge.Right);

        plot.Axes.AutoScale();
        // Counts from zero so that growth reads as growth; room at the top and right for the value labels.
        var limits = plot.Axes.GetLimits(plot.Axes.Bottom, plot.Axes.Left);
        plot.Axes.SetLimitsY(0, limits.Top * 1.12, plot.Axes.Left);
        double span = Math.Max(limits.Right - limits.Left, 60);
        plot.Axes.SetLimitsX(limits.Left - span * 0.05, limits.Right + span * 0.12, plot.Axes.Bottom);
        if (tracks.Any(t => t.IsEuro))
        {
            var right = plot.Axes.GetLimits(plot.Axes.Bottom, plot.Axes.Right);
            plot.Axes.SetLimitsY(0, right.Top * 1.12, plot.Axes.Right);
            plot.Axes.Right.Label.Text = "Funding per year (Mio. €)";
        }
        return plot;
    }

    /// <summary>One metric's figures with its colour and axis; euro amounts are drawn in millions.</summary>
    private sealed record Track(string Metric, List<SeriesRow> Rows, Color Color, IYAxis Axis)
    {
        public bool IsEuro => InEuros(Metric);
        public double Y(SeriesRow r) => IsEuro ? r.Value / 1e6 : r.Value;
    }

    private static bool InEuros(string metric) => metric == MetricNames.Funding;

    private static double X(SeriesRow r) =>
        DateTime.ParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToOADate();

    private static string Euros(SeriesRow r) =>
        SeriesMetrics.Show(r.Value / 1e6, r.Qualifier) + " Mio. €";
}
