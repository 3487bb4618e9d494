using System.Globalization;
using System.Text.Json;

namespace AsskommExtract.Output.Series;

/// <summary>Writes a <see cref="TimeSeries"/> as CSV, JSON or xlsx, in long form or wide (one row per date).</summary>
public static class SeriesWriter
{
    public static readonly IReadOnlyList<string> LongColumns =
        ["date", "metric", "value", "qualifier", "shown", "noun", "conflict", "source", "evidence"];

    private static readonly IReadOnlyList<string> WarningColumns =
        ["metric", "earlier_date", "earlier_value", "earlier_source", "later_date", "later_value", "later_source", "message"];

    public static void WriteCsv(Stream stream, TimeSeries series, bool wide, CsvDialect? dialect = null)
    {
        dialect ??= CsvDialect.Standard;
        var (columns, rows) = Table(series, wide, dialect.FigureText);
        CsvTableSink.WriteTable(stream, columns, rows, dialect);
    }

    /// <summary>{"series": [...], "warnings": [...], "undated": [...]}: rows as objects named by the columns.</summary>
    public static void WriteJson(Stream stream, TimeSeries series, bool wide)
    {
        using (var json = new Utf8JsonWriter(stream, ReleaseJson.WriterOptions(indented: true)))
        {
            json.WriteStartObject();
            json.WriteStartArray("series");
            if (wide) foreach (var row in WideTable.From(series).Rows) WriteWide(json, series.Metrics, row);
            else foreach (var row in series.Rows) WriteLong(json, row);
            json.WriteEndArray();
            json.WriteStartArray("warnings");
            foreach (var w in series.Warnings)
            {
                json.WriteStartObject();
                json.WriteString("metric", w.Metric);
                json.WritePropertyName("earlier");
                Figure(json, w.Earlier);
                json.WritePropertyName("later");
                Figure(json, w.Later);
                json.WriteString("message", w.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStrings("undated", series.Undated);
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>A workbook with the sheets "series" and "warnings"; plain figures stay numbers.</summary>
    public static void WriteXlsx(Stream stream, TimeSeries series, bool wide)
    {
        var (columns, rows) = Table(series, wide, shown => shown);
        XlsxWorkbook.Write(stream,
        [
            new XlsxSheet("series", columns, rows),
            new XlsxSheet("warnings", WarningColumns, series.Warnings.Select(w => new object?[]
                { w.Metric, w.Earlier.Date, w.Earlier.Shown, w.Earlier.Source, w.Later.Date, w.Later.Shown, w.Later.Source, w.Message })),
        ]);
        stream.Flush();
    }

    /// <param name="figureText">How a figure shown as text is written (CSV: in the dialect's decimal mark).</param>
    private static (IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows) Table(TimeSeries series, bool wide, Func<string, string> figureText)
    {
        if (!wide)
            return (LongColumns, series.Rows.Select(r => new object?[]
                { r.Date, r.Metric, r.Value, r.Qualifier, figureText(r.Shown), r.Noun, r.Conflict ? "yes" : "", r.Source, r.Evidence }));
        var table = WideTable.From(series);
        // Wide cells are text ("~230", "53 | 54"); those that are a plain number become numbers, so a
        // spreadsheet can sum them and a German CSV writes them with a decimal comma.
        return (table.Columns, table.Rows.Select(r => new object?[] { r.Date }
            .Concat(r.Cells.Select(c => Cell(c) switch { string text => figureText(text), var number => number })).Append(string.Join(' ', r.Conflicts)).Append(string.Join(' ', r.Sources)).ToArray()));
    }

    private static void WriteLong(Utf8JsonWriter json, SeriesRow r)
    {
        json.WriteStartObject();
        json.WriteString("date", r.Date);
        json.WriteString("metric", r.Metric);
        json.WriteNumber("value", r.Value);
        json.WriteString("qualifier", r.Qualifier);
        json.WriteString("shown", r.Shown);
        if (r.Noun is not null) json.WriteString("noun", r.Noun);
        json.WriteBoolean("conflict", r.Conflict);
        json.WriteString("source", r.Source);
        json.WriteString("evidence", r.Evidence);
        json.WriteEndObject();
    }

    private static void WriteWide(Utf8JsonWriter json, IReadOnlyList<string> metrics, WideRow r)
    {
        json.WriteStartObject();
        json.WriteString("date", r.Date);
        for (int i = 0; i < metrics.Count; i++)
        {
            switch (Cell(r.Cells[i]))
            {
                case null: json.WriteNull(metrics[i]); break;
                case double number: json.WriteNumber(metrics[i], number); break;
                case var text: json.WriteString(metrics[i], (string)text); break;
            }
        }
        json.WriteStrings("conflict", r.Conflicts);
        json.WriteStrings("sources", r.Sources);
        json.WriteEndObject();
    }

    private static void Figure(Utf8JsonWriter json, SeriesRow r)
    {
        json.WriteStartObject();
        json.WriteString("date", r.Date);
        json.WriteNumber("value", r.Value);
        json.WriteString("qualifier", r.Qualifier);
        json.WriteString("source", r.Source);
        json.WriteEndObject();
    }

    /// <summary>A wide cell: null when not stated, a double when it is a plain number, else its text.</summary>
    private static object? Cell(string shown) =>
        shown.Length == 0 ? null
        : double.TryParse(shown, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value
        : shown;
}
