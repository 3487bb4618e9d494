using AsskommExtract.Documents;

namespace AsskommExtract.Extractors.Quotes;

/// <summary>
/// The paragraphs quotes are segmented by (SPEC.md: one quote per speaker and paragraph). A block
/// of the clean text is one paragraph, except where a crawler wrote one paragraph per line without
/// blank lines between them: the cleaner joins those lines into one block, but there every line
/// break after the end of a sentence, or before a line that opens a quotation, ends a paragraph. A
/// block is a crawler's when one of its lines is longer than any wrapped column, or the line before
/// the break is; a PDF's blocks are its reader's paragraphs.
/// </summary>
internal static class QuoteParagraphs
{
    // Lines wrapped to a column (PDF conversions, hard-wrapped text) stay below this.
    private const int ColumnWidth = 110;

    // A block with a line this long was not wrapped to a column at all.
    private const int UnwrappedLine = 160;

    public static List<Block> Of(Document document)
    {
        // A PDF's lines are its layout's, wrapped to the column (and at times two columns side by side): its reader separates paragraphs.
        if (document.Origin.PageStarts is not null) return [.. document.Blocks];
        var paragraphs = new List<Block>(document.Blocks.Count);
        var breaks = new List<(int At, int LineLength)>();
        foreach (var block in document.Blocks)
        {
            breaks.Clear();
            int longest = LineBreaks(document, block, breaks);
            int start = block.Start;
            foreach (var (at, lineLength) in breaks)
            {
                if (lineLength <= ColumnWidth && longest <= UnwrappedLine) continue;
                if (InsideQuotation(document.Text, start, at, block.End)) continue;
                paragraphs.Add(new Block(block.Kind, start, at));
                start = at + 1;
            }
            paragraphs.Add(new Block(block.Kind, start, block.End));
        }
        return paragraphs;
    }

    /// <summary>
    /// The joining spaces of <paramref name="block"/> that stand for a source line break after a sentence end or
    /// before an opening mark, with the length of the source line before each; returns the block's longest line.
    /// </summary>
    private static int LineBreaks(Document document, Block block, List<(int At, int LineLength)> breaks)
    {
        var text = document.Text;
        var source = document.Origin.Text;
        int longest = 0, lineStart = -1;
        for (int i = block.Start + 1; i < block.End - 1; i++)
        {
            if (text[i] != ' ') continue;
            int before = document.Map.ToSource(i - 1), after = document.Map.ToSource(i + 1);
            if (after <= before || after > source.Length) continue;
            int nl = source.IndexOf('\n', before, after - before);
            if (nl < 0) continue;
            if (lineStart < 0) lineStart = source.LastIndexOf('\n', Math.Max(0, before - 1)) + 1;
            int length = nl - lineStart;
            longest = Math.Max(longest, length);
            lineStart = source.LastIndexOf('\n', after - 1) + 1;
            if (EndsSentence(text[i - 1]) || OpensQuote(text[i + 1])) breaks.Add((i, length));
        }
        // The block's last line.
        if (lineStart >= 0)
        {
            int end = document.Map.ToSource(block.End - 1);
            longest = Math.Max(longest, end - lineStart);
        }
        return longest;
    }

    /// <summary>
    /// A line break inside one quotation (a web page's &lt;br&gt; lines within a paragraph, „… steckt.⏎Diese …⏎… ist.“):
    /// its mark opened before the break and not closed, and closed after it before another opens. A
    /// quote that goes on in a new paragraph opens that paragraph with a new mark. Guillemets count
    /// only in the »…« style the block opens with (in «…» pages the same characters swap roles).
    /// </summary>
    private static bool InsideQuotation(string text, int start, int at, int end)
    {
        var block = text.AsSpan(start, end - start);
        int firstGuillemet = block.IndexOfAny('»', '«');
        bool guillemets = firstGuillemet >= 0 && block[firstGuillemet] == '»';
        return Spans(text, start, at, end, '„', LowCloser) || guillemets && Spans(text, start, at, end, '»', GuillemetCloser);
    }

    private static bool Spans(string text, int start, int at, int end, char opener, System.Buffers.SearchValues<char> closers)
    {
        var before = text.AsSpan(start, at - start);
        int opened = before.LastIndexOf(opener);
        if (opened < 0 || before[opened..].IndexOfAny(closers) >= 0) return false;
        var after = text.AsSpan(at, end - at);
        int closed = after.IndexOfAny(closers), reopened = after.IndexOf(opener);
        return closed >= 0 && (reopened < 0 || closed < reopened);
    }

    private static readonly System.Buffers.SearchValues<char> LowCloser = System.Buffers.SearchValues.Create("“”\"");
    private static readonly System.Buffers.SearchValues<char> GuillemetCloser = System.Buffers.SearchValues.Create("«");

    private static bool OpensQuote(char c) => c is '„' or '»' or '«' or '“' or '"' or '‚';

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or '“' or '”' or '"' or '«' or '»' or '‘' or '\'';
}
