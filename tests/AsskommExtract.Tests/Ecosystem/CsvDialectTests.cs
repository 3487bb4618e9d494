using System.Text;
using AsskommExtract.Cli;
using AsskommExtract.Cli.Commands;
using AsskommExtract.Output;
using AsskommExtract.Results;

namespace AsskommExtract.Tests.Ecosystem;

/// <summary>CSV that spreadsheets read right: the German preset, .tsv, and cells that can never be formulas.</summary>
public sealed class CsvDialectTests
{
    private static Release Sample(string title, string quote = "Wir sind dabei.")
    {
        var r = new Release { Source = "a.txt", Date = "2023-08-09", Title = title, Kind = "beitritt", KindConfidence = 0.855 };
        r.Metrics.Add(new Metric { Name = "kpr", Value = 34, Qualifier = "exact", Evidence = "34 Räte.", Confidence = 0.85, Method = "rule" });
        r.Quotes.Add(new Quote { Speaker = "Petra Beispiel", Text = quote, Confidence = 0.9, Method = "rule" });
        return r;
    }

    private static string Csv(Release r, Table table, CsvDialect dialect)
    {
        using var ms = new MemoryStream();
        using (var sink = new CsvTableSink(ms, table, dialect))
        {
            sink.Write(r);
            sink.Complete();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void German_preset_writes_semicolons_decimal_commas_and_a_bom()
    {
        var csv = Csv(Sample("Oschatz tritt bei"), Table.Releases, CsvDialect.German);
        Assert.StartsWith("\uFEFFsource;date;title;", csv);
        Assert.Contains(";2023-08-09;Oschatz tritt bei;beitritt;", csv);
        Assert.Contains(";0,855;", csv); // not 0.855, which LibreOffice de-DE reads as 855 or as text
        Assert.DoesNotContain("0.855", csv);
    }

    [Fact]
    public void Standard_csv_keeps_the_decimal_point_and_no_bom()
    {
        var csv = Csv(Sample("Oschatz tritt bei"), Table.Metrics, CsvDialect.Standard);
        Assert.StartsWith("source,date,metric,", csv);
        Assert.Contains(",rule,0.85,", csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.org\",\"Klick hier\")")]
    [InlineData("+49 351 1234")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void A_cell_a_spreadsheet_would_evaluate_gets_a_leading_apostrophe(string title)
    {
        foreach (var dialect in new[] { CsvDialect.Standard, CsvDialect.German })
        {
            var row = Csv(Sample(title, quote: title), Table.Releases, dialect).Split("\r\n")[1];
            Assert.Equal("'" + title, CsvDialect.Neutralise(title));
            Assert.Contains("'" + title.Replace("\"", "\"\""), row);
            var quotes = Csv(Sample(title, quote: title), Table.Quotes, dialect);
            Assert.Contains("'" + title.Replace("\"", "\"\""), quotes);
        }
    }

    [Fact]
    public void Ordinary_text_and_numbers_are_not_touched()
    {
        Assert.Equal("Oschatz = dabei", CsvDialect.Neutralise("Oschatz = dabei"));
        Assert.Equal("-3", CsvDialect.Standard.Field(-3.0)); // a number, never a formula
        Assert.Equal("1500000", CsvDialect.German.Field(1_500_000.0)); // no thousands separator to misread
        Assert.Equal("2,5", CsvDialect.German.Field(2.5));
    }

    private static CsvDialect Dialect(params string[] args)
    {
        var parse = ExtractCommand.Create().Parse(["r.txt", .. args]);
        Assert.Empty(parse.Errors);
        return CommonOptions.Dialect(parse, parse.GetValue(CommonOptions.OutputFile));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("de-DE")]
    [InlineData("de_DE")]
    [InlineData("de-AT")]
    public void Locale_de_names_the_german_preset(string locale) => Assert.Equal(CsvDialect.German, Dialect("--locale", locale));

    [Fact]
    public void Delimiter_and_bom_apply_on_top_of_the_locale_and_tsv_means_tab()
    {
        Assert.Equal(CsvDialect.Standard, Dialect());
        Assert.Equal(CsvDialect.German with { Delimiter = '\t' }, Dialect("-L", "de", "-d", "tab"));
        Assert.Equal(CsvDialect.Standard with { Delimiter = '\t' }, Dialect("-o", "out.tsv"));
        Assert.Equal(CsvDialect.Standard with { Delimiter = ';' }, Dialect("-o", "out.tsv", "-d", ";"));
        Assert.Equal(CsvDialect.Standard with { Bom = true }, Dialect("--bom"));
    }

    [Theory]
    [InlineData("--locale", "fr")]
    [InlineData("--locale", "de-CH")] // Swiss German writes a decimal point
    [InlineData("-d", "\"")]
    public void Unknown_locale_or_a_quote_as_delimiter_is_a_usage_error(string option, string value)
    {
        var errors = ExtractCommand.Create().Parse(["r.txt", option, value]).Errors;
        Assert.Contains(errors, e => e.Message.StartsWith(option.TrimStart('-') is "d" ? "--delimiter" : option, StringComparison.Ordinal));
    }
}
