using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using AsskommExtract.Text;

namespace AsskommExtract.Extractors.Dates;

/// <summary>Finds and parses full German dates: "01.11.2021", "8. Februar 2021", "8. Febr. 2021".</summary>
public static partial class GermanDates
{
    private static readonly FrozenDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["januar"] = 1, ["jan"] = 1, ["jänner"] = 1, ["februar"] = 2, ["feb"] = 2, ["febr"] = 2, ["märz"] = 3, ["mär"] = 3, ["maerz"] = 3,
        ["april"] = 4, ["apr"] = 4, ["mai"] = 5, ["juni"] = 6, ["jun"] = 6, ["juli"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9, ["oktober"] = 10, ["okt"] = 10, ["november"] = 11, ["nov"] = 11,
        ["dezember"] = 12, ["dez"] = 12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

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
