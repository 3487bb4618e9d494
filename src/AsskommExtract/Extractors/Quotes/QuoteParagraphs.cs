using AsskommExtract.Documents;

namespace AsskommExtract.Extractors.Quotes;

/// <summary>
/// The paragraphs quotes are segmented by (SPEC.md: one quote per speaker and paragraph). A block
/// of the clean text is one paragraph, except where a crawler wrote one paragraph per line without
/// blank lines between them: the cleaner joins those lines into one block, but a line of running
/// text that ends a sentence and is longer than a wrapped column is a paragraph of its own.
/// </summary>
internal static class QuoteParagraphs
{
    // Lines wrapped to a column (PDF conversions) stay below this; a crawler's paragraph lines are longer.
    private const int ColumnWidth = 110;

    public static List<Block> Of(Document document)
    {
        var paragraphs = new List<Block>(document.Blocks.Count);
        var text = document.Text;
        var source = document.Origin.Text;
        foreach (var block in document.Blocks)
        {
            int start = block.Start;
            for (int i = block.Start + 1; i < block.End - 1; i++)
            {
                if (text[i] != ' ' || !EndsSentence(text[i - 1])) continue;
                int before = document.Map.ToSource(i - 1), after = document.Map.ToSource(i + 1);
                if (after <= before || after > source.Length) continue;
                int nl = source.IndexOf('\n', before, after - before);
                if (nl < 0) continue;
                int lineStart = source.LastIndexOf('\n', Math.Max(0, before - 1)) + 1;
                if (nl - lineStart <= ColumnWidth) continue;
                paragraphs.Add(new Block(block.Kind, start, i));
                start = i + 1;
            }
            paragraphs.Add(new Block(block.Kind, start, block.End));
        }
        return paragraphs;
    }

    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or '“' or '”' or '"' or '«' or '»' or '‘' or '\'';
}
