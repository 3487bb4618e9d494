using System.Globalization;
using AsskommExtract.Register;
using ScottPlot;

namespace AsskommExtract.Output.Charts;

/// <summary>
/// The register by district: a horizontal bar per Landkreis or kreisfreie Stadt with the number of
/// members, labelled with it (and the councils founded). A bar chart, not a map: the project ships no
/// district outlines it could draw.
/// </summary>
public static class DistrictChart
{
    public static byte[] Render(MemberRegister register, ChartFormat format, int width = 1200, int height = 700)
    {
        var plot = new Plot();
        plot.Font.Set(EmbeddedFont.Use());
        plot.Title("ASSKomm members by district (reconstructed from the releases)");
        plot.XLabel("Municipalities seen joining");
        // Largest at the top: ScottPlot counts positions upwards.
        var districts = register.Districts.Reverse().ToList();
        var color = new ScottPlot.Palettes.Category10().GetColor(0);
        var bars = districts.Select((d, i) => new Bar
        {
            Position = i,
            Value = d.Members,
            FillColor = color,
            Label = d.Members == 0 ? "" : d.Kpr == 0 ? d.Members.ToString(CultureInfo.InvariantCulture)
                : $"{d.Members.ToString(CultureInfo.InvariantCulture)} ({d.Kpr.ToString(CultureInfo.InvariantCulture)} KPR)",
        }).ToList();
        var plottable = plot.Add.Bars(bars);
        plottable.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, districts.Count).Select(i => (double)i).ToArray(), districts.Select(d => d.Kreis).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Grid.YAxisStyle.IsVisible = false; // categories, not values
        double top = Math.Max(1, districts.Count == 0 ? 1 : districts.Max(d => d.Members));
        plot.Axes.SetLimitsX(0, top * 1.2);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.SetLimitsY(-0.7, districts.Count - 0.3);
        if (register.Members.Count == 0) plot.Add.Annotation("No member steps in the given releases", Alignment.MiddleCenter);
        return format == ChartFormat.Svg
            ? System.Text.Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height))
            : plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
