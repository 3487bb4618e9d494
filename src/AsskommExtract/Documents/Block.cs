namespace AsskommExtract.Documents;

public enum BlockKind
{
    /// <summary>The release's headline.</summary>
    Title,
    /// <summary>A sub-heading (Markdown heading, or a short unpunctuated line such as "Hintergrund:").</summary>
    Heading,
    Paragraph,
    ListItem,
}

/// <summary>
/// A block of the clean text: [Start, End) in <see cref="Document.Text"/>. <paramref name="Furniture"/> names
/// what page furniture it is ("navigation", "ad", "siteheader", "tag" …) when the boilerplate stage judged
/// it so; null for content and for blocks it was not asked about.
/// </summary>
public readonly record struct Block(BlockKind Kind, int Start, int End, string? Furniture = null)
{
    public bool IsFurniture => Furniture is not null;

    public int Length => End - Start;
}

/// <summary>A span of the clean text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
