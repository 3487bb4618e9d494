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

/// <summary>A block of the clean text: [Start, End) in <see cref="Document.Text"/>.</summary>
public readonly record struct Block(BlockKind Kind, int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>A span of the clean text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
