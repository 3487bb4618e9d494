using System.Collections.Frozen;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Counts;

/// <summary>
/// The qualifier of a figure, read from the words right before it: over (über, mehr als, weit über,
/// gut), about (rund, etwa, ca., circa, ungefähr), under (knapp, fast, nahezu), at_least (mindestens),
/// else exact. Time words in between ("bereits über", "über insgesamt") are skipped and never qualify.
/// Only the words touching the figure count: in "über ein Drittel (64)" the "über" belongs to the
/// fraction and 64 is exact.
/// </summary>
public static class Qualifiers
{
    public const string Exact = "exact";

    private static readonly FrozenDictionary<string, string> Words = Lexicon.Map("counts", "qualifiers", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimeWords = Lexicon.Set("counts", "time_words", StringComparer.OrdinalIgnoreCase);

    /// <summary>The qualifier of the figure starting at <paramref name="start"/>; reads back no further than <paramref name="from"/>.</summary>
    public static string Before(string text, int from, int start)
    {
        var words = WordsBefore(text, from, start);
        int skip = 0;
        while (skip < words.Count && TimeWords.Contains(words[skip])) skip++;
        for (int n = Math.Min(3, words.Count - skip); n >= 1; n--)
        {
            var phrase = string.Join(' ', Enumerable.Range(skip, n).Reverse().Select(i => words[i]));
            if (Words.TryGetValue(phrase, out var q)) return q;
        }
        return Exact;
    }

    /// <summary>Up to six words right before the figure, nearest first; punctuation ("(", ",", "–") ends them, "ca." is a word.</summary>
    private static List<string> WordsBefore(string text, int from, int start)
    {
        var words = new List<string>(6);
        int i = start;
        while (words.Count < 6)
        {
            while (i > from && (text[i - 1] == ' ' || IsQuote(text[i - 1]))) i--;
            int e = i;
            if (i > from && text[i - 1] == '.' && i - 3 >= from && text.AsSpan(i - 3, 3).Equals("ca.", StringComparison.OrdinalIgnoreCase)) i -= 1;
            while (i > from && char.IsLetter(text[i - 1])) i--;
            if (i == e || (e - i == 1 && text[i] == '.')) break;
            words.Add(text[i..e]);
        }
        return words;
    }

    private static bool IsQuote(char c) => c is '»' or '«' or '„' or '“' or '"';
}
