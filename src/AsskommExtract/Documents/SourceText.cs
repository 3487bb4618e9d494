namespace AsskommExtract.Documents;

/// <summary>
/// What a reader hands to the cleaner: the release as text, and for structured formats (HTML, PDF)
/// its blocks. Without <see cref="Blocks"/> the text is the file's own and the cleaner reads it as
/// Markdown; with them every block's lines are literal text ("# 1 im Erzgebirge" is no heading) and
/// the blocks' kinds are the reader's. Readers of paged formats give the offset where each page starts.
/// </summary>
public sealed class SourceText
{
    public SourceText(string text, IReadOnlyList<int>? pageStarts = null, string? dateline = null,
        IReadOnlyList<ReaderBlock>? blocks = null, FileMap? file = null)
    {
        Text = text;
        PageStarts = pageStarts;
        Dateline = dateline;
        Blocks = blocks;
        File = file;
    }

    /// <summary>The text: the file's for plain text and Markdown; for other formats the reader's, its blocks' lines one a line, a blank line between blocks.</summary>
    public string Text { get; }

    /// <summary>The blocks a structured format's reader found, in text order; null for text to be read as Markdown.</summary>
    public IReadOnlyList<ReaderBlock>? Blocks { get; }

    /// <summary>Where each character of <see cref="Text"/> stands in the file's text; null when offsets into <see cref="Text"/> are the ones to report.</summary>
    public FileMap? File { get; }

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

/// <summary>
/// A block as a reader found it: a heading (with its level), paragraph or list item, and its lines
/// as spans of <see cref="SourceText.Text"/>.
/// </summary>
public sealed record ReaderBlock(BlockKind Kind, int HeadingLevel, IReadOnlyList<TextSpan> Lines);

/// <summary>
/// For each character of a reader's text, the span of the file's text it came from: one character
/// for a copied one, the whole entity for a decoded "&amp;amp;", the whole run for a collapsed run of
/// whitespace. A character the reader made up (a line break for &lt;br&gt;, the marks of &lt;q&gt;) has no
/// span of its own and stands at the end of the character before it.
/// </summary>
public sealed class FileMap
{
    private readonly int[] _starts, _ends;

    /// <summary>Spans with -1 for characters that have none.</summary>
    internal FileMap(int[] starts, int[] ends)
    {
        _starts = starts;
        _ends = ends;
        int last = 0;
        for (int i = 0; i < starts.Length; i++)
        {
            if (starts[i] < 0) (starts[i], ends[i]) = (last, last);
            else last = ends[i];
        }
    }

    /// <summary>Where the character at <paramref name="offset"/> starts in the file.</summary>
    public int Start(int offset) => _starts.Length == 0 ? 0 : _starts[Math.Clamp(offset, 0, _starts.Length - 1)];

    /// <summary>Where the character at <paramref name="offset"/> ends in the file.</summary>
    public int End(int offset) => _ends.Length == 0 ? 0 : _ends[Math.Clamp(offset, 0, _ends.Length - 1)];
}
