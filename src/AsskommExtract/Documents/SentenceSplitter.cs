using System.Collections.Frozen;

namespace AsskommExtract.Documents;

/// <summary>
/// Splits blocks into sentences. German press text is regular enough for rules:
/// a sentence ends at . ! ? (plus closing quotes) before whitespace and an upper-case
/// start, unless the period closes an abbreviation, an initial or an ordinal ("53. Kommune").
/// </summary>
internal static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "u", "a", "bspw", "bzw", "ca", "dr", "prof", "mio", "mrd", "nr", "z", "b", "d", "h", "stellv", "usw", "etc",
        "vgl", "ggf", "inkl", "evtl", "max", "min", "sog", "str", "tel", "abs", "art", "st", "ltd", "dipl", "ing",
        "jur", "med", "rer", "nat", "phil", "hr", "fr", "mag", "bzgl", "gem", "lt", "v", "o", "i", "s", "e", "v",
        "erzgeb", "vogtl", "sa", "jh", "jhd", "okt", "nov", "dez", "jan", "feb", "febr", "aug", "sept", "sep",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // After an ordinal-looking number, these words start a new sentence rather than continue a noun phrase.
    private static readonly FrozenSet<string> SentenceStarters = new[]
    {
        "Die", "Der", "Das", "Dies", "Diese", "Dieser", "Im", "In", "Es", "Sie", "Er", "Wir", "Ich", "Mit", "Auch",
        "Dazu", "Damit", "Zudem", "Außerdem", "Bis", "Seit", "Am", "An", "Nach", "Ein", "Eine", "So", "Nun",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<TextSpan> Split(Document doc)
    {
        var result = new List<TextSpan>();
        foreach (var block in doc.Blocks)
            SplitBlock(doc.Text, block.Start, block.End, result);
        return result;
    }

    internal static void SplitBlock(string text, int start, int end, List<TextSpan> result)
    {
        int sentenceStart = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c != '.' && c != '!' && c != '?') continue;
            int j = i + 1;
            while (j < end && IsClosingQuote(text[j])) j++;
            if (j >= end || !char.IsWhiteSpace(text[j])) continue;
            int k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) break;
            char next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || IsOpeningQuote(next))) continue;
            if (c == '.' && j == i + 1 && !EndsSentence(text, sentenceStart, i, k, end)) continue;
            result.Add(new TextSpan(sentenceStart, j));
            sentenceStart = k;
            i = k - 1;
        }
        if (sentenceStart < end) result.Add(new TextSpan(sentenceStart, end));
    }

    private static bool EndsSentence(string text, int sentenceStart, int period, int nextStart, int end)
    {
        int w = period;
        while (w > sentenceStart && char.IsLetterOrDigit(text[w - 1])) w--;
        var word = text.AsSpan(w, period - w);
        if (word.Length == 0) return true;
        if (char.IsDigit(word[0]))
        {
            // "53. Kommune", "4. Fachtagung": an ordinal unless the next word clearly starts a sentence.
            int n = nextStart;
            while (n < end && char.IsLetter(text[n])) n++;
            return SentenceStarters.Contains(text[nextStart..n]);
        }
        if (word.Length == 1) return false; // initials, "u. a."
        return !Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    /// <summary>Whether a text ends a sentence or clause: . ! ? : ; before any closing quotes, brackets or bold markers.</summary>
    internal static bool EndsClosed(string text)
    {
        int n = text.Length;
        while (n > 0 && (IsClosingQuote(text[n - 1]) || text[n - 1] == '*')) n--;
        return n > 0 && text[n - 1] is '.' or '!' or '?' or ':' or ';';
    }

    internal static bool IsClosingQuote(char c) => c is '«' or '"' or '“' or '\'' or '‘' or '’' or '»' or '‹' or '›' or ')';

    internal static bool IsOpeningQuote(char c) => c is '»' or '„' or '"' or '«' or '‚' or '›' or '(' or '“';
}
