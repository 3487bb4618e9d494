using System.Text.RegularExpressions;
using AsskommExtract.Documents;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;

namespace AsskommExtract.Extractors.Dates;

/// <summary>
/// The release date: the letterhead's or web page's dateline; else a dateline opening the body
/// ("Zittau, 8. Februar 2021"); else the date of the event reported ("Am 10. September 2021
/// unterzeichneten …", "am heutigen 25. Juni 2021"), never one looked back to ("seit dem …",
/// "gegründet am …", "Am … hatte …"). Null when none of these exists.
/// </summary>
public sealed partial class DateExtractor : IExtractor
{
    public void Extract(Document document, Release release)
    {
        if (document.Dateline is { } line && GermanDates.ParseIso(line) is { } fromLetterhead)
        {
            Set(release, fromLetterhead, "dateline");
            return;
        }
        foreach (var block in document.Blocks)
        {
            if (block.Kind == BlockKind.Title) continue;
            var m = BodyDatelineRegex().Match(document.Text, block.Start, Math.Min(block.Length, 80));
            if (m.Success && GermanDates.ToIso(m) is { } fromBodyDateline)
            {
                Set(release, fromBodyDateline, "dateline");
                return;
            }
            break;
        }
        foreach (Match m in GermanDates.DateRegex().Matches(document.Text))
        {
            if (!IsEventDate(document.Text, m)) continue;
            if (GermanDates.ToIso(m) is { } iso)
            {
                Set(release, iso, "body");
                return;
            }
        }
        release.DateMethod = "none";
    }

    private static void Set(Release release, string iso, string method)
    {
        release.Date = iso;
        release.DateMethod = method;
    }

    /// <summary>"Am 5. Mai 2021 haben …", "am heutigen 25. Juni 2021": the day of the event, not a look back.</summary>
    private static bool IsEventDate(string text, Match m)
    {
        int from = Math.Max(0, m.Index - 30);
        var before = text.AsSpan(from, m.Index - from);
        if (!EventLeadRegex().IsMatch(before)) return false;
        if (LookBackRegex().IsMatch(before)) return false;
        int afterLen = Math.Min(40, text.Length - (m.Index + m.Length));
        var after = text.AsSpan(m.Index + m.Length, afterLen);
        // "Am 6. Februar 2019 hatte der Minister …": pluperfect looks back.
        return !PluperfectRegex().IsMatch(after);
    }

    [GeneratedRegex(@"^\s*(?:[A-ZÄÖÜ][\p{L}.\- ]{1,40},\s+(?:den\s+)?)(?<d>\d{1,2})\.\s?(?:(?<m>\d{1,2})\.\s?|(?<mn>[A-Za-zäÄ]{3,9})\.?\s+)(?<y>\d{4})(?!\d)")]
    private static partial Regex BodyDatelineRegex();

    [GeneratedRegex(@"(?:\b[Aa]m|\bheute,?|\bheutigen|\bdiesem)\s+(?:\w+,\s+(?:dem|den)\s+)?(?:heutigen\s+)?$")]
    private static partial Regex EventLeadRegex();

    [GeneratedRegex(@"(?:seit|gegründet|vom|bis|Gründung|zuletzt|bereits)\b[^.]*$", RegexOptions.IgnoreCase)]
    private static partial Regex LookBackRegex();

    [GeneratedRegex(@"^\W*(?:hatte|hatten|war|waren)\b")]
    private static partial Regex PluperfectRegex();
}
