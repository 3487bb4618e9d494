using AsskommExtract.Results;
using System.Text.RegularExpressions;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Counts;

/// <summary>A figure's meaning: the metric, the counted noun (for "other"), and how sure the rule is.</summary>
public readonly record struct MetricLabel(string Metric, string? Noun, string Method, double Confidence);

/// <summary>
/// Where a figure sits in its sentence: the words around it, cut at the neighbouring figures so that
/// "53 Kooperationsvereinbarungen wurden geschlossen, 47 Coaching-Prozesse …" gives each figure its own clause.
/// </summary>
/// <param name="BeyondFrom">Where the clause goes on past a neighbour that does not end it: after a parenthesis
/// ("126 Kommunen (inkl. acht Modellkommunen) kontaktiert") or a figure it is enumerated with ("in 26 Städten und
/// zwei Landkreisen … konstituiert"); equal to <paramref name="BeyondTo"/> when it does not.</param>
public readonly record struct MentionContext(string Text, NumberMention Number, int SentenceStart, int SentenceEnd, int LeftFrom, int RightTo,
    int BeyondFrom = 0, int BeyondTo = 0)
{
    public string Left => Text[LeftFrom..Number.Start];
    public string Right => Text[Number.End..RightTo];
    public string Beyond => Text[BeyondFrom..BeyondTo];
    public string SentenceLeft => Text[SentenceStart..Number.Start];
    public string SentenceRight => Text[Number.End..SentenceEnd];
}

/// <summary>
/// The rules for the regular phrasings: the counted noun right after the figure ("25
/// Sicherheitsanalysen", "acht sächsischen Modellkommunen"), or, when it counts municipalities,
/// the verb or frame nearest to it in its clause ("125 Kommunen … beraten", "In 26 Kommunen hat sich
/// ein Kommunalpräventionsrat konstituiert", "beteiligen sich 105 Kommunen", "(45) eng mit ASSKomm
/// zusammen"). Null when the rules cannot tell; the "metric" model decides then.
/// </summary>
public static partial class MetricRules
{
    private const string Other = MetricNames.Other;
    private const string Funding = MetricNames.Funding;

    private static readonly string[] CueMetrics =
        ["kpr", "kooperationsvereinbarungen", "coaching", "sicherheitsanalysen", "modellkommunen", "kommunen_eng", "kommunen_beraten", "kommunen_beteiligt"];

    /// <summary>The label of a cardinal; null when only the model can tell.</summary>
    public static MetricLabel? Cardinal(MentionContext c, string? noun)
    {
        if (noun is "Euro" or "€" or "EUR")
        {
            // "bis zu 25.000 Euro je Projekt", "Hoyerswerda erhält 18.400 Euro für das Projekt": one grant.
            if (CapBeforeRegex.IsMatch(c.SentenceLeft) || PerUnitAfterRegex.IsMatch(c.SentenceRight)
                || SingleGrantBeforeRegex.IsMatch(c.SentenceLeft) || ForOneProjectAfterRegex.IsMatch(c.SentenceRight))
                return new(Other, noun, "rule", MetricLevels.ClauseCue);
            return FundingCueRegex.IsMatch(c.Text.AsSpan(c.SentenceStart, c.SentenceEnd - c.SentenceStart)) ? new(Funding, null, "rule", MetricLevels.NounNamesMetric) : null;
        }
        // "zwei weitere Städte haben unterzeichnet": how many joined now, not how many there are.
        if (IncrementRegex.IsMatch(c.Right)) return new(Other, noun, "rule", MetricLevels.ClauseCue);
        // "Im Herbst sollen 20 Kommunen folgen", "13 Sicherheitsanalysen in 16 Kommunen in Planung": planned, not done.
        if (FutureRegex.IsMatch(c.Left + UntilComma(c.SentenceRight))) return new(Other, noun, "rule", MetricLevels.SentenceFrame);
        // "die 43. Kommune von insgesamt 419", "eine von 13 Kommunen": the whole a part is taken from.
        if (DenominatorRegex.IsMatch(c.SentenceLeft)) return new(Other, noun, "rule", MetricLevels.SentenceFrame);
        if (noun is not null && NounCue(noun) is { } byNoun) return new(byNoun, null, "rule", MetricLevels.NounNamesMetric);
        // "mit den acht Bürgermeistern der Modellkommunen", "aus den acht ASSKomm Modellkommunen": the model towns counted through their people or a brand word.
        if (ModelTownsAfterRegex.IsMatch(c.Right)) return new("modellkommunen", null, "rule", MetricLevels.ClauseCue);
        // "zählt der Verbund inzwischen 44 Mitglieder": the Verbund's members are its agreements.
        if (noun is "Mitglieder" or "Mitgliedskommunen" or "Mitgliedsstädte" && VerbundRegex.IsMatch(c.Left + c.Right))
            return new("kooperationsvereinbarungen", null, "rule", MetricLevels.ClauseCue);
        if (noun is not null && OtherNounRegex.IsMatch(noun)) return new(Other, noun, "rule", MetricLevels.NounRulesOut);
        bool municipalities = noun is not null && MunicipalityNounRegex.IsMatch(noun);
        // "zwei Städte im Kreis haben Präventionsräte": a district's count, not the Allianz's.
        if (municipalities && (DistrictRegex.IsMatch(c.Right) || DistrictBeforeRegex.IsMatch(c.Left))) return new(Other, noun, "rule", MetricLevels.SentenceFrame);
        if (noun is null)
        {
            // "177 Personen nahmen teil, 55 von ihnen …": a part of what the figure before counted.
            if (PartOfRegex.IsMatch(c.Right) && NounBefore(c) is { } whole && OtherNounRegex.IsMatch(whole))
                return new(Other, whole, "rule", MetricLevels.SentenceFrame);
        }
        if (noun is null || municipalities)
        {
            // "Fünf auf einen Streich – Städtebund unterzeichnet": a figure without a noun ends its clause at a dash.
            var right = noun is null ? UntilDash(c.Right) : c.Right + " " + c.Beyond;
            if (NearestCue(right, fromEnd: false) is { } byVerb) return new(byVerb, null, "rule", MetricLevels.ClauseCue);
            if (noun is null && right.Length < c.Right.Length && NearestCue(c.Left, fromEnd: true) is null) return new(Other, null, "rule", MetricLevels.NoCue);
            // "Die Teilnehmenden kamen aus 27 Kommunen": where people came from, whatever cue stands before.
            if (municipalities && OriginOrBelongingRegex.IsMatch(c.Left)) return new(Other, noun, "rule", MetricLevels.SentenceFrame);
            if (NearestCue(c.Left, fromEnd: true) is { } byClause) return new(byClause, null, "rule", MetricLevels.ClauseCue);
        }
        return null;
    }

    /// <summary>
    /// Ordinals count only in two frames: "X wird 53. Kommune im Verbund" (members) and "… beraten –
    /// X war die Einhundertste" (municipalities advised). "Die sechste Kommune im Landkreis" counts nothing.
    /// </summary>
    public static MetricLabel? Ordinal(MentionContext c)
    {
        var noun = NounAfter(c.Text, c.Number.End, c.SentenceEnd);
        // "der 20. Kommunale Präventionsrat": the ordinal of the councils.
        if (noun is not null && NounCue(noun) == "kpr")
            return RegionRegex.IsMatch(c.SentenceRight) ? null : new("kpr", null, "rule", MetricLevels.ClauseCue);
        // "Schauplatz der 52. Unterzeichnung einer Kooperationsvereinbarung": the ordinal of the agreement itself.
        if (noun is not null && AgreementNounRegex.IsMatch(noun))
        {
            var whole = c.Text[c.SentenceStart..c.SentenceEnd];
            return MembershipRegex.IsMatch(whole) && !RegionRegex.IsMatch(c.SentenceRight) ? new("kooperationsvereinbarungen", null, "rule", MetricLevels.ClauseCue) : null;
        }
        if ((noun is not null && MunicipalityNounRegex.IsMatch(noun)) || noun is "Mitglied" or "Mitgliedskommune")
        {
            var rest = c.SentenceRight;
            if (RegionRegex.IsMatch(rest)) return null;
            // "wird Teil der ASSKomm-Familie", "Teil des Netzwerks": a member, not only a participant.
            if (PartOfNetworkRegex.IsMatch(rest)) return new("kooperationsvereinbarungen", null, "rule", MetricLevels.ClauseCue);
            // "die 105. Kommune, die sich an ASSKomm beteiligt" counts participants, not members;
            // "die 43. Kommune, in der sich ein Präventionsrat konstituiert hat" counts councils.
            if (NearestCue(rest, fromEnd: false) is ("kommunen_beteiligt" or "kommunen_beraten" or "kpr" or "coaching" or "sicherheitsanalysen") and { } verb)
                return new(verb, null, "rule", MetricLevels.SentenceFrame);
            return MembershipRegex.IsMatch(rest) ? new("kooperationsvereinbarungen", null, "rule", MetricLevels.NounRulesOut) : null;
        }
        // Without a noun only "die Einhundertste", "ist die 60.": an article before, not "vom 12. bis 14. September".
        if (noun is not null || !ArticleBeforeRegex.IsMatch(c.SentenceLeft)) return null;
        if (AdvisedRegex.IsMatch(c.SentenceLeft)) return new("kommunen_beraten", null, "rule", MetricLevels.SentenceFrame);
        var sentence = c.Text[c.SentenceStart..c.SentenceEnd];
        if (MembershipRegex.IsMatch(sentence) && !RegionRegex.IsMatch(sentence)) return new("kooperationsvereinbarungen", null, "rule", MetricLevels.MembershipSentence);
        return null;
    }

    private static string UntilComma(string right)
    {
        int cut = right.IndexOf(',');
        return cut < 0 ? right : right[..cut];
    }

    private static string UntilDash(string right)
    {
        int cut = right.IndexOfAny(['–', ':']);
        return cut < 0 ? right : right[..cut];
    }

    /// <summary>The noun of the figure before this one in its clause ("177 Personen … 55 von ihnen").</summary>
    private static string? NounBefore(MentionContext c)
    {
        var m = LastFigureNounRegex.Match(c.SentenceLeft);
        return m.Success ? m.Groups["noun"].Value : null;
    }

    /// <summary>The counted noun right after the figure, skipping up to two adjectives and quote marks ("»ASSKomm«-Coaching-Prozesse" → "ASSKomm-Coaching-Prozesse").</summary>
    public static string? NounAfter(string text, int from, int to) => NounAfter(text, from, to, out _);

    /// <param name="end">Where the noun ends; <paramref name="from"/> when there is none.</param>
    public static string? NounAfter(string text, int from, int to, out int end)
    {
        var m = NounRegex.Match(text, from, to - from);
        end = m.Success ? m.Index + m.Length : from;
        return m.Success ? m.Groups["noun"].Value.Replace("»", "").Replace("«", "").Replace("„", "").Replace("“", "").Replace("\"", "") : null;
    }

    /// <summary>The metric a counted noun names by itself ("Sicherheitsanalysen", "Coaching-Prozesse"); "Teilnehmende" or "Mitglieder" name none.</summary>
    private static string? NounCue(string noun)
    {
        var m = NounCueRegex().Match(noun);
        return m.Success ? MetricOf(m) : null;
    }

    private static string? NearestCue(string segment, bool fromEnd)
    {
        Match? best = null;
        for (var m = CueRegex().Match(segment); m.Success; m = m.NextMatch())
        {
            best = m;
            if (!fromEnd) break;
        }
        return best is null ? null : MetricOf(best);
    }

    private static string MetricOf(Match m)
    {
        foreach (var name in CueMetrics)
            if (m.Groups[name].Success) return name;
        throw new InvalidOperationException("cue without a metric");
    }

    // Cue words, one group per metric; "Landespräventionsrat" is the advising body, not a local council;
    // "Teil des Verbundes" is membership, "Teil der Allianz" participation.
    [GeneratedRegex("""
        (?<kpr>(?<!landes)präventionsr(?:at|äte)|\bKPR\b|präventionsgremi)
        |(?<kooperationsvereinbarungen>kooperationsvereinbarung|kooperationsvertr|verbund|beigetreten|beitreten|beitritt|mitglied|angeschlossen|anschließen|unterzeichn|unterschrieb|unterschrie)
        |(?<coaching>coach)
        |(?<sicherheitsanalysen>sicherheitsanalyse|sicherheitsaudit)
        |(?<modellkommunen>modellkom|modellst[aä]dt|modellgemeinde|pilotkommune)
        |(?<kommunen_eng>\beng(?:e[nrs]?)?\s+(?:mit\b|zusammen|kooper|begleit|betreu|verbunden|Zusammenarbeit|Partner)|\bintensiv(?:e[nr]?)?\s+(?:mit\b|zusammen|begleit|betreu|Zusammenarbeit))
        |(?<kommunen_beraten>berat|beriet|berät|kontaktiert)
        |(?<kommunen_beteiligt>beteilig|teilnehm|nehmen\s+(?:\w+\s+)?teil\b|mitmach|mitwirk|\bTeil\s+(?:von|der|des)\b(?![^.]{0,25}Verbund))
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex CueRegex();

    [GeneratedRegex("""
        (?<kpr>(?<!landes)präventionsr(?:at|äte)|^KPR|präventionsgremi)
        |(?<kooperationsvereinbarungen>kooperationsvereinbarung|kooperationsvertr|mitgliedskommune|verbundkommune|beitritt)
        |(?<coaching>coach)
        |(?<sicherheitsanalysen>sicherheitsanalyse|sicherheitsaudit)
        |(?<modellkommunen>modellkom|modellst[aä]dt|modellgemeinde|pilotkommune)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex NounCueRegex();

    private static readonly Regex IncrementRegex = new(Lexicon.Alternatives("counts", "increment_words"), RegexOptions.IgnoreCase);

    private static readonly Regex FutureRegex = new(Lexicon.Alternatives("counts", "future_words"), RegexOptions.IgnoreCase);

    private static readonly Regex ModelTownsAfterRegex = new(Lexicon.Alternatives("counts", "model_towns_after"));

    private static readonly Regex DenominatorRegex = new(Lexicon.Alternatives("counts", "denominator_before"));

    private static readonly Regex PartOfRegex = new(Lexicon.Alternatives("counts", "part_of_after"), RegexOptions.IgnoreCase);

    private static readonly Regex LastFigureNounRegex = new(Lexicon.Alternatives("counts", "last_figure_noun"));

    private static readonly Regex AgreementNounRegex = new(Lexicon.Alternatives("counts", "agreement_nouns"), RegexOptions.IgnoreCase);

    private static readonly Regex PartOfNetworkRegex = new(Lexicon.Alternatives("counts", "part_of_network"), RegexOptions.IgnoreCase);

    // Up to two adjectives ("sächsische", "weitere", "Kommunale" as in a name), then a capitalised word (quotes allowed inside).
    private static readonly Regex NounRegex = new(Lexicon.Alternatives("counts", "noun_after"));

    private static readonly Regex MunicipalityNounRegex = new(Lexicon.Alternatives("counts", "municipality_nouns"), RegexOptions.IgnoreCase);

    private static readonly Regex OtherNounRegex = new(Lexicon.Alternatives("counts", "other_nouns"), RegexOptions.IgnoreCase);

    // "aus über 80 Kommunen", "Verantwortungsträgern der 54 Kommunen": origin or belonging, not an ASSKomm figure.
    private static readonly Regex OriginOrBelongingRegex = new(Lexicon.Alternatives("counts", "origin_or_belonging"));

    private static readonly Regex CapBeforeRegex = new(Lexicon.Alternatives("counts", "cap_before"), RegexOptions.IgnoreCase);

    private static readonly Regex VerbundRegex = new(Lexicon.Alternatives("counts", "verbund_words"));

    private static readonly Regex DistrictRegex = new(Lexicon.Alternatives("counts", "district_after"));

    // "Im Landkreis Bautzen sind es nun sieben Kommunen": the clause opens with the district it counts in.
    private static readonly Regex DistrictBeforeRegex = new(Lexicon.Alternatives("counts", "district_before"));

    private static readonly Regex SingleGrantBeforeRegex = new(Lexicon.Alternatives("counts", "single_grant_before"));

    private static readonly Regex ForOneProjectAfterRegex = new(Lexicon.Alternatives("counts", "for_one_project_after"));

    private static readonly Regex PerUnitAfterRegex = new(Lexicon.Alternatives("counts", "per_unit_after"), RegexOptions.IgnoreCase);

    private static readonly Regex FundingCueRegex = new(Lexicon.Alternatives("counts", "funding_cues"), RegexOptions.IgnoreCase);

    private static readonly Regex MembershipRegex = new(Lexicon.Alternatives("counts", "membership_cues"), RegexOptions.IgnoreCase);

    private static readonly Regex RegionRegex = new(Lexicon.Alternatives("counts", "region_words"), RegexOptions.IgnoreCase);

    private static readonly Regex ArticleBeforeRegex = new(Lexicon.Alternatives("counts", "article_before"), RegexOptions.IgnoreCase);

    private static readonly Regex AdvisedRegex = new(Lexicon.Alternatives("counts", "advised_words"), RegexOptions.IgnoreCase);
}
