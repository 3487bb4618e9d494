namespace AsskommExtract.Results;

/// <summary>SPEC.md's metric vocabulary, in SPEC.md's order (series rows, wide columns and chart legends follow it).</summary>
public static class MetricNames
{
    /// <summary>Any other count; carries its noun and is not scored.</summary>
    public const string Other = "other";

    /// <summary>Funding per year, in euros: a different scale from the counts.</summary>
    public const string Funding = "foerdermittel_eur";

    public static readonly IReadOnlyList<string> All =
    [
        "kommunen_beraten", "kommunen_beteiligt", "kommunen_eng", "kpr", "kooperationsvereinbarungen",
        "coaching", "sicherheitsanalysen", Funding, "modellkommunen", Other,
    ];
}
