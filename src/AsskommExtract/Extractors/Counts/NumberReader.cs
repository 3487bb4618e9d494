using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using AsskommExtract.Text;
using AsskommExtract.Extractors.Dates;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Counts;

public enum NumberKind { Cardinal, Ordinal, Fraction }

/// <summary>A number in the clean text: [Start, End) covers the figure and its scale word ("1,3 Mio.").</summary>
public readonly record struct NumberMention(int Start, int End, double Value, NumberKind Kind);

/// <summary>
/// Finds the numbers of a sentence that can be counts: digits ("125", "1.300"), amounts with a
/// decimal comma and a scale word ("1,3 Millionen", "2,5 Mrd."), number words ("zwölf",
/// "einhundertfünfundzwanzig"), ordinals ("53.", "Einhundertste") and fractions in words
/// ("ein Drittel", "die Hälfte", kept apart as <see cref="NumberKind.Fraction"/>). Dates, years,
/// times, phone numbers, postcodes, section numbers, percentages and numbers inside URLs or
/// abbreviations ("B.A./M.A.") are not read.
/// </summary>
public static partial class NumberReader
{
    // Numbers after these are references, not counts.
    private static readonly FrozenSet<string> ReferenceWords = Lexicon.Set("counts", "reference_words", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> VagueQuantifiers = Lexicon.Set("counts", "vague_quantifiers", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> FractionWords = Lexicon.Set("counts", "fraction_words", StringComparer.OrdinalIgnoreCase);

    // Every word of a sentence is looked up: by span, not as a substring.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FractionWordSpans = FractionWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> Scales =
        Lexicon.Map("counts", "scales", StringComparer.OrdinalIgnoreCase, v => double.Parse(v, CultureInfo.InvariantCulture)).GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\d[\d.,:]*|\p{L}+")]
    private static partial Regex TokenRegex();

    [GeneratedRegex(@"\b(?:seit|im|bis|ab|Jahr|Ende|Anfang|Mitte|Herbst|Frühjahr|Sommer|Winter)\s+(?:19|20)\d\d $")]
    private static partial Regex YearBeforeRegex();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$")]
    private static partial Regex ThousandsRegex();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})*,\d+$|^\d+,\d+$")]
    private static partial Regex DecimalRegex();

    /// <summary>The numbers in <paramref name="text"/>[start, end), in text order.</summary>
    public static List<NumberMention> Read(string text, int start, int end)
    {
        var found = new List<NumberMention>();
        foreach (var m in TokenRegex().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            int s = start + m.Index;
            var mention = char.IsDigit(text[s]) ? ReadDigits(text, s, s + m.Length, end) : ReadWord(text, s, s + m.Length, end);
            if (mention is { } n) found.Add(n);
        }
        return found;
    }

    private static NumberMention? ReadDigits(string text, int s, int e, int sentenceEnd)
    {
        while (!char.IsDigit(text[e - 1])) e--; // trailing "." or "," belongs to the sentence or the ordinal
        var core = Digits.ToAscii(text.AsSpan(s, e - s)); // "\\d" also matched "２０" and "٠٩"
        var previous = PreviousWord(text, s);
        if (InLink(text, s) || IsReference(previous) || Neighbours(text, s, e)) return null;
        var next = NextWord(text, e);
        bool dotAfter = e < text.Length && text[e] == '.';
        // "mit 14 zu 2 Stimmen", "3 zu 1 gewonnen": a tally, not a count.
        if (next == "zu" && TallyAfterRegex().IsMatch(text.AsSpan(e, Math.Min(12, text.Length - e)))
            || previous == "zu" && TallyBeforeRegex().IsMatch(text.AsSpan(Math.Max(0, s - 12), Math.Min(12, s))))
            return null;
        if (core.Contains(':') || next is "Uhr" or "Prozent" || (e < text.Length && text[e] == '%') || (e + 1 < text.Length && text[e] == ' ' && text[e + 1] == '%'))
            return null;

        bool plain = core.All(char.IsDigit);
        double value;
        if (ThousandsRegex().IsMatch(core)) value = double.Parse(core.Replace(".", ""), CultureInfo.InvariantCulture);
        else if (DecimalRegex().IsMatch(core)) value = double.Parse(core.Replace(".", "").Replace(',', '.'), CultureInfo.InvariantCulture);
        else if (plain) value = double.Parse(core, CultureInfo.InvariantCulture);
        else return null; // dates (06.02.2019), lists (3,6,7), versions

        if (plain)
        {
            if (dotAfter && GermanDates.IsMonth(next)) return null; // "6. Februar"
            if (core.Length == 4 && value is >= 1900 and < 2100 && next is not ("Euro" or "€" or "EUR")) return null; // years ("auch 2024 Fördermittel")
            if (core.Length >= 5 && next is not ("Euro" or "€" or "EUR")) return null; // postcodes, file numbers: counts that large carry a dot
            if (dotAfter && e + 2 < sentenceEnd && text[e + 1] == ' ') return new NumberMention(s, e + 1, value, NumberKind.Ordinal);
        }
        return Scaled(text, s, e, value);
    }

    private static NumberMention? ReadWord(string text, int s, int e, int sentenceEnd)
    {
        var word = text.AsSpan(s, e - s);
        if (FractionWordSpans.Contains(word)) return new NumberMention(s, e, 0, NumberKind.Fraction);
        // "eine Million Euro": the article is the figure.
        if (word is "Million" or "Milliarde" && PreviousWord(text, s) is ("eine" or "einer" or "Eine") and var article)
            return new NumberMention(s - article.Length - 1, e, word is "Million" ? 1e6 : 1e9, NumberKind.Cardinal);
        if (GermanNumbers.Cardinal(word) is { } cardinal)
        {
            if (cardinal <= 1 || FractionWords.Contains(NextWord(text, e))) return null; // articles; "zwei Drittel"
            if (cardinal is 100 or 1000 && VagueQuantifiers.Contains(PreviousWord(text, s))) return null; // "einigen hundert"
            return Scaled(text, s, e, cardinal);
        }
        if (GermanNumbers.Ordinal(word) is { } ordinal && ordinal > 1)
            return new NumberMention(s, e, ordinal, NumberKind.Ordinal);
        return null;
    }

    /// <summary>Extends a cardinal over a following scale word: "1,3 Millionen", "2,5 Mrd.".</summary>
    private static NumberMention Scaled(string text, int s, int e, double value)
    {
        int w = e;
        while (w < text.Length && text[w] == ' ') w++;
        int we = w;
        while (we < text.Length && char.IsLetter(text[we])) we++;
        if (we > w && Scales.TryGetValue(text.AsSpan(w, we - w), out var scale))
        {
            if (we < text.Length && text[we] == '.' && text.AsSpan(w, we - w) is "Mio" or "Mrd" or "Tsd") we++;
            return new NumberMention(s, we, Math.Round(value * scale, 2), NumberKind.Cardinal);
        }
        return new NumberMention(s, e, value, NumberKind.Cardinal);
    }

    /// <summary>Section and phone labels, and street names before house numbers ("Wilhelm-Buck-Straße 2").</summary>
    private static bool IsReference(string word) =>
        ReferenceWords.Contains(word) || word.EndsWith("straße", StringComparison.OrdinalIgnoreCase) || word.EndsWith("platz", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("weg", StringComparison.OrdinalIgnoreCase) || word.EndsWith("allee", StringComparison.OrdinalIgnoreCase) || word.EndsWith("gasse", StringComparison.OrdinalIgnoreCase);

    /// <summary>Inside a URL, an e-mail address or a slashed abbreviation.</summary>
    private static bool InLink(string text, int s)
    {
        int a = s, b = s;
        while (a > 0 && !char.IsWhiteSpace(text[a - 1])) a--;
        while (b < text.Length && !char.IsWhiteSpace(text[b])) b++;
        var token = text.AsSpan(a, b - a);
        return token.Contains('/') || token.Contains('@') || token.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || token.Contains('§') || token.StartsWith("+");
    }

    /// <summary>Digit groups next to digit groups are phone numbers ("0351 564 30400") or lists of line numbers ("8, 9, 11").</summary>
    private static bool Neighbours(string text, int s, int e)
    {
        bool DigitAt(int i) => i >= 0 && i < text.Length && char.IsDigit(text[i]);
        // "beriet seit 2019 87 Kommunen": a year in front is no part of a phone number.
        if (s >= 2 && text[s - 1] == ' ' && DigitAt(s - 2) && YearBeforeRegex().IsMatch(text.AsSpan(Math.Max(0, s - 16), Math.Min(16, s))))
            return e + 1 < text.Length && text[e] == ' ' && DigitAt(e + 1);
        return (s >= 2 && text[s - 1] == ' ' && DigitAt(s - 2)) || (e + 1 < text.Length && text[e] == ' ' && DigitAt(e + 1))
            || (s >= 3 && text[s - 1] == ' ' && text[s - 2] == ',' && DigitAt(s - 3));
    }

    internal static string PreviousWord(string text, int s)
    {
        int e = s;
        while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '.')) e--;
        int a = e;
        while (a > 0 && (char.IsLetter(text[a - 1]) || text[a - 1] == '§')) a--;
        return text[a..e];
    }

    internal static string NextWord(string text, int e)
    {
        int a = e;
        while (a < text.Length && (text[a] == ' ' || text[a] == '.')) a++;
        int b = a;
        while (b < text.Length && (char.IsLetter(text[b]) || text[b] == '€')) b++;
        return text[a..b];
    }

    [GeneratedRegex(@"^\s+zu\s+\d")]
    private static partial Regex TallyAfterRegex();

    [GeneratedRegex(@"\d\s+zu\s+$")]
    private static partial Regex TallyBeforeRegex();
}
