using System.Text.RegularExpressions;

namespace AsskommExtract.Extractors.Kinds;

/// <summary>
/// The wording that names a release's kind, in a headline and in a lead: the kind component decides
/// with it, and the municipality roles ask it of a heading ("Zittau tritt bei" names an event).
/// </summary>
internal static partial class KindRules
{
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

    /// <summary>The kinds whose headline wording <paramref name="text"/> has, in rule order.</summary>
    internal static List<string> InHeadline(string text) => Matching(HeadlineRules, text);

    private static List<string> Matching((string Kind, Func<Regex> Rule)[] rules, string text)
    {
        var found = new List<string>();
        foreach (var (kind, rule) in rules)
            if (rule().IsMatch(text)) found.Add(kind);
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
