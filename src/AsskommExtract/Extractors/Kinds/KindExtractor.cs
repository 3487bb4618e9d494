using System.Text.RegularExpressions;
using AsskommExtract.Documents;
using AsskommExtract.Models;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;

namespace AsskommExtract.Extractors.Kinds;

/// <summary>
/// The release's kind (beitritt, bilanz, fachtag, kpr, foerderung, sonstiges). A text that never
/// speaks of ASSKomm or municipal prevention is "sonstiges". Otherwise the headline decides when
/// exactly one kind's wording is in it ("… tritt ASSKomm-Verbund bei", "Fachtag in …"); when none
/// or several are ("Zittau gründet Präventionsrat und tritt bei", "Förderung … auf Fachtag
/// vorgestellt"), the "kind" model reads headline and lead.
/// </summary>
public sealed partial class KindExtractor : IExtractor
{
    public const string ModelName = "kind";

    private static readonly (string Kind, Func<Regex> Rule)[] HeadlineRules =
    [
        ("fachtag", FachtagRegex),
        ("kpr", KprRegex),
        ("beitritt", BeitrittRegex),
        ("bilanz", BilanzRegex),
        ("foerderung", FoerderungRegex),
    ];

    public void Extract(Document document, Release release)
    {
        if (!AboutAsskommRegex().IsMatch(document.Text))
        {
            Set(release, "sonstiges", "rule", 0.9);
            return;
        }
        var title = document.Title ?? "";
        var (kind, matches) = FromHeadline(title);
        if (matches == 1)
        {
            Set(release, kind!, "rule", 0.95);
            return;
        }
        var model = TextClassifier.Get(ModelName);
        if (model is not null)
        {
            var (label, confidence) = model.Predict(title + " | " + Lead(document));
            Set(release, label, "ml", confidence);
            return;
        }
        Set(release, kind ?? "sonstiges", "rule", 0.5);
    }

    /// <summary>The first one or two sentences after the headline and sub-headings, the length the model was trained on: what a reader skims to tell the kind.</summary>
    internal static string Lead(Document document)
    {
        var body = document.Blocks.FirstOrDefault(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem);
        if (body.Length == 0) return "";
        int end = body.Start;
        foreach (var s in document.Sentences)
        {
            if (s.Start < body.Start) continue;
            if (s.Start >= body.End || (end > body.Start && s.End - body.Start > 400)) break;
            end = s.End;
        }
        return document.Text[body.Start..Math.Min(Math.Max(end, body.Start + 1), body.Start + 400)];
    }

    private static void Set(Release release, string kind, string method, double confidence)
    {
        release.Kind = kind;
        release.KindMethod = method;
        release.KindConfidence = confidence;
    }

    /// <summary>The first kind whose headline wording matches, and how many kinds matched.</summary>
    internal static (string? Kind, int Matches) FromHeadline(string title)
    {
        string? first = null;
        int matches = 0;
        foreach (var (kind, rule) in HeadlineRules)
        {
            if (!rule().IsMatch(title)) continue;
            first ??= kind;
            matches++;
        }
        return (first, matches);
    }

    /// <summary>Whether a text speaks of ASSKomm or municipal prevention at all (stricter than the kind gate: counts need it).</summary>
    internal static bool IsAboutAsskomm(string text) => StrictAboutAsskommRegex().IsMatch(text);

    [GeneratedRegex(@"ASSKomm|Allianz\s+Sichere\s+Sächsische\s+Kommunen|Landespräventionsrat|kommunale[nr]?\s+Prävention|Kommunal(?:er|en)?\s*Präventionsr", RegexOptions.IgnoreCase)]
    private static partial Regex StrictAboutAsskommRegex();

    // Any talk of prevention lets the headline rules and the model decide; without it the text is not about ASSKomm.
    [GeneratedRegex(@"ASSKomm|Allianz\s+Sichere|Prävention", RegexOptions.IgnoreCase)]
    private static partial Regex AboutAsskommRegex();

    [GeneratedRegex(@"Fachtag|Fachtagung|Fachkonferenz|Konferenz|Kongress|Symposium|Vernetzungstreffen|Netzwerktreffen|Präventionstag|Jahrestagung|\bTagung\b|Fachforum|Präventionsforum", RegexOptions.IgnoreCase)]
    private static partial Regex FachtagRegex();

    [GeneratedRegex(@"(?:Kommunal(?:er|en)?\s*Präventionsr|(?<!Landes)Präventionsrat|\bKPR\b).*(?:gegründet|gründe|konstitu|\btagt|Sitzung|nimmt\s+(?:die\s+)?Arbeit|ins\s+Leben|Auftakt|startet|reaktiviert|wiederbelebt|wählt|berät)|(?:gegründet|gründe|Gründung|konstitu|Auftakt|\bneue[rnms]?\b).*(?:(?<!Landes)Präventionsrat|\bKPR\b)", RegexOptions.IgnoreCase)]
    private static partial Regex KprRegex();

    [GeneratedRegex(@"\btritt\b.*\bbei\b|\btreten\b.*\bbei\b|Beitritt|beigetreten|\bwird\s+\d+\.\s+(?:Kommune|Mitglied|Partner)|Kooperationsvereinbarung|Kooperationsvertrag|unterzeichne|unterschreib|schließ(?:t|en)\s+sich\b.*\ban\b|neue[rs]?\s+(?:Mitglied|Partner)|(?:ist|sind)\s+(?:jetzt|nun)\s+(?:Teil|dabei)", RegexOptions.IgnoreCase)]
    private static partial Regex BeitrittRegex();

    [GeneratedRegex(@"Bilanz|Jahresrückblick|Rückblick|Jahresbericht|Jahrestag|Zwischenstand|in\s+Zahlen|Zahlen\s+und\s+Fakten|\b(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+)\s+Jahre?\s+»?(?:ASSKomm|Allianz|Landesstrategie|kommunale)|\d+\s+(?:Kommunen|Städte)(?:\s+und\s+Gemeinden)?\s+(?:beraten|beteiligt)", RegexOptions.IgnoreCase)]
    private static partial Regex BilanzRegex();

    [GeneratedRegex(@"Förder|Zuschuss|Zuschüsse|Zuwendung|Millionen|\bMio\.|\bEuro\b|finanziell|Finanzspritze|\bGeld\b|Landesmittel", RegexOptions.IgnoreCase)]
    private static partial Regex FoerderungRegex();
}
