using System.Collections.Frozen;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Reading.Pdf;

/// <summary>
/// A headline the layout ran into the first paragraph: no larger type, no gap, the headline's last
/// words and the lead's first on one line ("… in der Prävention neu auf Die Landesstrategie …"), as a
/// PDF made from a page without blank lines prints it. A reader still sees where the headline ends:
/// a word that opens a sentence and is capitalised only there (data/lexicon/reading.tsv) follows a
/// word without sentence punctuation, before the first sentence end. Only for a first page that has
/// no headline of its own.
/// </summary>
internal static class RunInHeadline
{
    private const int MinWords = 3, MaxWords = 25;

    private static readonly FrozenSet<string> Openers = Lexicon.Set("reading", "sentence_openers", StringComparer.Ordinal);

    /// <summary>The paragraph split into headline and rest, or null when no boundary shows.</summary>
    public static (PdfParagraph Headline, PdfParagraph Body)? Split(PdfParagraph first)
    {
        if (first.IsHeadline || first.IsListItem || first.Lines.Count < 2) return null;
        int words = 0;
        for (int l = 0; l < first.Lines.Count; l++)
        {
            var tokens = first.Lines[l].Split(' ');
            for (int t = 0; t < tokens.Length; t++, words++)
            {
                if (words > MaxWords) return null;
                if (words >= MinWords && Openers.Contains(tokens[t]) && !EndsClause(Previous(first, l, tokens, t)))
                    return Cut(first, l, tokens, t);
                if (tokens[t].Length > 0 && tokens[t][^1] is '.' or '!' or '?') return null; // a sentence ended: this is a paragraph
            }
        }
        return null;
    }

    private static string Previous(PdfParagraph p, int line, string[] tokens, int t) =>
        t > 0 ? tokens[t - 1] : p.Lines[line - 1].Split(' ')[^1];

    private static bool EndsClause(string word) => word.Length == 0 || word[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '-' or '–' or '—' or '(' or '/';

    private static (PdfParagraph, PdfParagraph) Cut(PdfParagraph p, int line, string[] tokens, int t)
    {
        var head = p.Lines.Take(line).ToList();
        var rest = new List<string>();
        if (t > 0) head.Add(string.Join(' ', tokens[..t]));
        rest.Add(string.Join(' ', tokens[t..]));
        rest.AddRange(p.Lines.Skip(line + 1));
        return (new PdfParagraph(head, IsHeadline: true, IsListItem: false, LastLineFull: false), p with { Lines = rest });
    }
}
