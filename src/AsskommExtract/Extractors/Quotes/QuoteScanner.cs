using AsskommExtract.Documents;

namespace AsskommExtract.Extractors.Quotes;

/// <summary>
/// A top-level quotation in the clean text: marks at [Open, ContentStart) and [ContentEnd, Close);
/// an unclosed one ends with its paragraph (Close == ContentEnd). Names quoted inside it belong to it.
/// Block and EndBlock index the paragraphs of <see cref="QuoteParagraphs"/>.
/// </summary>
internal readonly record struct QuoteSpan(int Open, int ContentStart, int ContentEnd, int Close, int Block, int EndBlock);

/// <summary>
/// Finds the outermost pairs of quotation marks paragraph by paragraph, with the habits of German web
/// text: »…« and «…» (the direction is the one the paragraph's first guillemet opens), ›…‹, ››…‹‹, „…“,
/// „…", „…”, “…”, “…“, ‚…‘, ''…'' and straight "…"; and mixed marks (»…", „…«) paired by meaning. Where a
/// mark's shape does not tell its direction, its place does: after a space and before a word it opens,
/// after a word and before a space or punctuation it closes. A stack pairs nested marks, so
/// »Die »Allianz« wächst.« is one quotation. A quotation left open at the end of a paragraph runs on
/// into the next one only when that one closes it before opening anything (a page break the cleaner
/// could not rejoin); otherwise it ends with its paragraph, the excerpt's end cutting it off.
/// </summary>
internal static class QuoteScanner
{
    private enum Family { Guillemet, SingleGuillemet, Low, English, LowSingle, Straight, Apostrophes }

    private readonly record struct OpenMark(Family Family, int At, int Length, int Block);

    public static List<QuoteSpan> Scan(Document document, List<Block> paragraphs)
    {
        var text = document.Text;
        var spans = new List<QuoteSpan>();
        var stack = new List<OpenMark>();
        bool german = true;
        for (int b = 0; b < paragraphs.Count; b++)
        {
            var block = paragraphs[b];
            // Carried over from the previous paragraph: its guillemet direction stays.
            if (stack.Count == 0) german = GermanGuillemets(text, block.Start, block.End);
            for (int i = block.Start; i < block.End; i++)
            {
                if (!Mark(text, i, block.Start, block.End, german, stack, out var family, out bool opens, out int length)) continue;
                if (opens)
                    stack.Add(new OpenMark(family, i, length, b));
                else
                {
                    // A loop, not FindLastIndex with a lambda: capturing `family` allocated a closure for every character scanned.
                    int at = stack.Count - 1;
                    while (at >= 0 && stack[at].Family != family) at--;
                    if (at >= 0)
                    {
                        var open = stack[at];
                        stack.RemoveRange(at, stack.Count - at);
                        if (at == 0) spans.Add(new QuoteSpan(open.At, open.At + open.Length, i, i + length, open.Block, b));
                    }
                }
                i += length - 1;
            }
            if (stack.Count > 0 && !ClosedInNext(document, paragraphs, b, german, stack[0].Family))
            {
                var open = stack[0];
                int end = block.End;
                while (end > open.At + open.Length && char.IsWhiteSpace(text[end - 1])) end--;
                spans.Add(new QuoteSpan(open.At, open.At + open.Length, end, end, open.Block, b));
                stack.Clear();
            }
        }
        return spans;
    }

    /// <summary>»…« unless the paragraph's first guillemet is «, which then opens (Swiss and French style).</summary>
    private static bool GermanGuillemets(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] is '»' or '›') return true;
            if (text[i] is '«' or '‹') return false;
        }
        return true;
    }

    /// <summary>
    /// Whether the quotation open at the end of paragraph <paramref name="b"/> goes on in the next one: that one
    /// closes <paramref name="family"/> before it opens anything, or it is the excerpt's last paragraph, cut off
    /// mid-sentence with no quotation mark at all (the quotation ran on until the crawler stopped).
    /// </summary>
    private static bool ClosedInNext(Document document, List<Block> paragraphs, int b, bool german, Family family)
    {
        if (b + 1 >= paragraphs.Count) return false;
        var next = paragraphs[b + 1];
        if (next.Kind != BlockKind.Paragraph) return false;
        var text = document.Text;
        var probe = new List<OpenMark> { new(family, -1, 1, b) };
        for (int i = next.Start; i < next.End; i++)
        {
            if (!Mark(text, i, next.Start, next.End, german, probe, out var f, out bool opens, out int length)) continue;
            return !opens && f == family;
        }
        return b + 2 == paragraphs.Count && next.Length > 0 && !SentenceEnd(text[next.End - 1]);
    }

    private static bool SentenceEnd(char c) => c is '.' or '!' or '?' or ':';

    /// <summary>Whether a quotation mark starts at <paramref name="i"/>, of which family, and whether it opens.</summary>
    private static bool Mark(string text, int i, int start, int end, bool german, List<OpenMark> stack,
        out Family family, out bool opens, out int length)
    {
        char c = text[i];
        length = 1;
        family = default;
        opens = false;
        switch (c)
        {
            case '»' or '«':
                // „…«: a guillemet after the words closes a low quotation when no guillemet is open.
                if (!Has(stack, Family.Guillemet) && Has(stack, Family.Low) && ClosesHere(text, i, 1, start, end))
                {
                    family = Family.Low;
                    return true;
                }
                family = Family.Guillemet;
                opens = (c == '»') == german;
                // »…» or «…«: a guillemet after a word and before a space closes the open one, whatever its shape.
                if (opens && Has(stack, Family.Guillemet) && ClosesHere(text, i, 1, start, end) && !OpensHere(text, i, 1, start, end)) opens = false;
                return true;
            case '›' or '‹':
                bool doubled = i + 1 < end && text[i + 1] == c;
                family = doubled ? Family.Guillemet : Family.SingleGuillemet;
                length = doubled ? 2 : 1;
                opens = (c == '›') == german;
                return true;
            case '„':
                family = Family.Low;
                opens = true;
                return true;
            case '‚':
                family = Family.LowSingle;
                opens = true;
                return true;
            case '“':
                // Closes „…“; closes “…“ where it stands after the words; otherwise opens English “…”.
                if (Has(stack, Family.Low)) { family = Family.Low; return true; }
                family = Family.English;
                opens = !(Has(stack, Family.English) && ClosesHere(text, i, 1, start, end));
                return true;
            case '”':
                family = Has(stack, Family.English) ? Family.English : Family.Low;
                return Has(stack, family);
            case '‘' or '’':
                // An apostrophe ("Colditz’") unless a ‚ is open and it stands where a closing mark does.
                family = Family.LowSingle;
                return Has(stack, Family.LowSingle) && (c == '‘' || ClosesHere(text, i, 1, start, end));
            case '\'' when i + 1 < end && text[i + 1] == '\'':
                family = Family.Apostrophes;
                length = 2;
                opens = !Has(stack, Family.Apostrophes);
                return opens ? OpensHere(text, i, 2, start, end) : true;
            case '"':
                // „…" and »…": a straight mark after the words closes the low or guillemet quotation open.
                if (!Has(stack, Family.Straight) && ClosesHere(text, i, 1, start, end) && OpenOther(stack) is { } other)
                {
                    family = other;
                    return true;
                }
                // Straight quotes look alike both ways: one after a space and before a word opens (also inside
                // another: "… das Projekt "Sicherer Bahnhof"."), any other closes an open one.
                family = Family.Straight;
                bool wordNext = i + 1 < end && char.IsLetterOrDigit(text[i + 1]);
                bool spaceBefore = i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '–' or '-' or '/';
                opens = !Has(stack, Family.Straight) ? i + 1 < end && !char.IsWhiteSpace(text[i + 1]) : spaceBefore && wordNext;
                return opens || Has(stack, Family.Straight);
            default:
                return false;
        }
    }

    /// <summary>The innermost open low or guillemet quotation a straight mark may close.</summary>
    private static Family? OpenOther(List<OpenMark> stack)
    {
        for (int k = stack.Count - 1; k >= 0; k--)
            if (stack[k].Family is Family.Low or Family.Guillemet) return stack[k].Family;
        return null;
    }

    // After a word or sentence mark, before a space, punctuation or the paragraph's end: where a closing mark stands.
    private static bool ClosesHere(string text, int i, int length, int start, int end)
    {
        if (i == start || char.IsWhiteSpace(text[i - 1])) return false;
        int j = i + length;
        return j >= end || char.IsWhiteSpace(text[j]) || text[j] is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '–' or '-';
    }

    // After a space or the paragraph's start, before a word: where an opening mark stands.
    private static bool OpensHere(string text, int i, int length, int start, int end)
    {
        int j = i + length;
        if (j >= end || char.IsWhiteSpace(text[j])) return false;
        return i == start || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '–' or '-' or '/' or ':';
    }

    private static bool Has(List<OpenMark> stack, Family family)
    {
        foreach (var o in stack)
            if (o.Family == family) return true;
        return false;
    }
}
