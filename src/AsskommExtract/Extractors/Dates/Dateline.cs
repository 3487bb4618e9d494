using System.Text.RegularExpressions;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Dates;

/// <summary>What a line holding a date is: the release's dateline, or a site header's date of the day.</summary>
public enum DatelineKind
{
    /// <summary>"22.07.2022, 12:44 Uhr — Erstveröffentlichung (aktuell)", "veröffentlicht am: 26.10.2020", "Zittau, 8. Februar 2021".</summary>
    Dateline,
    /// <summary>"Donnerstag, 20.06.2024 (25.KW)", "Mittwoch, 3. Mai 2023 · 14 °C": the day the page was served, not the release's date.</summary>
    SiteHeader,
}

/// <summary>A line read as a dateline: its date as ISO, what kind of line it is, and what the line holds after the date.</summary>
public readonly record struct DatelineRead(string Iso, DatelineKind Kind, string Rest);

/// <summary>
/// The one dateline grammar every reader and the date extractor use. A dateline is a line made of a
/// full date and what may stand around it on a real page: a lead-in ("Datum:", "veröffentlicht am:",
/// "Medieninformation 12/2023 vom", a town "Zittau, …", "Stadt Colditz, den …", a weekday, a
/// newsletter's issue number "08 I …", a byline "von Anna Muster |"), brackets or parentheses, a time
/// ("12:44 Uhr", "| 10:05", "- 10:05 Uhr"), and a short trailer
/// ("— Erstveröffentlichung (aktuell)", "| dpa", "(aktuell)"). A weekday with the calendar week or
/// the weather makes it a site header. A day and month without a year, or a year and month
/// ("date 2021-02"), is no date.
/// </summary>
public static class Dateline
{
    /// <summary>A trailer after the date of at most this many words is part of the dateline ("| dpa", "— Erstveröffentlichung (aktuell)"); more is a glued headline.</summary>
    private const int TrailerWords = 2;

    /// <summary>The whole line read as a dateline or site header; null when the line is something else.</summary>
    public static DatelineRead? Read(string line)
    {
        var m = LineRegex.Match(line);
        if (!m.Success || GermanDates.ToIso(m) is not { } iso) return null;
        var rest = m.Groups["rest"].Value.Trim();
        bool header = m.Groups["wd"].Success && (m.Groups["kw"].Success || WeatherRegex.IsMatch(rest));
        if (header) return new DatelineRead(iso, DatelineKind.SiteHeader, "");
        if (m.Groups["kw"].Success) return null;
        if (rest.Length == 0 || IsTrailer(rest, m.Groups["dash"].Success)) return new DatelineRead(iso, DatelineKind.Dateline, "");
        // "26.06.2018 – Wechsel an der Spitze …": a dateline glued before the headline.
        if (m.Groups["dash"].Success && !m.Groups["lead"].Success && !m.Groups["wd"].Success) return new DatelineRead(iso, DatelineKind.Dateline, rest);
        return null;
    }

    /// <summary>A line that is a dateline and nothing more.</summary>
    public static bool IsDateline(string line) => Read(line) is { Kind: DatelineKind.Dateline, Rest: "" };

    /// <summary>
    /// A headline with its dateline glued on the same line: "Headline veröffentlicht am: 26.10.2020",
    /// "Headline 18.12.2023, 17:15 Uhr — Erstveröffentlichung (aktuell)", "26.06.2018 – Headline".
    /// Returns the headline alone and the date, or null when nothing is glued.
    /// </summary>
    public static (string Headline, string Iso)? SplitGlued(string line)
    {
        if (Read(line) is { Kind: DatelineKind.Dateline, Rest.Length: > 0 } lead) return (lead.Rest, lead.Iso);
        var m = TrailingRegex.Match(line);
        if (!m.Success || m.Index == 0) return null;
        var tail = line[m.Index..];
        if (Read(tail.Trim()) is not { Kind: DatelineKind.Dateline, Rest: "" } read) return null;
        var head = line[..m.Index].TrimEnd(' ', '|', '–', '—', '-', ',');
        return head.Length == 0 ? null : (head, read.Iso);
    }

    /// <summary>
    /// A dateline inside a paragraph's opening: "Zittau, 8. Februar 2021. Gelegentlich …", also glued
    /// behind an image's alternative text, or a bracketed "[29. Mai 2018]" the page put after "heute".
    /// </summary>
    public static string? InParagraph(string text)
    {
        var head = text.Length > 160 ? text[..160] : text;
        var town = TownDateRegex.Match(head);
        if (town.Success && GermanDates.ToIso(town) is { } iso) return iso;
        var bracket = BracketRegex.Match(text);
        return bracket.Success ? GermanDates.ToIso(bracket) : null;
    }

    /// <summary>What may follow the date on its line: a source or status after a dash or bar, or in brackets.</summary>
    private static bool IsTrailer(string rest, bool afterDash)
    {
        var t = rest.TrimStart('—', '–', '-', '|', '·', ' ');
        if (t.Length == 0) return true;
        if (!afterDash && rest[0] is not ('—' or '–' or '-' or '|' or '·' or '(')) return false;
        return t.Length <= 40 && t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= TrailerWords && !t.EndsWith('.') && !t.Contains(':');
    }

    private static readonly string Articles = Lexicon.Alternatives("dates", "date_articles");

    private static readonly string Date =
        @"(?<d>\d{1,2})\.\s?(?:(?<m>\d{1,2})\.\s?|(?<mn>" + GermanDates.MonthAlternatives + @")\.?\s+)(?<y>\d{4})(?!\d)";

    /// <summary>
    /// A whole line's date may also be written short (14.03.24) or in ISO (2024-03-14), as content
    /// systems print it; inside running text those are too easily something else, so only here.
    /// </summary>
    private static readonly string LineDate = "(?:" + Date + @"|(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{2})(?![\d.])|(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?!\d))";

    /// <summary>A place before the date ("Zittau,", "Stadt Colditz, den"), not a sentence's opening word or a weekday.</summary>
    private static readonly string Town = @"(?!(?:" + string.Join('|', Lexicon.List("dates", "not_towns").Concat(Lexicon.List("dates", "weekdays"))) + @")\b)\p{Lu}[\p{L}\-]+(?:[ /][\p{Lu}(][\p{L}.\-)]*){0,3},\s+(?:" + Articles + @"\s+)?";

    private static readonly string Weekday =
        @"(?<wd>" + string.Join('|', Lexicon.List("dates", "weekdays").Concat(Lexicon.List("dates", "weekday_abbreviations"))) + @")\.?,?\s+(?:" + Articles + @"\s+)?";

    // Lead-ins: a label ("Datum:", "veröffentlicht am:"), a release number, a newsletter issue "08 I", a town
    // ("Zittau,", "Stadt Colditz, den"), a weekday; then the date, a time, the calendar week, and the rest.
    private static readonly Regex LineRegex = new(@"^\s*[\[(]?\s*(?:(?<lead>(?i:" + Lexicon.Alternatives("dates", "dateline_labels") + @")\s*:?\s*)|(?<lead>" + Lexicon.Alternatives("dates", "issue_labels") + @"?\d{1,3}\s*[I|/]\s*)|(?<lead>(?i:" + Lexicon.Alternatives("dates", "byline_words") + @")\s+\p{Lu}[\p{L}.\-]+(?:\s+\p{Lu}[\p{L}.\-]+){0,3}\s*[|·,]\s*)|(?<lead>" + Town + @"))?(?:" + Weekday + @")?" + LineDate +
        @"(?:\s*[,|·–—-]?\s*(?:um\s+)?\d{1,2}[:.]\d{2}(?!\d)(?:\s*" + Lexicon.Alternatives("dates", "time_units") + @")?)?\s*[\])]?\s*(?<kw>\(?\s*(?:\d{1,2}\.?\s*KW|KW\s*\d{1,2})\s*\)?)?(?<dash>\s*[—–-]\s+)?(?<rest>.*)$", RegexOptions.Compiled);

    /// <summary>Where a dateline may start inside a headline line: a label, or a date with a time behind it.</summary>
    private static readonly Regex TrailingRegex = new(@"\s" + Lexicon.Alternatives("dates", "glued_labels") + @"\s*:?\s*\d|\s\d{1,2}\.\s?\d{1,2}\.\s?\d{4},?\s+\d{1,2}[:.]\d{2}", RegexOptions.IgnoreCase);

    private static readonly Regex TownDateRegex = new(@"(?:^|(?<=\p{Ll})|(?<=[.!?]\s))" + Town + Date + @"(?=\s*(?:[.:,(—–-]|$))", RegexOptions.Compiled);

    private static readonly Regex BracketRegex = new(@"\[\s*" + Date + @"\s*\]");

    private static readonly Regex WeatherRegex = new(@"-?\d+\s*°\s*C?|\b" + Lexicon.Alternatives("dates", "weather_words") + @"\b", RegexOptions.IgnoreCase);
}
