using System.Text.RegularExpressions;
using AsskommExtract.Vocabulary;
using AsskommExtract.Documents;
using AsskommExtract.Pipeline;

namespace AsskommExtract.Extractors.Dates;

/// <summary>
/// The release date: the letterhead's or web page's dateline; else a dateline opening the body
/// ("Zittau, 8. Februar 2021"); else the date of the event reported ("Am 10. September 2021
/// unterzeichneten …", "am heutigen 25. Juni 2021"), never one looked back to ("seit dem …",
/// "gegründet am …", "Am … hatte …", the founding of ASSKomm). Null when none of these exists:
/// a missing date costs less than a wrong one.
/// </summary>
public sealed class DateExtractor : IExtractor
{
    public string Name => "date";
    public IReadOnlyList<AnnotationKey> Requires { get; } = [];
    public IReadOnlyList<AnnotationKey> Provides { get; } = [DateAnnotations.Date];

    public void Extract(Document document)
    {
        if (document.Dateline is { } line && (Dateline.Read(line)?.Iso ?? GermanDates.ParseIso(line)) is { } fromLetterhead)
        {
            Set(document, fromLetterhead, "dateline");
            return;
        }
        if (BodyDateline(document) is { } fromBody)
        {
            Set(document, fromBody, "dateline");
            return;
        }
        if (EventDate(document) is { } fromEvent)
        {
            Set(document, fromEvent, "body");
            return;
        }
        // Last, the day a site header printed above the article: pages without a dateline are read on the day they appear.
        if (SiteHeaderDate(document) is { } fromHeader)
        {
            Set(document, fromHeader, "siteheader");
            return;
        }
        Set(document, null, "none");
    }

    /// <summary>
    /// A dateline in one of the first paragraphs ("Zittau, 8. Februar 2021. …", "[29. Mai 2018]", see
    /// <see cref="Dateline.InParagraph"/>): a news page may put a teaser and a byline before the paragraph that carries it.
    /// </summary>
    private static string? BodyDateline(Document document)
    {
        int paragraphs = 0;
        foreach (var block in document.Blocks)
        {
            if (block.Kind is BlockKind.Title or BlockKind.Heading || block.IsFurniture) continue;
            // The opening is enough: a bracketed date deep in a long paragraph is not the page's dateline.
            if (Dateline.InParagraph(document.Text.Substring(block.Start, Math.Min(block.Length, 1000))) is { } iso) return iso;
            if (++paragraphs == 3) break;
        }
        return null;
    }

    /// <summary>The date of a site header ("Donnerstag, 20.06.2024 (25.KW)") among the furniture above the headline.</summary>
    private static string? SiteHeaderDate(Document document)
    {
        foreach (var block in document.Blocks)
        {
            if (!block.IsFurniture) break;
            if (block.Furniture == "siteheader" && Dateline.Read(document.Slice(block)) is { } read) return read.Iso;
        }
        return null;
    }

    /// <summary>The first full date, before any background section, that introduces the reported event.</summary>
    private static string? EventDate(Document document)
    {
        var text = document.Text;
        foreach (var block in document.Blocks)
        {
            if (block.IsFurniture) continue;
            if (block.Kind == BlockKind.Heading && BackgroundRegex.IsMatch(text.AsSpan(block.Start, block.Length))) break;
            var m = GermanDates.DateRegex().Match(text, block.Start, block.Length);
            for (; m.Success; m = m.NextMatch())
            {
                if (IsEventDate(document, m) && GermanDates.ToIso(m) is { } iso) return iso;
            }
        }
        return null;
    }

    /// <summary>"Am 5. Mai 2021 haben …", "am heutigen 25. Juni 2021": the day of the event, not a look back.</summary>
    private static bool IsEventDate(Document document, Match m)
    {
        var text = document.Text;
        int from = Math.Max(0, m.Index - 40);
        var before = text.AsSpan(from, m.Index - from);
        if (!EventLeadRegex.IsMatch(before) || LookBackRegex.IsMatch(before)) return false;
        int afterLen = Math.Min(60, text.Length - (m.Index + m.Length));
        var after = text.AsSpan(m.Index + m.Length, afterLen);
        if (LookBackAfterRegex.IsMatch(after)) return false;
        // "Am 6. Februar 2019 startete die Allianz …": the strategy's own start is always a look back. Only the
        // date's own part of the sentence counts: "Am 18. Januar 2021 wurde … der am 6. Februar 2019 ins Leben
        // gerufenen Allianz beraten" reports the event of its first date.
        var sentence = document.SentenceAt(m.Index);
        int clauseStart = sentence.Start, clauseEnd = sentence.End;
        for (var other = GermanDates.DateRegex().Match(text, sentence.Start, sentence.Length); other.Success; other = other.NextMatch())
        {
            if (other.Index + other.Length <= m.Index) clauseStart = other.Index + other.Length;
            else if (other.Index > m.Index) { clauseEnd = other.Index; break; }
        }
        var words = text.AsSpan(clauseStart, Math.Max(0, clauseEnd - clauseStart));
        return !(StrategyRegex.IsMatch(words) && FoundingRegex.IsMatch(words));
    }

    private static void Set(Document document, string? iso, string method) => document.Annotations.Set(DateAnnotations.Date, new DateFinding(iso, method));

    private static readonly Regex BackgroundRegex = new("^" + Lexicon.Alternatives("dates", "background_headings"), RegexOptions.IgnoreCase);

    // "Am 3. Mai", "am heutigen 25. Juni", "Am Dienstag, dem 3. Mai", "am vergangenen Mittwoch, 7. Juni", "Heute, am …".
    private static readonly Regex EventLeadRegex = new(Lexicon.Alternatives("dates", "event_leads") + @"\s+(?:(?:\p{L}+\s+)?\p{L}+,\s+(?:" + Lexicon.Alternatives("dates", "date_articles") + @"\s+)?)?(?:" + Lexicon.Alternatives("dates", "event_lead_adjectives") + @"\s+)?$");

    // "seit dem", "gegründet am", "bereits am" …; "die am 6.2.2019 gegründete Allianz" (an article before "am" makes the date attributive).
    private static readonly Regex LookBackRegex = new("(?:" + Lexicon.Alternatives("dates", "look_back_words") + @"\b[^.]*|\b" + Lexicon.Alternatives("dates", "attributive_articles") + @"\s+am\s+)$", RegexOptions.IgnoreCase);

    // "Am 6. Februar 2019 hatte …": pluperfect.
    private static readonly Regex LookBackAfterRegex = new(@"^\W*" + Lexicon.Alternatives("dates", "pluperfect_auxiliaries") + @"\b");

    private static readonly Regex StrategyRegex = new(Lexicon.Alternatives("dates", "strategy_names"), RegexOptions.IgnoreCase);

    private static readonly Regex FoundingRegex = new(Lexicon.Alternatives("dates", "founding_words"), RegexOptions.IgnoreCase);
}
