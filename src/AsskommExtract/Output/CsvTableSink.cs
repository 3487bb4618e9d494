using System.Globalization;
using AsskommExtract.Results;
using CsvHelper;

namespace AsskommExtract.Output;

public enum Table { Releases, Metrics, Municipalities, Quotes, Errors }

/// <summary>
/// One table of the results as CSV (RFC 4180 via CsvHelper, UTF-8, ISO dates, the <see cref="CsvDialect"/>'s
/// separator and decimal mark). Columns are fixed and named as in SPEC.md; every table carries the release's
/// source and date.
/// </summary>
public sealed class CsvTableSink : IReleaseSink
{
    private readonly CsvWriter _csv;
    private readonly Table _table;
    private readonly CsvDialect _dialect;

    public CsvTableSink(Stream stream, Table table, CsvDialect? dialect = null)
    {
        _table = table;
        _dialect = dialect ?? CsvDialect.Standard;
        _csv = CreateWriter(stream, _dialect);
        _csv.WriteRecord(Columns(table));
    }

    /// <summary>The project's CSV writer, shared by every CSV output; leaves the stream open.</summary>
    public static CsvWriter CreateWriter(Stream stream, CsvDialect dialect) => CsvWriter.Create(stream, new CsvWriterOptions
    {
        Separator = dialect.Delimiter,
        NewLine = "\r\n", // RFC 4180
        WriteByteOrderMark = dialect.Bom,
        FormatProvider = CultureInfo.InvariantCulture,
    }, true);

    /// <summary>A whole table (a header, then rows of <see cref="Rows"/>-style cells) in the project's CSV dialect.</summary>
    public static void WriteTable(Stream stream, IReadOnlyList<string> columns, IEnumerable<object?[]> rows, CsvDialect dialect)
    {
        using var csv = CreateWriter(stream, dialect);
        csv.WriteRecord(columns.ToArray());
        foreach (var row in rows)
        {
            foreach (var field in row) csv.WriteField(dialect.Field(field));
            csv.EndRecord();
        }
        csv.Flush();
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
        foreach (var row in Rows(_table, r))
        {
            foreach (var field in row) _csv.WriteField(_dialect.Field(field));
            _csv.EndRecord();
        }
        // A release's rows go out together: a closed pipe (| head -1) then stops the run at the next
        // release instead of after the writer's buffer fills, which for a small table may be never.
        _csv.Flush();
    }

    /// <summary>
    /// The rows one release adds to a table, in <see cref="Columns"/> order: text as string, numbers as
    /// double (so a spreadsheet sink can keep them numeric), null for empty.
    /// </summary>
    public static IEnumerable<object?[]> Rows(Table table, Release r)
    {
        switch (table)
        {
            case Table.Releases:
                yield return [r.Source, r.Date, r.Title, r.Kind, Count(r, r.Municipalities.Count), Count(r, r.Metrics.Count),
                    Count(r, r.Quotes.Count), r.DateMethod, r.KindMethod, r.KindConfidence, r.Error];
                break;
            case Table.Errors:
                if (r.Failed) yield return [r.Source, r.Error];
                break;
            case Table.Metrics:
                foreach (var m in r.Metrics)
                    yield return [r.Source, r.Date, m.Name, m.Value, m.Qualifier, m.Noun, m.Evidence, m.Method, m.Confidence, (double)m.Start, (double)m.End, (double?)m.Page];
                break;
            case Table.Municipalities:
                foreach (var m in r.Municipalities)
                    yield return [r.Source, r.Date, m.Name, m.Ags, m.Kreis, m.Role, m.Surface, m.Method, m.Confidence, (double)m.Start, (double)m.End, (double?)m.Page];
                break;
            case Table.Quotes:
                foreach (var q in r.Quotes)
                    yield return [r.Source, r.Date, q.Speaker, q.SpeakerId, q.Role, q.Text, q.Method, q.Confidence, (double)q.Start, (double)q.End, (double?)q.Page];
                break;
        }
    }

    private static double? Count(Release r, int count) => r.Failed ? null : count;

    public void Complete() => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}
