using AsskommExtract.Documents;
using AsskommExtract.Results;

namespace AsskommExtract.Pipeline;

/// <summary>
/// One component of the extraction (dates, kinds, municipalities, counts, quotes). Reads the
/// document and the annotations it <see cref="Requires"/>, adds the ones it <see cref="Provides"/>
/// (every one of them, on every document); it never sees the output <see cref="Release"/>, which is
/// mapped from the annotations at the end. Runs in parallel over documents: keep no per-call state.
/// </summary>
public interface IExtractor
{
    /// <summary>The component's name in messages (lower case, as in SPEC.md's field names).</summary>
    string Name { get; }

    /// <summary>Annotations an earlier component must have provided.</summary>
    IReadOnlyList<AnnotationKey> Requires { get; }

    IReadOnlyList<AnnotationKey> Provides { get; }

    void Extract(Document document);
}

/// <summary>
/// A step that needs the releases of a run in input order (e.g. giving the same speaker the same
/// id across releases). Runs sequentially, after the extractors, as results are written.
/// </summary>
public interface IRunAnnotator
{
    void Annotate(Release release);
}
