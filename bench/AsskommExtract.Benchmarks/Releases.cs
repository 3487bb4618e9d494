using AsskommExtract.Documents;
using AsskommExtract.Synthetic;

namespace AsskommExtract.Benchmarks;

/// <summary>The inputs every benchmark reads: typical generated releases, plain text (PDF conversion) and Markdown.</summary>
public static class Releases
{
    public static readonly string[] Formats = ["txt", "md"];

    /// <summary>A fixed release of the format; index 7 is a beitritt release with the footer inside a paragraph.</summary>
    public static GeneratedRelease Typical(string format) => new ReleaseGenerator(seed: 1, [format]).Generate(7);

    public static SourceText Source(string format) => new(Typical(format).Text);
}
