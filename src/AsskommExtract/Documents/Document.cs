namespace AsskommExtract.Documents;

/// <summary>
/// One release after clean-up: the body text with letterhead, footer and markup removed,
/// its blocks (title, headings, paragraphs, list items, separated by a blank line in
/// <see cref="Text"/>), the letterhead's dateline, and a map back to the source text.
/// Extractors read it and add their findings to <see cref="Annotations"/>.
/// </summary>
public sealed class Document
{
    private IReadOnlyList<TextSpan>? _sentences;

    public Document(string source, string text, IReadOnlyList<Block> blocks, string? dateline, OffsetMap map, SourceText origin)
    {
        Source = source;
        Text = text;
        Blocks = blocks;
        Dateline = dateline;
        Map = map;
        Origin = origin;
    }

    /// <summary>The input path as given on the command line.</summary>
    public string Source { get; }

    public string Text { get; }

    public IReadOnlyList<Block> Blocks { get; }

    /// <summary>The date line the letterhead or web page carries (e.g. "01.11.2021"), as written.</summary>
    public string? Dateline { get; }

    public OffsetMap Map { get; }

    /// <summary>What the reader produced, before clean-up.</summary>
    public SourceText Origin { get; }

    public Annotations Annotations { get; } = new();

    public string? Title => TitleBlock is { } b ? Slice(b) : null;

    private Block? _title;
    private bool _titleFound;

    /// <summary>The headline's block: the first block, or the first after the page furniture above it; found once.</summary>
    public Block? TitleBlock
    {
        get
        {
            if (!_titleFound)
            {
                foreach (var b in Blocks)
                {
                    if (b.Kind == BlockKind.Title) { _title = b; break; }
                    if (!b.IsFurniture) break;
                }
                _titleFound = true;
            }
            return _title;
        }
    }

    public string Slice(Block b) => Text.Substring(b.Start, b.Length);

    public string Slice(TextSpan s) => Text.Substring(s.Start, s.Length);

    /// <summary>Sentences of all blocks, computed once.</summary>
    public IReadOnlyList<TextSpan> Sentences => _sentences ??= SentenceSplitter.Split(this);

    /// <summary>The first block ending after <paramref name="offset"/> (blocks are in text order: a binary search, asked once per mention).</summary>
    public Block BlockAt(int offset)
    {
        int lo = 0, hi = Blocks.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (offset < Blocks[mid].End) hi = mid;
            else lo = mid + 1;
        }
        return Blocks[lo];
    }

    private Block[]? _opening;

    /// <summary>
    /// The first two paragraphs, found once: extractors ask per mention whether one stands there (on
    /// real pages a dateline line or a photo caption often stands before the lead); page furniture is not one.
    /// </summary>
    public IReadOnlyList<Block> Opening => _opening ??= Blocks.Where(b => b.Kind == BlockKind.Paragraph && !b.IsFurniture).Take(2).ToArray();

    /// <summary>The first paragraph (the lead after the headline).</summary>
    public Block? Lead => Opening.Count > 0 ? Opening[0] : null;

    /// <summary>The sentence that contains <paramref name="offset"/>.</summary>
    public TextSpan SentenceAt(int offset)
    {
        var sentences = Sentences;
        int lo = 0, hi = sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (offset < sentences[mid].Start) hi = mid - 1;
            else if (offset >= sentences[mid].End) lo = mid + 1;
            else return sentences[mid];
        }
        return new TextSpan(offset, offset);
    }

    /// <summary>
    /// The source position of a clean-text span: in the file's text where the reader kept it (text,
    /// Markdown, HTML), else in the reader's text (a PDF's pages in reading order); and its page where the source has pages.
    /// </summary>
    public SourceLocation Locate(int start, int end)
    {
        int s = Map.ToSource(start);
        int last = Map.ToSource(Math.Max(start, end - 1));
        if (Origin.File is { } file) return new SourceLocation(file.Start(s), Math.Max(file.Start(s), file.End(last)), null);
        return new SourceLocation(s, last + 1, Origin.PageAt(s));
    }
}

public readonly record struct SourceLocation(int Start, int End, int? Page);
