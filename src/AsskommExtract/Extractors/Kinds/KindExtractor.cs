using System.Text.RegularExpressions;
using AsskommExtract.Documents;
using AsskommExtract.Models;
using AsskommExtract.Pipeline;

namespace AsskommExtract.Extractors.Kinds;

/// <summary>
/// The release's kind (beitritt, bilanz, fachtag, kpr, foerderung, sonstiges). A text that is not
/// about ASSKomm (<see cref="AboutAsskomm"/>: another state's prevention council, a police or fire
/// brigade page) is "sonstiges". Otherwise the headline decides when exactly one kind's wording is in
/// it (the title first, then the headings above the first paragraph: a web page's title is often
/// the site's, its headline a heading); the lead decides when the headline names no kind, or picks
/// among the kinds an ambiguous headline names ("Zittau gründet Präventionsrat und tritt bei"); the
/// "kind" model reads headline and lead for the rest.
/// </summary>
public sealed partial class KindExtractor(IModels models) : IExtractor
{
    public const string ModelName = "kind";

    private static readonly (string Kind, Func<Regex> Rule)[] HeadlineRules =
    [
        ("fachtag", FachtagRegex),
        ("kpr", KprRegex),
        ("beitritt", BeitrittRegex),
        ("bilanz", BilanzRegex),
        ("foerderung", FoerderungRegex),
        ("sonstiges", OtherWorkRegex),
    ];

    // What the first paragraphs say when the headline does not: "… haben eine Kooperationsvereinbarung
    // unterzeichnet", "fand der 4. Fachtag statt", "wurde als 100. Kommune beraten".
    private static readonly (string Kind, Func<Regex> Rule)[] LeadRules =
    [
        ("fachtag", LeadFachtagRegex),
        ("kpr", LeadKprRegex),
        ("beitritt", LeadBeitrittRegex),
        ("bilanz", LeadBilanzRegex),
        ("foerderung", LeadFoerderungRegex),
        ("sonstiges", LeadOtherWorkRegex),
    ];

    public string Name => "kind";
    public IReadOnlyList<AnnotationKey> Requires { get; } = [];
    public IReadOnlyList<AnnotationKey> Provides { get; } = [KindAnnotations.Topic, KindAnnotations.Kind];

    public void Extract(Document document)
    {
        var topic = AboutAsskomm.Of(document.Text);
        document.Annotations.Set(KindAnnotations.Topic, topic);
        if (topic is Topic.Unrelated or Topic.OtherState)
        {
            Set(document, "sonstiges", "rule", KindLevels.NotAboutAsskomm);
            return;
        }
        var headlines = Headlines(document);
        HashSet<string>? candidates = null;
        foreach (var headline in headlines)
        {
            var found = Matching(HeadlineRules, headline);
            if (found.Count == 1)
            {
                Set(document, found[0], "rule", KindLevels.HeadlineNamesOneKind);
                return;
            }
            if (found.Count > 1)
            {
                candidates = [.. found];
                break;
            }
        }
        // General talk of prevention (no Allianz, no prevention body named) takes a kind only from its headline.
        if (topic == Topic.Prevention && candidates is null)
        {
            Set(document, "sonstiges", "rule", KindLevels.GeneralPrevention);
            return;
        }
        if (FromLead(LeadParagraphs(document), candidates) is { } fromLead)
        {
            Set(document, fromLead, "rule", KindLevels.LeadStatesKind);
            return;
        }
        var model = models.Get(ModelName);
        if (model is not null)
        {
            var (label, confidence) = model.Predict(string.Join(" ", headlines) + " | " + Lead(document));
            Set(document, label, "ml", confidence);
            return;
        }
        Set(document, candidates?.First() ?? "sonstiges", "rule", KindLevels.Guess);
    }

    /// <summary>The title, then the headings above the first paragraph (at most three).</summary>
    internal static List<string> Headlines(Document document)
    {
        var list = new List<string>();
        foreach (var b in document.Blocks)
        {
            if (b.Kind == BlockKind.Paragraph || list.Count == 4) break;
            if (b.Kind is BlockKind.Title or BlockKind.Heading) list.Add(document.Slice(b));
        }
        return list;
    }

    /// <summary>The first three paragraphs (up to 1,200 characters): a news page often opens with a photo caption or a scene before it says what happened.</summary>
    internal static string LeadParagraphs(Document document)
    {
        var sb = new System.Text.StringBuilder();
        int taken = 0;
        foreach (var b in document.Blocks)
        {
            if (b.Kind != BlockKind.Paragraph) continue;
            sb.Append(document.Text, b.Start, Math.Min(b.Length, 1200 - sb.Length)).Append('\n');
            if (++taken == 3 || sb.Length >= 1200) break;
        }
        return sb.ToString();
    }

    private static List<string> Matching((string Kind, Func<Regex> Rule)[] rules, string text)
    {
        var found = new List<string>();
        foreach (var (kind, rule) in rules)
            if (rule().IsMatch(text)) found.Add(kind);
        return found;
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

    private static void Set(Document document, string kind, string method, double confidence) =>
        document.Annotations.Set(KindAnnotations.Kind, new KindFinding(kind, method, confidence));

    /// <summary>The first kind whose headline wording matches, and how many kinds matched.</summary>
    internal static (string? Kind, int Matches) FromHeadline(string title)
    {
        var found = Matching(HeadlineRules, title);
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
            var m = rule().Match(lead);
            if (m.Success && m.Index < at) (best, at) = (kind, m.Index);
        }
        return best;
    }

    [GeneratedRegex(@"Fachtag|Fachtagung|Fachkonferenz|Konferenz|Kongress|Symposium|Vernetzungstreffen|Netzwerktreffen|Präventionstag|Jahrestagung|\bTagung\b|Fachforum|Präventionsforum", RegexOptions.IgnoreCase)]
    private static partial Regex FachtagRegex();

    [GeneratedRegex(@"(?:Kommunal(?:er|en)?\s*Präventionsr|(?<!Landes)Präventionsrat|\bKPR\b).*(?:gegründet|gründe|konstitu|\btagt|Sitzung|nimmt\s+(?:die\s+)?Arbeit|ins\s+Leben|Auftakt|startet|reaktiviert|wiederbelebt|wählt|berät)|(?:gegründet|gründe|Gründung|konstitu|Auftakt|\bneue[rnms]?\b|\bhat\s+jetzt\s+einen).*(?:(?<!Landes)Präventionsrat|\bKPR\b)", RegexOptions.IgnoreCase)]
    private static partial Regex KprRegex();

    [GeneratedRegex(@"\btritt\b.*\bbei\b|\btreten\b.*\bbei\b|Beitritt|beigetreten|\bwird\s+\d+\.\s+(?:Kommune|Mitglied|Partner)|Kooperationsvereinbarung|Kooperationsvertrag|\bVereinbarung\b|unterzeichn|unterschreib|Unterschrift|schließ(?:t|en)\s+sich\b.*\ban\b|neue[rs]?\s+(?:Mitglied|Partner)|(?:ist|sind|wird|werden)\s+(?:\p{L}+\s+){0,2}?(?:Teil|Mitglied|Partner(?:in)?|dabei)\b|Verstärkung|Zuwachs|\ban\s+Bord\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeitrittRegex();

    [GeneratedRegex(@"Bilanz|Jahresrückblick|Rückblick|Jahresbericht|Jahrestag|Zwischenstand|in\s+Zahlen|Zahlen\s+und\s+Fakten|\b(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d+)\s+(?:Jahre?|Monate?)\s+»?(?:ASSKomm|Allianz|Landesstrategie|kommunale)|\d+\s+(?:Kommunen|Städte)(?:\s+und\s+Gemeinden)?\s+(?:beraten|beteiligt)|\bberät\s+\d+\.\s+Kommune|\d+\.\s+Kommune\s+beraten", RegexOptions.IgnoreCase)]
    private static partial Regex BilanzRegex();

    [GeneratedRegex(@"Förder|Zuschuss|Zuschüsse|Zuwendung|Millionen|\bMio\.|\bEuro\b|finanziell|Finanzspritze|\bGeld\b|Landesmittel", RegexOptions.IgnoreCase)]
    private static partial Regex FoerderungRegex();

    // ASSKomm's other work, which SPEC.md files under "sonstiges": a security analysis, a residents'
    // survey, a newsletter, a handbook.
    [GeneratedRegex(@"Sicherheitsanalyse|Befragung|Umfrage|Bürgerbeteiligung|Meinung\s+(?:ist\s+)?gefragt|\bsind\s+gefragt|Newsletter|Broschüre|Ordner\b|Handreichung|Leitfaden", RegexOptions.IgnoreCase)]
    private static partial Regex OtherWorkRegex();

    [GeneratedRegex(@"(?:Fachtag|Fachtagung|Fachkonferenz|Konferenz|Kongress|Vernetzungstreffen|Netzwerktreffen|Präventionstag|Jahrestagung)\w*\b[^.!?]{0,200}?\b(?:statt|stattgefunden|zusammen|getroffen|eröffnet|tauschten|diskutierten|kamen|besuchten|begrüßt)|\b(?:fand|findet|trafen|kamen|lud|lädt)\b[^.!?]{0,150}?(?:Fachtag|Fachtagung|Fachkonferenz|Konferenz|Kongress|Vernetzungstreffen|Netzwerktreffen|Präventionstag|Jahrestagung)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadFachtagRegex();

    [GeneratedRegex(@"(?:(?<!Landes)Präventionsrat|\bKPR\b)[^.!?]{0,150}?\b(?:gegründet|konstituiert|tagte|getagt|zusammengekommen|ins\s+Leben\s+gerufen)|\b(?:gründet|gründete|gründeten|konstituierte|konstituierende)\b[^.!?]{0,100}?(?:(?<!Landes)Präventionsrat|\bKPR\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadKprRegex();

    [GeneratedRegex(@"(?:Kooperationsvereinbarung|Kooperationsvertrag|Vereinbarung)\b[^!?\n]{0,300}?(?:unterzeichne|unterschrieb|unterschr|geschlossen|besiegelt)|\b(?:unterzeichne\w*|unterschrieben|unterschrieb|schlossen)\b[^!?\n]{0,300}?(?:Kooperationsvereinbarung|Kooperationsvertrag|\bVereinbarung)\b|\b(?:tritt|trat|treten|traten)\b[^.!?]{0,120}?\bbei\b|(?<!\b(?:war|waren|hatte|hatten|bereits|schon|seit)\b[^.!?]{0,80})beigetreten|\b(?:wird|wurde|ist|sind|werden)\s+(?:\p{L}+\s+){0,3}?(?:Teil|Mitglied)\b(?!\w)|schließ(?:t|en)\s+sich[^.!?]{0,80}?\ban\b|angeschlossen|\bangehör(?:t|en)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadBeitrittRegex();

    [GeneratedRegex(@"\d+\.\s+Kommune\b[^!?]{0,220}?\bberaten|\bvor\s+(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|\d+)\s+Jahren\b|\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|\d+)\s+(?:Jahre|Monate)\s+(?:nach|später|»?ASSKomm)|[Bb]ilanz\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadBilanzRegex();

    [GeneratedRegex(@"Förderrichtlinie|Förderbescheid|Zuwendungsbescheid|Fördermittel\w*\s+(?:in\s+Höhe|von|über|für)|\bEuro\b[^.!?]{0,80}?(?:gefördert|bereit|Förder|Zuschuss)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadFoerderungRegex();

    [GeneratedRegex(@"Sicherheitsanalyse|Befragung|Umfrage|Workshop|Newsletter|Lesen\s+Sie\s+in\s+dieser\s+Ausgabe", RegexOptions.IgnoreCase)]
    private static partial Regex LeadOtherWorkRegex();
}
