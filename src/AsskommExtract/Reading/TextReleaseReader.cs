using AsskommExtract.Documents;

namespace AsskommExtract.Reading;

/// <summary>Plain text and Markdown: the cleaner strips the markup, so both read the same way.</summary>
public sealed class TextReleaseReader : IReleaseReader
{
    public static readonly TextReleaseReader Instance = new();

    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".text"];

    // Text is what unnamed input is when no other reader recognises it (ReleaseReaders.ForContent), so it claims nothing.
    public bool Sniff(ReadOnlySpan<byte> head) => false;

    public SourceText Read(byte[] bytes)
    {
        var text = TextDecoding.Decode(bytes);
        if (string.IsNullOrWhiteSpace(text)) throw new ReadException(bytes.Length == 0 ? "empty file" : "file holds only whitespace");
        return new SourceText(text);
    }
}
