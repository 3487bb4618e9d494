using System.IO.Compression;
using System.Text.RegularExpressions;
using AsskommExtract.Output;
using AsskommExtract.Output.Series;
using static AsskommExtract.Tests.Series.SeriesFixtures;

namespace AsskommExtract.Tests.Ecosystem;

/// <summary>Workbooks a spreadsheet opens ready to read: dates as date cells, columns with widths, text never a formula.</summary>
public sealed partial class XlsxCellTests
{
    private static string SheetXml(byte[] workbook, int sheet)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        using var reader = new StreamReader(zip.GetEntry($"xl/worksheets/sheet{sheet}.xml")!.Open());
        return reader.ReadToEnd();
    }

    private static byte[] Series(string title)
    {
        var release = Rel("a.txt", "2023-08-09", ("kpr", 34, "exact"));
        release.Metrics[0].Evidence = title;
        using var ms = new MemoryStream();
        SeriesWriter.WriteXlsx(ms, TimeSeries.Build([release]), wide: false);
        return ms.ToArray();
    }

    [Fact]
    public void Dates_are_date_cells_not_text()
    {
        var xml = SheetXml(Series("34 Räte."), 1);
        // 2023-08-09 is serial day 45147 in Excel's 1900 system, in a cell with a (date) style.
        Assert.Matches(@"<x:c r=""A2""[^>]* s=""\d+""[^>]*>\s*<x:v>45147</x:v>", xml);
        Assert.DoesNotContain(">2023-08-09<", xml);
    }

    [Fact]
    public void Every_column_has_a_width_and_long_text_gets_a_wide_one()
    {
        var xml = SheetXml(Series("34 Räte."), 1);
        var widths = ColumnWidth().Matches(xml).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(SeriesWriter.LongColumns.Count, widths.Count);
        Assert.InRange(widths[SeriesWriter.LongColumns.ToList().IndexOf("evidence")], 80, 81); // MiniExcel adds its padding
    }

    [Fact]
    public void Text_that_looks_like_a_formula_stays_text()
    {
        var xml = SheetXml(Series("=HYPERLINK(\"http://example.org\",\"Klick\")"), 1);
        Assert.DoesNotContain("<x:f>", xml);
        Assert.Contains("=HYPERLINK", xml);
    }

    [GeneratedRegex(@"<x:col [^>]*width=""([\d.]+)""")]
    private static partial Regex ColumnWidth();
}
