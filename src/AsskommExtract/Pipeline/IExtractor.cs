using AsskommExtract.Documents;
using AsskommExtract.Results;

namespace AsskommExtract.Pipeline;

/// <summary>
/// One concern of the extraction (dates, kinds, municipalities, counts, quotes). Reads the
/// document, fills its part of the release. Runs in parallel over releases: keep no per-call state.
/// </summary>
public interface IExtractor
{
    void Extract(Document document, Release release);
}

/// <summary>
/// A step that needs the releases of a run in input order (e.g. giving the same speaker the same
/// id across releases). Runs sequentially, after the extractors, as results are written.
/// </summary>
public interface IRunAnnotator
{
    void Annotate(Release release);
}
