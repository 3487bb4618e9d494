using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using AsskommExtract.Text;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Dates;

/// <summary>Finds and parses full German dates: "01.11.2021", "8. Februar 2021", "8. Febr. 2021".</summary>
public static partial class GermanDates
{
    private static readonly FrozenDictionary<string, int> Months =
        Lexicon.Map("dates", "months", StringComparer.OrdinalIgnoreCase, v => int.Parse(v, CultureInfo.InvariantCulture));

    /// <summary>The month names and abbreviations as a regex alternation, capitalised as in running text, longest first.</summary>
    public static string MonthAlternatives { get; } =
        "(?:" + string.Join('|', Months.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(k => char.ToUpperInvariant(k[0]) + k[1..])) + ")";

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.\s?(?:(?<m>\d{1,2})\.\s?|(?<mn>[A-Za-zäÄ]{3,9})\.?\s+)(?<y>\d{4})(?!\d)")]
    public static partial Regex DateRegex();

    public static string? ToIso(Match m)
    {
        int day = int.Parse(Digits.ToAscii(m.Groups["d"].ValueSpan), CultureInfo.InvariantCulture);
        int year = int.Parse(Digits.ToAscii(m.Groups["y"].ValueSpan), CultureInfo.InvariantCulture);
        if (m.Groups["y"].Length == 2) year += 2000; // "14.03.24" on a dateline line: this century's releases
        int month;
        if (m.Groups["m"].Success) month = int.Parse(Digits.ToAscii(m.Groups["m"].ValueSpan), CultureInfo.InvariantCulture);
        else if (!Months.TryGetValue(m.Groups["mn"].Value, out month)) return null;
        if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static bool IsMonth(string word) => Months.ContainsKey(word);

    public static string? ParseIso(string text)
    {
        var m = DateRegex().Match(text);
        return m.Success ? ToIso(m) : null;
    }
}
