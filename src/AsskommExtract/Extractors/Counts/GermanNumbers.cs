using System.Collections.Frozen;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Counts;

/// <summary>
/// German number words: cardinals including compounds ("einhundertfünfundzwanzig", "zweihundert",
/// "dreiundfünfzig", "tausend") and ordinals in any inflection ("sechste", "Einhundertste",
/// "dreiundfünfzigsten"). No public parser covers German number words, so this one is ours.
/// Asked of every word of every sentence, so it reads spans: a lower-cased copy on the stack, the
/// parts looked up without substrings.
/// </summary>
public static class GermanNumbers
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Units = Values("units");

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Teens = Values("teens");

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Tens = Values("tens");

    private static readonly FrozenDictionary<string, string> Parts = Lexicon.Map("counts", "number_parts", StringComparer.Ordinal);

    // "eins" (One) is the form of 1 that stands alone: compounds take "ein" ("einhundert", "einundzwanzig").
    private static readonly string Hundred = Parts["hundred"], Thousand = Parts["thousand"], And = Parts["and"], One = Parts["one"];

    // Ordinal stems whose cardinal is not the stem minus "t"/"st".
    private static readonly (string Word, string Value)[] IrregularOrdinals = Lexicon.Rows("counts", "irregular_ordinals");

    private static readonly string[] Inflections = Lexicon.List("counts", "inflections");

    // Every German number word starts with the initial of one of its parts: most words are turned away without parsing.
    private static readonly FrozenSet<char> Initials =
        Units.Dictionary.Keys.Concat(Teens.Dictionary.Keys).Concat(Tens.Dictionary.Keys).Append(Hundred).Append(Thousand)
            .Select(w => w[0]).ToFrozenSet();

    private static FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Values(string list) =>
        Lexicon.Map("counts", list, StringComparer.Ordinal, int.Parse).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The value of a cardinal number word ("zwölf", "Einhundertfünfundzwanzig"), or null.</summary>
    public static int? Cardinal(ReadOnlySpan<char> word)
    {
        if (!CanBeNumber(word)) return null;
        Span<char> w = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(w);
        return ParseCardinal(w);
    }

    private static bool CanBeNumber(ReadOnlySpan<char> word) => word.Length >= 3 && Initials.Contains(char.ToLowerInvariant(word[0]));

    /// <summary>The value of an ordinal number word ("sechste", "Einhundertste", "dritten"), or null.</summary>
    public static int? Ordinal(ReadOnlySpan<char> word)
    {
        if (!CanBeNumber(word)) return null;
        Span<char> w = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(w);
        foreach (var ending in Inflections)
        {
            if (!w.EndsWith(ending) || w.Length <= ending.Length + 2) continue;
            if (OrdinalStem(w[..^ending.Length]) is { } value) return value;
        }
        return null;
    }

    private static int? OrdinalStem(ReadOnlySpan<char> stem)
    {
        foreach (var (suffix, cardinal) in IrregularOrdinals)
            if (stem.EndsWith(suffix))
            {
                var head = stem[..^suffix.Length];
                Span<char> word = stackalloc char[head.Length + cardinal.Length];
                head.CopyTo(word);
                cardinal.CopyTo(word[head.Length..]);
                return ParseCardinal(word);
            }
        // "zwanzigst", "hundertst" (from 20 on) and "zweit", "sechst", "zehnt" (below 20).
        if (stem.EndsWith("st") && ParseCardinal(stem[..^2]) is { } big && big >= 20) return big;
        if (stem.EndsWith("t") && ParseCardinal(stem[..^1]) is { } small) return small;
        return null;
    }

    private static int? ParseCardinal(ReadOnlySpan<char> w)
    {
        if (w.Length == 0) return null;
        int t = w.IndexOf(Thousand);
        if (t >= 0)
        {
            int? thousands = t == 0 ? 1 : ParseBelowThousand(w[..t], leading: true);
            int? rest = t + Thousand.Length == w.Length ? 0 : ParseBelowThousand(w[(t + Thousand.Length)..], leading: false);
            return thousands is null || rest is null ? null : thousands * 1000 + rest;
        }
        return ParseBelowThousand(w, leading: false);
    }

    /// <summary>1–999; <paramref name="leading"/> is true for a multiplier ("zwei" in "zweihundert", where "ein" not "eins").</summary>
    private static int? ParseBelowThousand(ReadOnlySpan<char> w, bool leading)
    {
        int h = w.IndexOf(Hundred);
        if (h >= 0)
        {
            int? hundreds = h == 0 ? 1 : (Units.TryGetValue(w[..h], out var u) && !w[..h].SequenceEqual(One) ? u : null);
            int? rest = h + Hundred.Length == w.Length ? 0 : ParseBelowHundred(w[(h + Hundred.Length)..]);
            return hundreds is null || rest is null ? null : hundreds * 100 + rest;
        }
        if (leading && w.SequenceEqual(One)) return null;
        return ParseBelowHundred(w);
    }

    private static int? ParseBelowHundred(ReadOnlySpan<char> w)
    {
        if (Units.TryGetValue(w, out var u)) return u;
        if (Teens.TryGetValue(w, out var teen)) return teen;
        if (Tens.TryGetValue(w, out var ten)) return ten;
        int and = w.IndexOf(And);
        if (and <= 0) return null;
        var unit = w[..and];
        return !unit.SequenceEqual(One) && Units.TryGetValue(unit, out var one) && Tens.TryGetValue(w[(and + And.Length)..], out var tens) ? tens + one : null;
    }
}
