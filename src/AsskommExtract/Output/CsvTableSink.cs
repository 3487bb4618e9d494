using System.Globalization;
using AsskommExtract.Results;
using CsvHelper;

namespace AsskommExtract.Output;

public enum Table { Releases, Metrics, Municipalities, Quotes, Errors }

/// <summary>
/// One table of the results as CSV (RFC 4180 via CsvHelper, UTF-8, ISO dates, '.' decimal point).
/// Columns are fixed and named as in SPEC.md; every table carries the release's source and date.
/// </summary>
public sealed class CsvTableSink : IReleaseSink
{
    private readonly CsvWriter _csv;
    private readonly Table _table;

    public CsvTableSink(Stream stream, Table table, char delimiter = ',', bool bom = false)
    {
        _table = table;
        var options = new CsvWriterOptions
        {
            Separator = delimiter,
            NewLine = "\r\n", // RFC 4180
            WriteByteOrderMark = bom,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        _csv = CsvWriter.Create(stream, options, true);
        _csv.WriteRecord(Columns(table));
    }

    public static string[] Columns(Table table) => table switch
    {
        Table.Releases => ["source", "date", "title", "kind", "municipalities", "metrics", "quotes", "date_method", "kind_method", "kind_confidence", "error"],
        Table.Metrics => ["source", "date", "metric", "value", "qualifier", "noun", "evidence", "method", "confidence", "start", "end", "page"],
        Table.Municipalities => ["source", "date", "name", "ags", "kreis", "role", "surface", "method", "confidence", "start", "end", "page"],
        Table.Quotes => ["source", "date", "speaker", "speaker_id", "role", "text", "method", "confidence", "start", "end", "page"],
        Table.Errors => ["source", "error"],
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    public void Write(Release r)
    {
        switch (_table)
        {
            case Table.Releases:
                Row(r.Source, r.Date, r.Title, r.Kind, r.Failed ? "" : Num(r.Municipalities.Count), r.Failed ? "" : Num(r.Metrics.Count),
                    r.Failed ? "" : Num(r.Quotes.Count), r.DateMethod, r.KindMethod, Num(r.KindConfidence), r.Error);
                break;
            case Table.Errors:
                if (r.Failed) Row(r.Source, r.Error);
                break;
            case Table.Metrics:
                foreach (var m in r.Metrics)
                    Row(r.Source, r.Date, m.Name, Num(m.Value), m.Qualifier, m.Noun, m.Evidence, m.Method, Num(m.Confidence), Num(m.Start), Num(m.End), Num(m.Page));
                break;
            case Table.Municipalities:
                foreach (var m in r.Municipalities)
                    Row(r.Source, r.Date, m.Name, m.Ags, m.Kreis, m.Role, m.Surface, m.Method, Num(m.Confidence), Num(m.Start), Num(m.End), Num(m.Page));
                break;
            case Table.Quotes:
                foreach (var q in r.Quotes)
                    Row(r.Source, r.Date, q.Speaker, q.SpeakerId, q.Role, q.Text, q.Method, Num(q.Confidence), Num(q.Start), Num(q.End), Num(q.Page));
                break;
        }
    }

    private void Row(params string?[] fields)
    {
        foreach (var f in fields) _csv.WriteField(f ?? "");
        _csv.EndRecord();
    }

    private static string Num(double? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";

    public void Complete() => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}
