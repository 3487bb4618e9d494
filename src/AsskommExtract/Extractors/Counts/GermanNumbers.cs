using System.Collections.Frozen;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Counts;

/// <summary>
/// German number words: cardinals including compounds ("einhundertfünfundzwanzig", "zweihundert",
/// "dreiundfünfzig", "tausend") and ordinals in any inflection ("sechste", "Einhundertste",
/// "dreiundfünfzigsten"). No public parser covers German number words, so this one is ours.
/// </summary>
public static class GermanNumbers
{
    private static readonly FrozenDictionary<string, int> Units = Lexicon.Map("counts", "units", StringComparer.Ordinal, int.Parse);

    private static readonly FrozenDictionary<string, int> Teens = Lexicon.Map("counts", "teens", StringComparer.Ordinal, int.Parse);

    private static readonly FrozenDictionary<string, int> Tens = Lexicon.Map("counts", "tens", StringComparer.Ordinal, int.Parse);

    // Ordinal stems whose cardinal is not the stem minus "t"/"st".
    private static readonly (string Suffix, string Cardinal)[] IrregularOrdinals =
        [("erst", "eins"), ("dritt", "drei"), ("siebent", "sieben"), ("siebt", "sieben"), ("acht", "acht")];

    private static readonly string[] Inflections = Lexicon.List("counts", "inflections");

    /// <summary>The value of a cardinal number word ("zwölf", "Einhundertfünfundzwanzig"), or null.</summary>
    public static int? Cardinal(string word) => CanBeNumber(word) ? ParseCardinal(word.ToLowerInvariant()) : null;

    // Every German number word starts with one of these letters: most words are turned away without parsing.
    private static bool CanBeNumber(string word) =>
        word.Length >= 3 && char.ToLowerInvariant(word[0]) is 'e' or 'z' or 'd' or 'v' or 'f' or 's' or 'a' or 'n' or 'h' or 't';

    /// <summary>The value of an ordinal number word ("sechste", "Einhundertste", "dritten"), or null.</summary>
    public static int? Ordinal(string word)
    {
        if (!CanBeNumber(word)) return null;
        var w = word.ToLowerInvariant();
        foreach (var ending in Inflections)
        {
            if (!w.EndsWith(ending, StringComparison.Ordinal) || w.Length <= ending.Length + 2) continue;
            if (OrdinalStem(w[..^ending.Length]) is { } value) return value;
        }
        return null;
    }

    private static int? OrdinalStem(string stem)
    {
        foreach (var (suffix, cardinal) in IrregularOrdinals)
            if (stem.EndsWith(suffix, StringComparison.Ordinal))
                return ParseCardinal(stem[..^suffix.Length] + cardinal);
        // "zwanzigst", "hundertst" (from 20 on) and "zweit", "sechst", "zehnt" (below 20).
        if (stem.EndsWith("st", StringComparison.Ordinal) && ParseCardinal(stem[..^2]) is { } big && big >= 20) return big;
        if (stem.EndsWith('t') && ParseCardinal(stem[..^1]) is { } small) return small;
        return null;
    }

    private static int? ParseCardinal(string w)
    {
        if (w.Length == 0) return null;
        int t = w.IndexOf("tausend", StringComparison.Ordinal);
        if (t >= 0)
        {
            int? thousands = t == 0 ? 1 : ParseBelowThousand(w[..t], leading: true);
            int? rest = t + 7 == w.Length ? 0 : ParseBelowThousand(w[(t + 7)..], leading: false);
            return thousands is null || rest is null ? null : thousands * 1000 + rest;
        }
        return ParseBelowThousand(w, leading: false);
    }

    /// <summary>1–999; <paramref name="leading"/> is true for a multiplier ("zwei" in "zweihundert", where "ein" not "eins").</summary>
    private static int? ParseBelowThousand(string w, bool leading)
    {
        int h = w.IndexOf("hundert", StringComparison.Ordinal);
        if (h >= 0)
        {
            int? hundreds = h == 0 ? 1 : (Units.TryGetValue(w[..h], out var u) && w[..h] != "eins" ? u : null);
            int? rest = h + 7 == w.Length ? 0 : ParseBelowHundred(w[(h + 7)..]);
            return hundreds is null || rest is null ? null : hundreds * 100 + rest;
        }
        if (leading && w == "eins") return null;
        return ParseBelowHundred(w);
    }

    private static int? ParseBelowHundred(string w)
    {
        if (Units.TryGetValue(w, out var u)) return u;
        if (Teens.TryGetValue(w, out var teen)) return teen;
        if (Tens.TryGetValue(w, out var ten)) return ten;
        int und = w.IndexOf("und", StringComparison.Ordinal);
        if (und <= 0) return null;
        var unit = w[..und];
        return unit != "eins" && Units.TryGetValue(unit, out var one) && Tens.TryGetValue(w[(und + 3)..], out var tens) ? tens + one : null;
    }
}
