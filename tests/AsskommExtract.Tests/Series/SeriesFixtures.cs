using AsskommExtract.Results;

namespace AsskommExtract.Tests.Series;

/// <summary>Releases written by hand for the series tests: a source, a date and the figures it states.</summary>
internal static class SeriesFixtures
{
    public static Release Rel(string source, string? date, params (string Metric, double Value, string Qualifier)[] figures) => new()
    {
        Source = source,
        Date = date,
        Metrics = figures.Select(f => new Metric
        {
            Name = f.Metric,
            Value = f.Value,
            Qualifier = f.Qualifier,
            Evidence = $"Satz zu {f.Metric} mit {f.Value}.",
        }).ToList(),
    };

    public static Release Other(string source, string date, double value, string qualifier, string noun) => new()
    {
        Source = source,
        Date = date,
        Metrics = [new Metric { Name = "other", Value = value, Qualifier = qualifier, Noun = noun, Evidence = $"{value} {noun} kamen." }],
    };

    /// <summary>Four years of a strategy's figures, as varied releases would state them.</summary>
    public static List<Release> History() =>
    [
        Rel("b/2022-03.txt", "2022-03-17", ("kommunen_beraten", 118, "over"), ("kpr", 22, "exact"), ("coaching", 9, "exact"), ("foerdermittel_eur", 1_250_000, "exact")),
        Rel("a/2020-06.txt", "2020-06-02", ("kommunen_beraten", 71, "exact"), ("kpr", 14, "exact"), ("modellkommunen", 6, "exact")),
        Rel("c/2023-10.txt", "2023-10-05", ("kommunen_beraten", 150, "about"), ("kooperationsvereinbarungen", 61, "exact"), ("coaching", 38, "exact"),
            ("sicherheitsanalysen", 17, "exact"), ("kpr", 31, "at_least"), ("foerdermittel_eur", 900_000, "exact")),
        Rel("d/2024-05.txt", "2024-05-21", ("kommunen_beraten", 162, "exact"), ("kooperationsvereinbarungen", 70, "exact"), ("coaching", 44, "under"),
            ("sicherheitsanalysen", 22, "exact"), ("kommunen_eng", 58, "exact")),
    ];
}
