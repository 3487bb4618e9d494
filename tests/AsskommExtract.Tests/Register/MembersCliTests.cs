using System.Text;
using System.Text.Json;
using AsskommExtract.Cli;
using AsskommExtract.Cli.Commands;
using AsskommExtract.Output;
using AsskommExtract.Register;
using AsskommExtract.Tests.Support;
using MiniExcelLibs;

namespace AsskommExtract.Tests.Register;

/// <summary>The members command and series/plot -m members on the samples: shapes, files, exit codes, stderr.</summary>
public sealed class MembersCliTests : IDisposable
{
    private static readonly string Corpus = Repo.Path_("tests", "AsskommExtract.Tests", "Register", "Corpus");
    private readonly string _dir = Directory.CreateTempSubdirectory("asskomm-members-").FullName;
    private readonly StringWriter _stderr = new();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private Messages Messages() => new(_stderr, quiet: false, verbose: false, interactive: false);

    private (int Code, string Stdout) Members(string? format, RegisterTable table = RegisterTable.Members, string? output = null, string? chart = null, string? input = null)
    {
        using var stdout = new MemoryStream();
        int code = MembersCommand.Run(new RunSettings([input ?? Repo.Samples], output, 1, 1 << 24, false, Messages()), format, table, chart, CsvDialect.Standard, stdout, CancellationToken.None);
        return (code, Encoding.UTF8.GetString(stdout.ToArray()));
    }

    [Fact]
    public void Csv_has_a_row_per_municipality_with_each_steps_date_source_and_evidence()
    {
        var (code, csv) = Members(null);

        Assert.Equal(ExitCodes.Success, code);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', RegisterWriter.Columns(RegisterTable.Members)), lines[0]);
        Assert.StartsWith("ags,name,kreis,joined,ordinal,founding,joined_source,joined_evidence,kpr_founded,kpr_founded_source", lines[0]);
        Assert.Equal(12, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("14628160,Heidenau,Sächsische Schweiz-Osterzgebirge,2023-08-09,53,,"));
        Assert.Contains("5 inputs: 5 extracted, 0 failed", _stderr.ToString());
    }

    [Fact]
    public void Json_holds_members_with_steps_and_reports_the_checks_and_the_districts()
    {
        var (code, json) = Members("json");

        Assert.Equal(ExitCodes.Success, code);
        using var doc = JsonDocument.Parse(json);
        var heidenau = doc.RootElement.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Heidenau");
        Assert.Equal("2023-08-09", heidenau.GetProperty("steps").GetProperty("joined").GetProperty("date").GetString());
        Assert.Equal(53, heidenau.GetProperty("ordinal").GetInt32());
        Assert.Contains("53. Kommune", heidenau.GetProperty("reports")[0].GetProperty("evidence").GetString());
        Assert.Empty(doc.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal(13, doc.RootElement.GetProperty("districts").GetArrayLength());
    }

    [Fact]
    public void Jsonl_writes_one_member_per_line()
    {
        var (_, jsonl) = Members("jsonl");
        var lines = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, lines.Length);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
    }

    [Fact]
    public void Checks_are_warned_about_on_stderr_and_listed_in_their_table()
    {
        var (code, csv) = Members("csv", RegisterTable.Checks, input: Corpus);

        Assert.Equal(ExitCodes.Success, code); // a failed check is a finding, not a failure
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("check,ags,name,sources,message", lines[0]);
        Assert.Equal(4, lines.Length);
        var warnings = _stderr.ToString().Split('\n').Where(l => l.StartsWith("asskomm-extract: check ")).ToList();
        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("ordinal_order") && w.Contains("04-oederan.txt"));
    }

    [Fact]
    public void Xlsx_has_every_table_as_a_sheet_and_the_chart_is_a_png()
    {
        var xlsx = Path.Combine(_dir, "register.xlsx");
        var png = Path.Combine(_dir, "districts.png");

        var (code, stdout) = Members(null, output: xlsx, chart: png);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stdout);
        Assert.Equal(["members", "steps", "checks", "districts"], MiniExcel.GetSheetNames(xlsx));
        var districts = MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "districts").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(4d, Convert.ToDouble(districts.Single(d => (string)d["kreis"] == "Sächsische Schweiz-Osterzgebirge")["members"]));
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png).Take(4));
    }

    [Fact]
    public void A_chart_file_that_is_no_png_or_svg_is_a_usage_error()
    {
        var (code, stdout) = Members(null, chart: Path.Combine(_dir, "districts.pdf"));
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Empty(stdout);
        Assert.Contains(".png or .svg", _stderr.ToString());
    }

    [Fact]
    public void Series_members_puts_the_count_of_joins_next_to_the_reported_agreements()
    {
        using var stdout = new MemoryStream();
        int code = SeriesCommand.Run(new RunSettings([Repo.Samples], null, 1, 1 << 24, false, Messages()), "csv", wide: true, [MemberRegister.MembersMetric],
            includeOther: false, CsvDialect.Standard, stdout, CancellationToken.None);

        Assert.Equal(ExitCodes.Success, code);
        var lines = Encoding.UTF8.GetString(stdout.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("date,members,kooperationsvereinbarungen,conflict,sources", lines[0]);
        Assert.StartsWith("2023-08-09,>=11,53,", lines.Single(l => l.StartsWith("2023-08-09")));
    }

    [Fact]
    public void Plot_members_draws_a_chart()
    {
        var svg = Path.Combine(_dir, "members.svg");
        int code = PlotCommand.Run(new RunSettings([Repo.Samples], svg, 1, 1 << 24, false, Messages()), [MemberRegister.MembersMetric], CancellationToken.None);
        Assert.Equal(ExitCodes.Success, code);
        var text = File.ReadAllText(svg);
        Assert.Contains("Members (joins found in the releases)", text);
        Assert.Contains("Cooperation agreements", text);
    }
}
