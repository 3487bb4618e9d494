using System.Text.RegularExpressions;
using AsskommExtract.Documents;
using AsskommExtract.Models;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;

namespace AsskommExtract.Extractors.Kinds;

/// <summary>
/// The release's kind (beitritt, bilanz, fachtag, kpr, foerderung, sonstiges). The headline says it
/// in most releases, so rules read the headline first; when it is silent the "kind" model reads
/// headline and lead. A text that never speaks of ASSKomm or municipal prevention is "sonstiges".
/// </summary>
public sealed partial class KindExtractor : IExtractor
{
    public const string ModelName = "kind";

    public void Extract(Document document, Release release)
    {
        if (!IsAboutAsskomm(document.Text))
        {
            Set(release, "sonstiges", "rule", 0.9);
            return;
        }
        var title = document.Title ?? "";
        if (FromHeadline(title) is { } kind)
        {
            Set(release, kind, "rule", 0.95);
            return;
        }
        var lead = Lead(document);
        var model = TextClassifier.Get(ModelName);
        if (model is not null)
        {
            var (label, confidence) = model.Predict(title + " | " + lead);
            Set(release, label, "ml", confidence);
            return;
        }
        Set(release, FromHeadline(lead) ?? "sonstiges", "rule", 0.5);
    }

    /// <summary>Headline and first paragraph: what a reader skims to tell the kind.</summary>
    internal static string Lead(Document document)
    {
        var parts = document.Blocks.Where(b => b.Kind != BlockKind.Title).Take(2).Select(document.Slice);
        var lead = string.Join(" ", parts);
        return lead.Length > 600 ? lead[..600] : lead;
    }

    private static void Set(Release release, string kind, string method, double confidence)
    {
        release.Kind = kind;
        release.KindMethod = method;
        release.KindConfidence = confidence;
    }

    internal static string? FromHeadline(string title)
    {
        if (FachtagRegex().IsMatch(title)) return "fachtag";
        if (KprRegex().IsMatch(title)) return "kpr";
        if (BeitrittRegex().IsMatch(title)) return "beitritt";
        if (BilanzRegex().IsMatch(title)) return "bilanz";
        if (FoerderungRegex().IsMatch(title)) return "foerderung";
        return null;
    }

    /// <summary>Whether a text speaks of ASSKomm or municipal prevention at all.</summary>
    internal static bool IsAboutAsskomm(string text) => AboutAsskommRegex().IsMatch(text);

    [GeneratedRegex(@"ASSKomm|Allianz\s+Sichere\s+Sächsische\s+Kommunen|Landespräventionsrat|kommunale[nr]?\s+Prävention|Kommunal(?:er|en)?\s*Präventionsr", RegexOptions.IgnoreCase)]
    private static partial Regex AboutAsskommRegex();

    [GeneratedRegex(@"Fachtag|Fachtagung|Fachkonferenz|Konferenz|Kongress|Symposium|Vernetzungstreffen|Netzwerktreffen|Präventionstag", RegexOptions.IgnoreCase)]
    private static partial Regex FachtagRegex();

    [GeneratedRegex(@"(Kommunal(?:er|en)?\s*Präventionsr|Präventionsrat|\bKPR\b).*(gegründet|gründe|konstitu|tagt|Sitzung|nimmt\s+Arbeit|ins\s+Leben|Auftakt|startet|neu)|(gegründet|gründe|konstitu|Auftakt).*(Präventionsrat|\bKPR\b)", RegexOptions.IgnoreCase)]
    private static partial Regex KprRegex();

    [GeneratedRegex(@"\btritt\b.*\bbei\b|\btreten\b.*\bbei\b|Beitritt|beigetreten|\bwird\s+\d+\.\s+(Kommune|Mitglied)|Kooperationsvereinbarung|unterzeichne|unterschreib|schließ(t|en)\s+sich\b.*\ban\b|neue[rs]?\s+(Mitglied|Partner)|Verbund\s+wächst|Allianz\s+wächst|(ist|sind)\s+(jetzt|nun)\s+(Teil|dabei)", RegexOptions.IgnoreCase)]
    private static partial Regex BeitrittRegex();

    [GeneratedRegex(@"Bilanz|Jahresrückblick|Rückblick|\b(ein|zwei|drei|vier|fünf|sechs|\d+)\s+Jahre?\b|Jahrestag|Zwischenstand|in\s+Zahlen", RegexOptions.IgnoreCase)]
    private static partial Regex BilanzRegex();

    [GeneratedRegex(@"Förder|Zuschuss|Zuschüsse|Millionen|\bMio\.|\bEuro\b|finanzielle", RegexOptions.IgnoreCase)]
    private static partial Regex FoerderungRegex();
}
