using System.Text.RegularExpressions;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Kinds;

/// <summary>
/// The wording that names a release's kind, in a headline and in a lead: the kind component decides
/// with it, and the municipality roles ask it of a heading ("Zittau tritt bei" names an event).
/// </summary>
internal static class KindRules
{
    // The kinds in rule order: a headline naming several is decided by the first (FromHeadline).
    private static readonly string[] Kinds = ["fachtag", "kpr", "beitritt", "bilanz", "foerderung", "sonstiges"];

    // data/lexicon/kinds.tsv: headline_<kind> is a headline's wording of a kind ("4. Fachtag", "tritt bei").
    private static readonly (string Kind, Regex Rule)[] HeadlineRules = Rules("headline_");

    // lead_<kind> is what the first paragraphs say when the headline does not: "… haben eine
    // Kooperationsvereinbarung unterzeichnet", "fand der 4. Fachtag statt", "wurde als 100. Kommune beraten".
    private static readonly (string Kind, Regex Rule)[] LeadRules = Rules("lead_");

    private static (string Kind, Regex Rule)[] Rules(string prefix) =>
        [.. Kinds.Select(k => (k, new Regex(Lexicon.Alternatives("kinds", prefix + k), RegexOptions.IgnoreCase)))];

    /// <summary>The kinds whose headline wording <paramref name="text"/> has, in rule order.</summary>
    internal static List<string> InHeadline(string text) => Matching(HeadlineRules, text);

    private static List<string> Matching((string Kind, Regex Rule)[] rules, string text)
    {
        var found = new List<string>();
        foreach (var (kind, rule) in rules)
            if (rule.IsMatch(text)) found.Add(kind);
        return found;
    }

    /// <summary>The first kind whose headline wording matches, and how many kinds matched.</summary>
    internal static (string? Kind, int Matches) FromHeadline(string title)
    {
        var found = InHeadline(title);
        return (found.FirstOrDefault(), found.Count);
    }

    /// <summary>The kind the lead states first, or null when it states none ("… gründete zudem einen Präventionsrat" after "… Kooperationsvereinbarung unterzeichnet" is a joining town's plan).</summary>
    internal static string? FromLead(string lead, IReadOnlySet<string>? among = null)
    {
        string? best = null;
        int at = int.MaxValue;
        foreach (var (kind, rule) in LeadRules)
        {
            if (among is not null && !among.Contains(kind)) continue;
            var m = rule.Match(lead);
            if (m.Success && m.Index < at) (best, at) = (kind, m.Index);
        }
        return best;
    }
}
