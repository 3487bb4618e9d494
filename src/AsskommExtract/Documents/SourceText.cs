namespace AsskommExtract.Documents;

/// <summary>
/// What a reader hands to the cleaner: the release as text (Markdown-ish lines, blank lines
/// between paragraphs). Readers of paged formats give the offset where each page starts.
/// </summary>
public sealed class SourceText
{
    public SourceText(string text, IReadOnlyList<int>? pageStarts = null, string? dateline = null)
    {
        Text = text;
        PageStarts = pageStarts;
        Dateline = dateline;
    }

    public string Text { get; }

    /// <summary>Offsets in <see cref="Text"/> where pages 2, 3, … begin (page 1 starts at 0); null when the format has no pages.</summary>
    public IReadOnlyList<int>? PageStarts { get; }

    /// <summary>A dateline the reader found outside the text flow (a PDF side column, a web page's date element).</summary>
    public string? Dateline { get; }

    public int? PageAt(int offset)
    {
        if (PageStarts is null) return null;
        int page = 1;
        foreach (var start in PageStarts)
        {
            if (offset < start) break;
            page++;
        }
        return page;
    }
}
