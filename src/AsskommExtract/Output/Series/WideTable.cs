namespace AsskommExtract.Output.Series;

/// <summary>One date of the wide form: a cell per metric ("" when not stated), the conflicting metrics, the releases of that date.</summary>
public sealed record WideRow(string Date, IReadOnlyList<string> Cells, IReadOnlyList<string> Conflicts, IReadOnlyList<string> Sources);

/// <summary>
/// The series as a spreadsheet wants it: one row per date, one column per metric. A cell shows the
/// figure with its qualifier (&gt;140, ~230); when statements of a date disagree it shows each distinct
/// one, "53 | 54", and the metric is named in the row's conflicts.
/// </summary>
public sealed class WideTable
{
    public const string Separator = " | ";

    public required IReadOnlyList<string> Metrics { get; init; }
    public required IReadOnlyList<WideRow> Rows { get; init; }

    public IReadOnlyList<string> Columns => ["date", .. Metrics, "conflict", "sources"];

    public static WideTable From(TimeSeries series)
    {
        var column = series.Metrics.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i);
        var rows = new List<WideRow>();
        foreach (var date in series.Rows.GroupBy(r => r.Date).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var cells = new string[series.Metrics.Count];
            foreach (var byMetric in date.GroupBy(r => r.Metric))
                cells[column[byMetric.Key]] = string.Join(Separator, byMetric.Select(r => r.Shown).Distinct());
            rows.Add(new WideRow(
                date.Key,
                cells.Select(c => c ?? "").ToList(),
                date.Where(r => r.Conflict).Select(r => r.Metric).Distinct().ToList(),
                date.Select(r => r.Source).Distinct().Order(StringComparer.Ordinal).ToList()));
        }
        return new WideTable { Metrics = series.Metrics, Rows = rows };
    }
}
