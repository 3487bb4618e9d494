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

    public string? Title => Blocks.Count > 0 && Blocks[0].Kind == BlockKind.Title ? Slice(Blocks[0]) : null;

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

    private Block? _lead;
    private bool _leadFound;

    /// <summary>The first paragraph (the lead after the headline), found once: extractors ask it per mention.</summary>
    public Block? Lead
    {
        get
        {
            if (!_leadFound) (_lead, _leadFound) = (Blocks.Cast<Block?>().FirstOrDefault(b => b!.Value.Kind == BlockKind.Paragraph), true);
            return _lead;
        }
    }

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

    /// <summary>The source position of a clean-text span, and its page where the source has pages.</summary>
    public SourceLocation Locate(int start, int end)
    {
        int s = Map.ToSource(start);
        int e = Map.ToSource(Math.Max(start, end - 1)) + 1;
        return new SourceLocation(s, e, Origin.PageAt(s));
    }
}

public readonly record struct SourceLocation(int Start, int End, int? Page);
