using AsskommExtract.Documents;

namespace AsskommExtract.Reading;

/// <summary>
/// Reads one input format for the cleaner: text to be read as Markdown, or blocks of literal text with
/// where their characters stand in the file (<see cref="SourceText"/>). One implementation per format.
/// </summary>
public interface IReleaseReader
{
    /// <summary>File extensions (with dot, lower case) this reader handles.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>True when the bytes look like this format (used for standard input, which has no name).</summary>
    bool Sniff(ReadOnlySpan<byte> head);

    /// <summary>Reads the release or throws <see cref="ReadException"/> with a one-line reason.</summary>
    SourceText Read(byte[] bytes);
}
