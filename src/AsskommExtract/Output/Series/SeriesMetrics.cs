using System.Collections.Frozen;
using System.Globalization;
using AsskommExtract.Results;

namespace AsskommExtract.Output.Series;

/// <summary>What the series knows about SPEC.md's metric names: their order, labels, and which are running totals.</summary>
public static class SeriesMetrics
{
    private static readonly FrozenDictionary<string, int> Rank =
        MetricNames.All.Select((name, i) => (name, i)).ToFrozenDictionary(p => p.name, p => p.i);

    /// <summary>
    /// Running totals that can only grow: advice given, councils founded, agreements signed, coaching
    /// started, analyses done. Not kommunen_beteiligt and kommunen_eng: they count who takes part or works
    /// closely now, and a municipality can drop out. Not funding (per year) nor the fixed set of model towns.
    /// </summary>
    public static readonly FrozenSet<string> Cumulative =
        FrozenSet.ToFrozenSet(["kommunen_beraten", "kpr", "kooperationsvereinbarungen", "coaching", "sicherheitsanalysen"]);

    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["kommunen_beraten"] = "Municipalities advised",
        ["kommunen_beteiligt"] = "Municipalities taking part",
        ["kommunen_eng"] = "Municipalities in close cooperation",
        ["kpr"] = "Prevention councils (KPR)",
        ["kooperationsvereinbarungen"] = "Cooperation agreements",
        ["coaching"] = "Coaching processes",
        ["sicherheitsanalysen"] = "Security analyses",
        [MetricNames.Funding] = "Funding per year",
        ["modellkommunen"] = "Model municipalities",
        [MetricNames.Other] = "Other counts",
        [Register.MemberRegister.MembersMetric] = "Members (joins found in the releases)",
    }.ToFrozenDictionary();

    /// <summary>The metric's place in <see cref="Known"/>, null for an unknown name (charts give each metric a fixed colour by it).</summary>
    public static int? Position(string metric) => Rank.TryGetValue(metric, out int rank) ? rank : null;

    public static string Label(string metric) => Labels.GetValueOrDefault(metric, metric);

    /// <summary>Known metrics in SPEC order, unknown names after them in ordinal order.</summary>
    public static int Compare(string a, string b)
    {
        int ra = Rank.GetValueOrDefault(a, int.MaxValue), rb = Rank.GetValueOrDefault(b, int.MaxValue);
        return ra != rb ? ra.CompareTo(rb) : string.CompareOrdinal(a, b);
    }

    /// <summary>A figure as a spreadsheet user reads it: &gt;140 (over), ~230 (about), &lt;50 (under), &gt;=10 (at least), 53 (exact).</summary>
    public static string Show(double value, string qualifier) => qualifier switch
    {
        "over" => ">",
        "about" => "~",
        "under" => "<",
        "at_least" => ">=",
        _ => "",
    } + value.ToString("0.###", CultureInfo.InvariantCulture);
}
