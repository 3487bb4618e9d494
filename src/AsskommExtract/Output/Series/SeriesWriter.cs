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

    public static void WriteCsv(Stream stream, TimeSeries series, bool wide, char delimiter = ',', bool bom = false)
    {
        var (columns, rows) = Table(series, wide);
        CsvTableSink.WriteTable(stream, columns, rows, delimiter, bom);
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
            json.WriteStartArray("undated");
            foreach (var source in series.Undated) json.WriteStringValue(source);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>A workbook with the sheets "series" and "warnings"; plain figures stay numbers.</summary>
    public static void WriteXlsx(Stream stream, TimeSeries series, bool wide)
    {
        var (columns, rows) = Table(series, wide);
        // Wide cells are text ("~230", "53 | 54"); those that are a plain number become numeric cells.
        if (wide) rows = rows.Select(row => row.Select(f => f is string s && IsPlainNumber(s, out var v) ? v : f).ToArray());
        XlsxWorkbook.Write(stream,
        [
            new XlsxSheet("series", columns, rows),
            new XlsxSheet("warnings", WarningColumns, series.Warnings.Select(w => new object?[]
                { w.Metric, w.Earlier.Date, w.Earlier.Shown, w.Earlier.Source, w.Later.Date, w.Later.Shown, w.Later.Source, w.Message })),
        ]);
        stream.Flush();
    }

    private static (IReadOnlyList<string> Columns, IEnumerable<object?[]> Rows) Table(TimeSeries series, bool wide)
    {
        if (!wide)
            return (LongColumns, series.Rows.Select(r => new object?[]
                { r.Date, r.Metric, r.Value, r.Qualifier, r.Shown, r.Noun, r.Conflict ? "yes" : "", r.Source, r.Evidence }));
        var table = WideTable.From(series);
        return (table.Columns, table.Rows.Select(r => new object?[] { r.Date }
            .Concat(r.Cells).Append(string.Join(' ', r.Conflicts)).Append(string.Join(' ', r.Sources)).ToArray()));
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
            if (r.Cells[i].Length == 0) json.WriteNull(metrics[i]);
            else json.WriteString(metrics[i], r.Cells[i]);
        }
        json.WriteStartArray("conflict");
        foreach (var m in r.Conflicts) json.WriteStringValue(m);
        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var s in r.Sources) json.WriteStringValue(s);
        json.WriteEndArray();
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

    private static bool IsPlainNumber(string s, out double value) =>
        double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
