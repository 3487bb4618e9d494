using System.Diagnostics;
using System.Text.RegularExpressions;
using AsskommExtract.Tests.Robustness;

namespace AsskommExtract.Tests.Ecosystem;

using Cli = AsskommExtract.Tests.Robustness.Cli;

/// <summary>A test that needs LibreOffice (soffice on PATH); skipped, and named as skipped, where it is not installed.</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOfficeTests.Soffice is null) Skip = "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc";
    }
}

/// <summary>
/// The German CSV and the workbook opened by LibreOffice with a de-DE locale, converted to flat ODS
/// to see what it made of each cell: numbers are numbers, dates are dates, no formula is live.
/// </summary>
public sealed partial class LibreOfficeTests : IDisposable
{
    public static string? Soffice { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
        .Select(dir => Path.Combine(dir, "soffice")).FirstOrDefault(File.Exists);

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private void Releases()
    {
        _dir.File("in/a.txt", BrokenFiles.Release("Geithain"));
        // A title and a quote a spreadsheet would take for formulas (a bare link line is page furniture, no title).
        _dir.File("in/b.txt", """
            =WENN(1;"Kreischa tritt bei")

            Dresden, 3. März 2024. Die Gemeinde Kreischa tritt der Allianz Sichere Sächsische Kommunen bei.
            Bereits über 140 Kommunen wurden beraten.

            „=1+1 ist keine Rechnung“, sagte Bürgermeister Frank Schöne.
            """);
    }

    /// <summary>Cells of the first sheet as (value type, value, shown text), and whether any cell holds a formula.</summary>
    private (List<(string Type, string Value, string Text)[]> Rows, bool Formulas) Open(string file, string filter)
    {
        var info = new ProcessStartInfo(Soffice!) { WorkingDirectory = _dir.Path, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--headless", $"-env:UserInstallation=file://{_dir.Path}/profile", "--convert-to", "fods", "--infilter=" + filter, "--outdir", "lo", file })
            info.ArgumentList.Add(a);
        info.Environment["LANG"] = "de_DE.UTF-8";
        using (var process = Process.Start(info)!)
        {
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "LibreOffice did not finish");
        }
        var xml = File.ReadAllText(Path.Combine(_dir.Path, "lo", Path.GetFileNameWithoutExtension(file) + ".fods"));
        // An empty cell may stand for several ("number-columns-repeated"); trailing ones for the rest of the sheet.
        var rows = Row().Matches(xml).Select(row => Cell().Matches(row.Groups[1].Value).SelectMany(c => Enumerable.Repeat(
        (
            Type: Attr(c.Groups[1].Value, "office:value-type"),
            Value: Attr(c.Groups[1].Value, "office:value") is { Length: > 0 } v ? v : Attr(c.Groups[1].Value, "office:date-value"),
            Text: System.Net.WebUtility.HtmlDecode(Regex.Replace(c.Groups[2].Value, "<[^>]+>", "")).Trim()
        ), Math.Min(64, int.TryParse(Attr(c.Groups[1].Value, "table:number-columns-repeated"), out int n) ? n : 1))).ToArray())
            .Where(r => r.Any(c => c.Text.Length > 0)).ToList();
        return (rows, xml.Contains("table:formula", StringComparison.Ordinal));
    }

    private static string Attr(string attributes, string name) => Regex.Match(attributes, name + "=\"([^\"]*)\"").Groups[1].Value;

    private static (string Type, string Value, string Text) Column(List<(string Type, string Value, string Text)[]> rows, int row, string name) =>
        rows[row][Array.FindIndex(rows[0], c => c.Text == name)];

    [LibreOfficeFact]
    public void German_csv_opens_in_a_german_libreoffice_with_numbers_dates_and_no_live_formula()
    {
        Releases();
        foreach (var table in new[] { "releases", "metrics", "quotes" })
            Assert.Equal(0, Cli.Run(_dir.Path, "extract", "in", "-t", table, "--locale", "de", "-o", $"{table}.csv", "-q").ExitCode);
        // 59 ';', 34 '"', 76 UTF-8, from line 1, language 1031 de-DE: what the import dialog of a German LibreOffice offers.
        const string german = "CSV:59,34,76,1,,1031";

        var (releases, formulas) = Open("releases.csv", german);
        Assert.False(formulas);
        var injected = releases.Single(r => r[0].Text == "in/b.txt");
        Assert.StartsWith("'=WENN", injected[Array.FindIndex(releases[0], c => c.Text == "title")].Text);
        Assert.Equal(("date", "2024-03-03"), (Column(releases, 2, "date").Type, Column(releases, 2, "date").Value));
        var confidence = Column(releases, 1, "kind_confidence");
        Assert.Equal("float", confidence.Type);
        Assert.InRange(double.Parse(confidence.Value, System.Globalization.CultureInfo.InvariantCulture), 0, 1); // 0,95, not 95

        var (metrics, metricFormulas) = Open("metrics.csv", german);
        Assert.False(metricFormulas);
        Assert.All(metrics.Skip(1), row =>
        {
            Assert.Equal("float", row[Array.FindIndex(metrics[0], c => c.Text == "value")].Type);
            Assert.Equal("float", row[Array.FindIndex(metrics[0], c => c.Text == "confidence")].Type);
        });

        var (quotes, quoteFormulas) = Open("quotes.csv", german);
        Assert.False(quoteFormulas);
        Assert.Contains(quotes, r => r.Any(c => c.Text.StartsWith("'=1+1", StringComparison.Ordinal)));
    }

    [LibreOfficeFact]
    public void Workbook_opens_with_date_cells_numbers_and_no_live_formula()
    {
        Releases();
        Assert.Equal(0, Cli.Run(_dir.Path, "extract", "in", "-o", "r.xlsx", "-q").ExitCode);
        var (rows, formulas) = Open("r.xlsx", "Calc MS Excel 2007 XML");
        Assert.False(formulas);
        Assert.Equal("date", Column(rows, 1, "date").Type);
        Assert.Equal("float", Column(rows, 1, "kind_confidence").Type);
        Assert.Contains(rows, r => r.Any(c => c.Text.StartsWith("=WENN", StringComparison.Ordinal) && c.Type == "string"));
    }

    [GeneratedRegex(@"<table:table-row[^>]*>(.*?)</table:table-row>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex(@"<table:table-cell([^>]*?)(?:/>|>(.*?)</table:table-cell>)", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
