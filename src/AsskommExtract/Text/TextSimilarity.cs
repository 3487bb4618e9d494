using System.Globalization;
using System.Text;

namespace AsskommExtract.Text;

public static class TextSimilarity
{
    /// <summary>1 − Levenshtein distance / length of the longer string, after collapsing whitespace.</summary>
    public static double Ratio(string a, string b)
    {
        a = CollapseWhitespace(a);
        b = CollapseWhitespace(b);
        if (a.Length == 0 && b.Length == 0) return 1;
        return 1.0 - (double)Levenshtein(a, b) / Math.Max(a.Length, b.Length);
    }

    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length) { var t = a; a = b; b = t; }
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }

    public static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var c in s.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>A speaker's surname, folded: the last word of the name as written ("Prof. Dr. Roland Wöller" → "woller").</summary>
    public static string FoldedSurname(string speaker)
    {
        var parts = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? "" : Fold(parts[^1]);
    }

    /// <summary>Lower case without diacritics: "Wöller" → "woller", "Łaz" → "laz".</summary>
    public static string Fold(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c switch { 'ł' or 'Ł' => 'l', 'ß' => 's', _ => char.ToLowerInvariant(c) });
        }
        return sb.ToString();
    }
}
