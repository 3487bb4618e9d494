using System.Text;
using System.Text.Json;
using AsskommExtract.Output;
using AsskommExtract.Output.Series;
using AsskommExtract.Results;
using MiniExcelLibs;
using static AsskommExtract.Tests.Series.SeriesFixtures;

namespace AsskommExtract.Tests.Series;

public class WideAndWriterTests
{
    [Fact]
    public void Wide_cells_show_qualifiers_the_way_a_spreadsheet_user_reads_them()
    {
        var wide = WideTable.From(TimeSeries.Build(
        [
            Rel("x.txt", "2022-02-02", ("kommunen_beraten", 140, "over"), ("kpr", 230, "about"), ("coaching", 50, "under"),
                ("sicherheitsanalysen", 10, "at_least"), ("kooperationsvereinbarungen", 53, "exact"), ("foerdermittel_eur", 1_300_000, "exact")),
        ]));

        string Cell(string metric) => wide.Rows[0].Cells[wide.Metrics.ToList().IndexOf(metric)];
        Assert.Equal(">140", Cell("kommunen_beraten"));
        Assert.Equal("~230", Cell("kpr"));
        Assert.Equal("<50", Cell("coaching"));
        Assert.Equal(">=10", Cell("sicherheitsanalysen"));
        Assert.Equal("53", Cell("kooperationsvereinbarungen"));
        Assert.Equal("1300000", Cell("foerdermittel_eur"));
        Assert.Equal("", Cell("modellkommunen"));
    }

    [Fact]
    public void Wide_rows_are_one_per_date_in_date_order_with_the_sources_of_that_date()
    {
        var wide = WideTable.From(TimeSeries.Build(History()));

        Assert.Equal(["2020-06-02", "2022-03-17", "2023-10-05", "2024-05-21"], wide.Rows.Select(r => r.Date));
        Assert.Equal(["date", .. MetricNames.All.Where(m => m != "other"), "conflict", "sources"], wide.Columns);
        Assert.Equal(["c/2023-10.txt"], wide.Rows[2].Sources);
        Assert.All(wide.Rows, r => Assert.Empty(r.Conflicts));
    }

    [Fact]
    public void Wide_cell_of_a_conflict_shows_each_statement_and_the_row_names_the_metric()
    {
        var wide = WideTable.From(TimeSeries.Build(
        [
            Rel("one.txt", "2023-09-14", ("kooperationsvereinbarungen", 53, "exact"), ("kpr", 37, "exact")),
            Rel("two.txt", "2023-09-14", ("kooperationsvereinbarungen", 54, "exact"), ("kpr", 37, "exact")),
        ]));

        var row = Assert.Single(wide.Rows);
        Assert.Equal("53 | 54", row.Cells[wide.Metrics.ToList().IndexOf("kooperationsvereinbarungen")]);
        Assert.Equal("37", row.Cells[wide.Metrics.ToList().IndexOf("kpr")]);
        Assert.Equal(["kooperationsvereinbarungen"], row.Conflicts);
        Assert.Equal(["one.txt", "two.txt"], row.Sources);
    }

    [Fact]
    public void Long_csv_has_a_header_and_a_row_per_statement()
    {
        var csv = Csv(TimeSeries.Build(History()), wide: false);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(string.Join(',', SeriesWriter.LongColumns), lines[0]);
        Assert.Equal(1 + TimeSeries.Build(History()).Rows.Count, lines.Length);
        Assert.StartsWith("2022-03-17,kommunen_beraten,118,over,>118,,,b/2022-03.txt,", lines[2]);
    }

    [Fact]
    public void Wide_csv_marks_a_conflict_in_its_conflict_column()
    {
        var csv = Csv(TimeSeries.Build([Rel("1.txt", "2023-01-01", ("kpr", 30, "exact"), ("kpr", 31, "exact"))], ["kpr"]), wide: true);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("date,kpr,conflict,sources", lines[0]);
        Assert.Equal("2023-01-01,30 | 31,kpr,1.txt", lines[1]);
    }

    [Fact]
    public void Json_holds_the_series_the_warnings_and_the_undated_releases()
    {
        var series = TimeSeries.Build(
        [
            Rel("early.txt", "2021-01-01", ("kpr", 30, "exact")),
            Rel("late.txt", "2021-09-01", ("kpr", 28, "exact")),
            Rel("nodate.txt", null, ("kpr", 12, "exact")),
        ]);
        using var doc = Json(series, wide: false);

        var rows = doc.RootElement.GetProperty("series");
        Assert.Equal(2, rows.GetArrayLength());
        Assert.Equal(30, rows[0].GetProperty("value").GetDouble());
        Assert.Equal("exact", rows[0].GetProperty("qualifier").GetString());
        Assert.False(rows[0].GetProperty("conflict").GetBoolean());
        var warning = doc.RootElement.GetProperty("warnings").EnumerateArray().Single();
        Assert.Equal("kpr", warning.GetProperty("metric").GetString());
        Assert.Equal("early.txt", warning.GetProperty("earlier").GetProperty("source").GetString());
        Assert.Equal(28, warning.GetProperty("later").GetProperty("value").GetDouble());
        Assert.Equal("nodate.txt", doc.RootElement.GetProperty("undated")[0].GetString());
    }

    [Fact]
    public void Wide_json_has_a_property_per_metric_and_null_where_nothing_was_stated()
    {
        using var doc = Json(TimeSeries.Build([Rel("1.txt", "2023-01-01", ("kpr", 30, "over"))], ["kpr", "coaching"]), wide: true);

        var row = doc.RootElement.GetProperty("series")[0];
        Assert.Equal(">30", row.GetProperty("kpr").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("coaching").ValueKind);
        Assert.Equal(0, row.GetProperty("conflict").GetArrayLength());
    }

    [Fact]
    public void Series_xlsx_reads_back_with_its_sheets_and_numeric_plain_figures()
    {
        var series = TimeSeries.Build([Rel("1.txt", "2021-01-01", ("kpr", 30, "exact"), ("coaching", 9, "over")), Rel("2.txt", "2022-01-01", ("kpr", 29, "exact"))]);
        using var file = new MemoryStream();
        SeriesWriter.WriteXlsx(file, series, wide: true);
        file.Position = 0;

        Assert.Equal(["series", "warnings"], file.GetSheetNames());
        var rows = file.Query(useHeaderRow: true, sheetName: "series").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(new DateTime(2021, 1, 1), rows[0]["date"]); // a date cell, not text
        Assert.Equal(30.0, Convert.ToDouble(rows[0]["kpr"]));
        Assert.Equal(">9", rows[0]["coaching"]);
        var warnings = file.Query(useHeaderRow: true, sheetName: "warnings").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("kpr", Assert.Single(warnings)["metric"]);
    }

    [Fact]
    public void Extract_xlsx_has_a_sheet_per_table_with_the_csv_columns()
    {
        var release = Rel("a.txt", "2023-08-09", ("kooperationsvereinbarungen", 53, "exact"), ("kpr", 34, "exact"));
        release.Title = "Eine Stadt tritt bei";
        release.Municipalities.Add(new MunicipalityMention { Name = "Oschatz", Ags = "14730230", Role = "subject" });
        release.Quotes.Add(new Quote { Speaker = "Petra Beispiel", Text = "Wir sind dabei." });
        using var file = new MemoryStream();
        using (var sink = new XlsxSink(file))
        {
            sink.Write(release);
            sink.Write(Release.Failure("b.pdf", "not a PDF"));
            sink.Complete();
        }
        using var read = new MemoryStream(file.ToArray());

        Assert.Equal(["releases", "metrics", "municipalities", "quotes", "errors"], read.GetSheetNames());
        foreach (var table in Enum.GetValues<Table>())
        {
            var header = read.Query(sheetName: table.ToString().ToLowerInvariant()).Cast<IDictionary<string, object>>().First();
            Assert.Equal(CsvTableSink.Columns(table), header.Values.Select(v => v?.ToString()));
        }
        var metrics = read.Query(useHeaderRow: true, sheetName: "metrics").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal([53.0, 34.0], metrics.Select(m => Convert.ToDouble(m["value"])));
        var releases = read.Query(useHeaderRow: true, sheetName: "releases").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["a.txt", "b.pdf"], releases.Select(r => r["source"]));
        Assert.Equal("Eine Stadt tritt bei", releases[0]["title"]);
        Assert.Equal("Oschatz", read.Query(useHeaderRow: true, sheetName: "municipalities").Cast<IDictionary<string, object>>().Single()["name"]);
        Assert.Equal("not a PDF", read.Query(useHeaderRow: true, sheetName: "errors").Cast<IDictionary<string, object>>().Single()["error"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void German_csv_writes_figures_shown_as_text_with_a_decimal_comma(bool wide)
    {
        var series = TimeSeries.Build([Rel("x.txt", "2022-02-02", ("foerdermittel_eur", 2.5, "about"), ("kpr", 3.5, "exact"))]);
        var csv = Csv(series, wide, CsvDialect.German);

        Assert.Contains("~2,5", csv); // the qualified figure, as text, with the same mark as the number cells
        Assert.Contains(";3,5;", csv);
        Assert.DoesNotContain("~2.5", csv);
        Assert.DoesNotContain(";3.5;", csv);
        Assert.Contains("~2.5", Csv(series, wide)); // the standard dialect keeps its point
    }

    [Fact]
    public void Figure_text_changes_only_points_between_digits()
    {
        Assert.Equal("~2,5 | 53 | Nr. 4", CsvDialect.German.FigureText("~2.5 | 53 | Nr. 4"));
        Assert.Equal("~2.5", CsvDialect.Standard.FigureText("~2.5"));
    }

    private static string Csv(TimeSeries series, bool wide, CsvDialect? dialect = null)
    {
        using var ms = new MemoryStream();
        SeriesWriter.WriteCsv(ms, series, wide, dialect);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static JsonDocument Json(TimeSeries series, bool wide)
    {
        using var ms = new MemoryStream();
        SeriesWriter.WriteJson(ms, series, wide);
        return JsonDocument.Parse(ms.ToArray());
    }
}
