using AsskommExtract.Results;

namespace AsskommExtract.Output.Series;

/// <summary>One statement of a figure in one release: a row of the long-form series.</summary>
public sealed record SeriesRow(string Date, string Metric, double Value, string Qualifier, string? Noun, string Source, string Evidence)
{
    /// <summary>Another statement of the same metric on the same date says something else (another value or qualifier).</summary>
    public bool Conflict { get; init; }

    /// <summary>The figure as a spreadsheet user reads it (&gt;140, ~230), with the noun for "other" counts.</summary>
    public string Shown => SeriesMetrics.Show(Value, Qualifier) + (Noun is null ? "" : " " + Noun);
}

/// <summary>A running total that is certainly lower than an earlier release said.</summary>
public sealed record FallWarning(SeriesRow Earlier, SeriesRow Later)
{
    public string Metric => Later.Metric;

    public string Message =>
        $"{Metric} falls from {Earlier.Shown} ({Earlier.Source}, {Earlier.Date}) to {Later.Shown} ({Later.Source}, {Later.Date})";
}

/// <summary>The figures of a set of releases over time, sorted by metric, date and source.</summary>
public sealed class TimeSeries
{
    /// <summary>The metrics the series covers, in column order: those asked for, or every known one that applies.</summary>
    public required IReadOnlyList<string> Metrics { get; init; }
    public required IReadOnlyList<SeriesRow> Rows { get; init; }
    public required IReadOnlyList<FallWarning> Warnings { get; init; }
    /// <summary>Releases left out because they have no date.</summary>
    public required IReadOnlyList<string> Undated { get; init; }

    /// <summary>
    /// Builds the series of <paramref name="releases"/>: only <paramref name="metrics"/> when given,
    /// otherwise every metric except "other" (unless <paramref name="includeOther"/>). Failed releases
    /// are skipped; releases without a date are listed in <see cref="Undated"/> and left out.
    /// <paramref name="derived"/> adds rows computed from the releases (the register's member count): it
    /// is called once all releases are read.
    /// </summary>
    public static TimeSeries Build(IEnumerable<Release> releases, IReadOnlyCollection<string>? metrics = null, bool includeOther = false,
        Func<IEnumerable<SeriesRow>>? derived = null)
    {
        bool asked = metrics is { Count: > 0 };
        bool Selected(string name) => asked ? metrics!.Contains(name) : includeOther || name != MetricNames.Other;

        var rows = new List<SeriesRow>();
        var undated = new List<string>();
        foreach (var release in releases)
        {
            if (release.Failed) continue;
            if (release.Date is null)
            {
                undated.Add(release.Source);
                continue;
            }
            foreach (var m in release.Metrics)
                if (Selected(m.Name)) rows.Add(new SeriesRow(release.Date, m.Name, m.Value, m.Qualifier, m.Noun, release.Source, m.Evidence));
        }
        if (derived is not null) rows.AddRange(derived());
        // A stable sort: rows equal in metric, date, source and value (one release stating "über 100" and
        // 100) keep the order the release states them in. List.Sort is unstable and swapped them from
        // one run to the next, as the rest of the series around them changed.
        rows = [.. rows.Order(Comparer<SeriesRow>.Create(Order))];
        MarkConflicts(rows);

        var columns = asked
            ? metrics!.Distinct().ToList()
            : MetricNames.All.Where(Selected).Union(rows.Select(r => r.Metric)).Order(Comparer<string>.Create(SeriesMetrics.Compare)).ToList();
        return new TimeSeries { Metrics = columns, Rows = rows, Warnings = Falls(rows), Undated = undated };
    }

    private static int Order(SeriesRow a, SeriesRow b)
    {
        int c = SeriesMetrics.Compare(a.Metric, b.Metric);
        if (c == 0) c = string.CompareOrdinal(a.Date, b.Date);
        if (c == 0) c = string.CompareOrdinal(a.Source, b.Source);
        if (c == 0) c = a.Value.CompareTo(b.Value);
        return c;
    }

    /// <summary>
    /// Marks every statement of a (metric, date) that has more than one distinct (value, qualifier).
    /// "other" is a grab bag of unrelated counts (students, talks), so its figures never conflict.
    /// </summary>
    private static void MarkConflicts(List<SeriesRow> rows)
    {
        foreach (var (start, end) in Groups(rows))
        {
            if (rows[start].Metric == MetricNames.Other) continue;
            bool conflict = false;
            for (int i = start + 1; i < end && !conflict; i++)
                conflict = rows[i].Value != rows[start].Value || rows[i].Qualifier != rows[start].Qualifier;
            if (!conflict) continue;
            for (int i = start; i < end; i++) rows[i] = rows[i] with { Conflict = true };
        }
    }

    /// <summary>
    /// For running totals: each statement is checked against the strongest earlier claim (the highest
    /// lowest-possible value of any earlier date). Qualifiers widen a figure into a range, so only a
    /// certain fall warns: "über 140" then 144 does not, 144 then "über 140" does not, 144 then 140 does.
    /// </summary>
    private static List<FallWarning> Falls(List<SeriesRow> rows)
    {
        var warnings = new List<FallWarning>();
        SeriesRow? strongest = null;
        foreach (var (start, end) in Groups(rows))
        {
            if (start > 0 && rows[start - 1].Metric != rows[start].Metric) strongest = null;
            if (!SeriesMetrics.Cumulative.Contains(rows[start].Metric)) continue;
            for (int i = start; i < end; i++)
                if (strongest is not null && Highest(rows[i]) < Lowest(strongest)) warnings.Add(new FallWarning(strongest, rows[i]));
            for (int i = start; i < end; i++)
                if (strongest is null || Lowest(rows[i]) > Lowest(strongest)) strongest = rows[i];
        }
        return warnings;
    }

    // "rund"/"knapp" figures are read as within a tenth of the stated value; "über 140" as at least 140 (lenient: no false alarms).
    private static double Lowest(SeriesRow r) => r.Qualifier is "about" or "under" ? r.Value * 0.9 : r.Value;

    private static double Highest(SeriesRow r) => r.Qualifier switch
    {
        "over" or "at_least" => double.PositiveInfinity,
        "about" => r.Value * 1.1,
        _ => r.Value,
    };

    /// <summary>The [start, end) ranges of rows sharing metric and date (rows are sorted).</summary>
    private static IEnumerable<(int Start, int End)> Groups(List<SeriesRow> rows)
    {
        for (int start = 0; start < rows.Count;)
        {
            int end = start + 1;
            while (end < rows.Count && rows[end].Metric == rows[start].Metric && rows[end].Date == rows[start].Date) end++;
            yield return (start, end);
            start = end;
        }
    }
}
