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

    // Asked for every figure: the words are looked up as spans of the text, not as substrings.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordSpans = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWordSpans = TimeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The qualifier of the figure starting at <paramref name="start"/>; reads back no further than <paramref name="from"/>.</summary>
    public static string Before(string text, int from, int start)
    {
        Span<Range> words = stackalloc Range[6];
        int count = WordsBefore(text, from, start, words);
        int skip = 0;
        while (skip < count && TimeWordSpans.Contains(text.AsSpan()[words[skip]])) skip++;
        int longest = Math.Min(3, count - skip);
        if (longest <= 0) return Exact;
        // The phrases are the nearest one to three words in text order, joined by one space.
        int needed = longest - 1;
        for (int k = skip; k < skip + longest; k++) needed += words[k].GetOffsetAndLength(text.Length).Length;
        Span<char> phrase = needed <= 256 ? stackalloc char[needed] : new char[needed];
        for (int n = longest; n >= 1; n--)
        {
            int length = 0;
            for (int k = skip + n - 1; k >= skip; k--)
            {
                if (length > 0) phrase[length++] = ' ';
                var word = text.AsSpan()[words[k]];
                word.CopyTo(phrase[length..]);
                length += word.Length;
            }
            if (WordSpans.TryGetValue(phrase[..length], out var q)) return q;
        }
        return Exact;
    }

    /// <summary>Up to six words right before the figure, nearest first, into <paramref name="words"/>; punctuation ("(", ",", "–") ends them, "ca." is a word.</summary>
    private static int WordsBefore(string text, int from, int start, Span<Range> words)
    {
        int count = 0;
        int i = start;
        while (count < words.Length)
        {
            while (i > from && (text[i - 1] == ' ' || IsQuote(text[i - 1]))) i--;
            int e = i;
            if (i > from && text[i - 1] == '.' && i - 3 >= from && text.AsSpan(i - 3, 3).Equals("ca.", StringComparison.OrdinalIgnoreCase)) i -= 1;
            while (i > from && char.IsLetter(text[i - 1])) i--;
            if (i == e || (e - i == 1 && text[i] == '.')) break;
            words[count++] = i..e;
        }
        return count;
    }

    private static bool IsQuote(char c) => c is '»' or '«' or '„' or '“' or '"';
}
