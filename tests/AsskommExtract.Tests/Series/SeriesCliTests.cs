using System.Text;
using System.Text.Json;
using AsskommExtract.Cli;
using AsskommExtract.Cli.Commands;
using AsskommExtract.Output;
using AsskommExtract.Output.Series;
using AsskommExtract.Tests.Support;
using MiniExcelLibs;

namespace AsskommExtract.Tests.Series;

/// <summary>
/// The series, plot and extract-to-xlsx commands on a folder of small text releases. Metric values
/// depend on the metrics extractor, so these pin the commands' shape: headers, files, exit codes, stderr.
/// </summary>
public sealed class SeriesCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("asskomm-series-").FullName;
    private readonly StringWriter _stderr = new();

    public SeriesCliTests()
    {
        Write("2021-oschatz.txt", Texts.Header("03.03.2021") + """
            Oschatz tritt der Allianz Sichere Sächsische Kommunen bei

            Oschatz hat heute als 31. Kommune die Kooperationsvereinbarung unterzeichnet. Der Landespräventionsrat
            hat inzwischen 96 Kommunen beraten, in 21 Kommunen hat sich ein Kommunalpräventionsrat konstituiert.
            """ + Texts.Footer);
        Write("2022-kamenz.txt", Texts.Header("12.10.2022") + """
            Kamenz wird 40. Kommune im »ASSKomm«-Verbund

            Mit Kamenz sind nun 40 Kooperationsvereinbarungen geschlossen. Über 120 Kommunen wurden bereits beraten,
            und 31 »ASSKomm«-Coaching-Prozesse sind in Gang gesetzt.
            """);
        Write("ohne-datum.txt", """
            Prävention im Gespräch

            Der Landespräventionsrat hat mehr als 100 Kommunen beraten.
            """);
    }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);

    private Messages Messages() => new(_stderr, quiet: false, verbose: false, interactive: false);

    private RunSettings Settings(string? output = null) => new([_dir], output, 1, 1 << 20, false, Messages());

    private (int Code, string Stdout) Series(string? format, bool wide, string? output = null, params string[] metrics)
    {
        using var stdout = new MemoryStream();
        int code = SeriesCommand.Run(Settings(output), format, wide, metrics, includeOther: false, CsvDialect.Standard, stdout, CancellationToken.None);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()));
    }

    [Fact]
    public void Series_csv_starts_with_the_long_header_and_reports_the_undated_release()
    {
        var (code, csv) = Series(null, wide: false);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(string.Join(',', SeriesWriter.LongColumns), csv.Split("\r\n")[0]);
        Assert.DoesNotContain("ohne-datum.txt", csv);
        Assert.Contains("ohne-datum.txt: no date found; left out of the series", _stderr.ToString());
    }

    [Fact]
    public void Series_wide_csv_has_a_column_per_asked_metric()
    {
        var (code, csv) = Series("csv", wide: true, null, "kooperationsvereinbarungen", "kpr");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("date,kooperationsvereinbarungen,kpr,conflict,sources", csv.Split("\r\n")[0]);
    }

    [Fact]
    public void Series_json_has_series_warnings_and_undated_and_only_dated_sources()
    {
        var (code, json) = Series("json", wide: false);

        Assert.Equal(ExitCodes.Success, code);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("warnings").ValueKind);
        Assert.All(doc.RootElement.GetProperty("series").EnumerateArray(),
            row => Assert.DoesNotContain("ohne-datum", row.GetProperty("source").GetString()));
        Assert.EndsWith("ohne-datum.txt", doc.RootElement.GetProperty("undated")[0].GetString());
    }

    [Fact]
    public void Series_xlsx_is_written_to_a_file_with_its_sheets()
    {
        var path = Path.Combine(_dir, "out", "series.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        var (code, stdout) = Series(null, wide: true, path);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stdout);
        Assert.Equal(["series", "warnings"], MiniExcel.GetSheetNames(path));
        var header = MiniExcel.Query(path, sheetName: "series").Cast<IDictionary<string, object>>().First();
        Assert.Equal("date", header.Values.First());
    }

    [Fact]
    public void Xlsx_is_refused_on_a_terminal_and_written_to_a_redirected_stdout()
    {
        Assert.Equal(ExitCodes.Usage, SeriesCommand.Run(Settings() with { StdoutIsTerminal = true }, "xlsx", false, [], false, CsvDialect.Standard,
            new MemoryStream(), CancellationToken.None));
        Assert.Contains("-o", _stderr.ToString());
        using var terminal = new MemoryStream();
        Assert.Equal(ExitCodes.Usage, ExtractCommand.Run(Settings() with { StdoutIsTerminal = true }, "xlsx", Table.Releases, CsvDialect.Standard,
            terminal, CancellationToken.None));
        Assert.Equal(0, terminal.Length);

        using var redirected = new MemoryStream();
        Assert.Equal(ExitCodes.Success, ExtractCommand.Run(Settings(), "xlsx", Table.Releases, CsvDialect.Standard, redirected, CancellationToken.None));
        redirected.Position = 0;
        Assert.Equal(["releases", "metrics", "municipalities", "quotes", "errors"], MiniExcel.GetSheetNames(redirected));
    }

    [Fact]
    public void Extract_to_an_xlsx_file_writes_every_table_as_a_sheet()
    {
        var path = Path.Combine(_dir, "out.xlsx");
        using var stdout = new MemoryStream();

        int code = ExtractCommand.Run(Settings(path), null, Table.Releases, CsvDialect.Standard, stdout, CancellationToken.None);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(["releases", "metrics", "municipalities", "quotes", "errors"], MiniExcel.GetSheetNames(path));
        var releases = MiniExcel.Query(path, useHeaderRow: true, sheetName: "releases").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, releases.Count);
        Assert.Contains(releases, r => r["date"] is DateTime date && date == new DateTime(2021, 3, 3)); // a date cell, not text
    }

    [Theory]
    [InlineData(";", ';')]
    [InlineData("tab", '\t')]
    [InlineData("\\t", '\t')]
    public void Delimiter_takes_one_character_or_tab(string given, char expected)
    {
        var parse = SeriesCommand.Create().Parse(["releases", "-d", given]);
        Assert.Empty(parse.Errors);
        Assert.Equal(expected, parse.GetValue(CommonOptions.Delimiter));
    }

    [Fact]
    public void Delimiter_of_several_characters_is_a_usage_error()
    {
        Assert.NotEmpty(SeriesCommand.Create().Parse(["releases", "-d", ";;"]).Errors);
        Assert.Null(SeriesCommand.Create().Parse(["releases"]).GetValue(CommonOptions.Delimiter)); // the dialect's own, ',' by default
    }

    [Theory]
    [InlineData("chart.png")]
    [InlineData("chart.svg")]
    public void Plot_writes_a_non_empty_chart_file(string name)
    {
        var path = Path.Combine(_dir, name);

        int code = PlotCommand.Run(Settings(path), [], CancellationToken.None);

        Assert.Equal(ExitCodes.Success, code);
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000);
        if (name.EndsWith(".png")) Assert.Equal((byte)'P', bytes[1]);
        else Assert.Contains("<svg", Encoding.UTF8.GetString(bytes));
        Assert.DoesNotContain(Directory.GetFiles(_dir), f => f.EndsWith(".tmp"));
    }

    [Fact]
    public void Plot_refuses_a_file_that_is_neither_png_nor_svg()
    {
        var path = Path.Combine(_dir, "chart.gif");
        Assert.Equal(ExitCodes.Usage, PlotCommand.Run(Settings(path), [], CancellationToken.None));
        Assert.False(File.Exists(path));
    }
}
