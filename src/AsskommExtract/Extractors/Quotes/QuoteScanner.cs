using AsskommExtract.Documents;

namespace AsskommExtract.Extractors.Quotes;

/// <summary>
/// A top-level quotation in the clean text: marks at [Open, ContentStart) and [ContentEnd, Close);
/// an unclosed one ends with its block (Close == ContentEnd). Names quoted inside it belong to it.
/// </summary>
internal readonly record struct QuoteSpan(int Open, int ContentStart, int ContentEnd, int Close, int Block, int EndBlock);

/// <summary>
/// Finds the outermost pairs of quotation marks block by block: »…« and «…» (the direction is
/// the one the block's first guillemet opens), ›…‹, ››…‹‹, „…“, “…”, ‚…‘ and straight "…".
/// A stack pairs nested marks, so »Die »Allianz« wächst.« is one quotation. A quotation left open
/// at the end of a paragraph runs on into the next one when that one closes it first: a page break
/// the cleaner could not rejoin.
/// </summary>
internal static class QuoteScanner
{
    private enum Family { Guillemet, SingleGuillemet, Low, English, LowSingle, Straight }

    private readonly record struct OpenMark(Family Family, int At, int Length, int Block);

    public static List<QuoteSpan> Scan(Document document)
    {
        var text = document.Text;
        var blocks = document.Blocks;
        var spans = new List<QuoteSpan>();
        var stack = new List<OpenMark>();
        bool german = true;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            // Carried over from the previous block: its guillemet direction stays.
            if (stack.Count == 0) german = GermanGuillemets(text, block.Start, block.End);
            for (int i = block.Start; i < block.End; i++)
            {
                if (!Mark(text, i, block.Start, block.End, german, stack, out var family, out bool opens, out int length)) continue;
                if (opens)
                    stack.Add(new OpenMark(family, i, length, b));
                else
                {
                    int at = stack.FindLastIndex(o => o.Family == family);
                    if (at >= 0)
                    {
                        var open = stack[at];
                        stack.RemoveRange(at, stack.Count - at);
                        if (at == 0) spans.Add(new QuoteSpan(open.At, open.At + open.Length, i, i + length, open.Block, b));
                    }
                }
                i += length - 1;
            }
            if (stack.Count > 0 && !ClosedInNext(document, b, german, stack[0].Family))
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

    /// <summary>»…« unless the block's first guillemet is «, which then opens (Swiss and French style).</summary>
    private static bool GermanGuillemets(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] is '»' or '›') return true;
            if (text[i] is '«' or '‹') return false;
        }
        return true;
    }

    /// <summary>Whether the next paragraph closes <paramref name="family"/> before it opens anything.</summary>
    private static bool ClosedInNext(Document document, int b, bool german, Family family)
    {
        if (b + 1 >= document.Blocks.Count) return false;
        var next = document.Blocks[b + 1];
        if (next.Kind != BlockKind.Paragraph) return false;
        var text = document.Text;
        var probe = new List<OpenMark> { new(family, -1, 1, b) };
        for (int i = next.Start; i < next.End; i++)
        {
            if (!Mark(text, i, next.Start, next.End, german, probe, out var f, out bool opens, out int length)) continue;
            return !opens && f == family;
        }
        return false;
    }

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
                family = Family.Guillemet;
                opens = (c == '»') == german;
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
                // Closes „…“; otherwise opens English “…”.
                opens = !Has(stack, Family.Low);
                family = opens ? Family.English : Family.Low;
                return true;
            case '”':
                family = Has(stack, Family.English) ? Family.English : Family.Low;
                return Has(stack, family);
            case '‘':
                family = Family.LowSingle;
                return Has(stack, Family.LowSingle);
            case '"':
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

    private static bool Has(List<OpenMark> stack, Family family)
    {
        foreach (var o in stack)
            if (o.Family == family) return true;
        return false;
    }
}
