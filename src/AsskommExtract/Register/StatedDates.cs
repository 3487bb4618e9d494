using System.Globalization;
using System.Text.RegularExpressions;
using AsskommExtract.Extractors.Dates;

namespace AsskommExtract.Register;

/// <summary>A date a sentence states, as precise as it is written: "2021-05-05", "2019-02", "2020".</summary>
public readonly record struct StatedDate(int Start, int End, string Iso);

/// <summary>
/// The dates of a sentence that can date a step: full dates ("5. Mai 2021", "05.05.2021"), a month
/// ("im Februar 2019") and a year ("im Jahr 2020"). Not a date that modifies a noun ("die 2019
/// gegründete Allianz", "Anfang 2019 gegründeten"), not a reference or deadline ("Medieninformation vom
/// …", "bis zum …"), and not one after the release (a step cannot have happened after its report).
/// </summary>
public static partial class StatedDates
{
    public static List<StatedDate> Find(string text, int start, int end, string? releaseDate)
    {
        var found = new List<StatedDate>();
        var span = text[start..end];
        foreach (Match m in GermanDates.DateRegex().Matches(span))
            if (GermanDates.ToIso(m) is { } iso) Add(found, text, start + m.Index, start + m.Index + m.Length, iso, releaseDate);
        foreach (Match m in MonthRegex().Matches(span))
            if (MonthNumber(m.Groups["m"].Value) is { } month)
                Add(found, text, start + m.Index, start + m.Index + m.Length, $"{m.Groups["y"].Value}-{month:00}", releaseDate);
        foreach (Match m in YearRegex().Matches(span))
            Add(found, text, start + m.Index, start + m.Index + m.Length, m.Value, releaseDate);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The first day a date of any precision can mean ("2019-02" → "2019-02-01").</summary>
    public static string FirstDay(string iso) => iso.Length switch
    {
        4 => iso + "-01-01",
        7 => iso + "-01",
        _ => iso,
    };

    /// <summary>The last day a date of any precision can mean ("2019-02" → "2019-02-28").</summary>
    public static string LastDay(string iso)
    {
        if (iso.Length == 4) return iso + "-12-31";
        if (iso.Length != 7) return iso;
        int year = int.Parse(iso[..4], CultureInfo.InvariantCulture), month = int.Parse(iso[5..], CultureInfo.InvariantCulture);
        return $"{iso}-{DateTime.DaysInMonth(year, month):00}";
    }

    /// <summary>Whether two dates of any precision can mean the same day ("2019-02" and "2019-02-06" can).</summary>
    public static bool Compatible(string a, string b) => a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private static void Add(List<StatedDate> found, string text, int s, int e, string iso, string? releaseDate)
    {
        if (found.Any(f => f.Start <= s && e <= f.End)) return; // the year of a full date already found
        if (releaseDate is not null && string.CompareOrdinal(FirstDay(iso), releaseDate) > 0) return;
        if (ReferenceBeforeRegex().IsMatch(text.AsSpan(Math.Max(0, s - 12), Math.Min(12, s)))) return;
        if (AttributiveAfterRegex().IsMatch(text.AsSpan(e, Math.Min(30, text.Length - e)))) return;
        found.Add(new StatedDate(s, e, iso));
    }

    private static int? MonthNumber(string word)
    {
        var iso = GermanDates.ParseIso($"1. {word} 2000");
        return iso is null ? null : int.Parse(iso[5..7], CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<![\p{L}\d.])(?<m>\p{L}{3,9})\.?\s+(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex MonthRegex();

    [GeneratedRegex(@"(?<![\d.,/-])(?:19|20)\d{2}(?![\d.,/-]\d)")]
    private static partial Regex YearRegex();

    [GeneratedRegex(@"(?:\bvom|\bbis(?:\s+zum)?|\bab)\s+(?:\p{L}+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceBeforeRegex();

    // "2019 gegründete", "2019 ins Leben gerufenen", "2019 initiierten": an inflected participle before its noun.
    [GeneratedRegex(@"^\s+(?:ins\s+Leben\s+)?(?:\p{Ll}*ge\p{Ll}{2,}(?:e|en|em|er|es)|\p{Ll}+ierte[nmrs]?|unterzeichnete[nmrs]?)\b")]
    private static partial Regex AttributiveAfterRegex();
}
