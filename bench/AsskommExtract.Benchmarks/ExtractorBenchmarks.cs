using AsskommExtract.Cleaning;
using AsskommExtract.Documents;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;
using BenchmarkDotNet.Attributes;

namespace AsskommExtract.Benchmarks;

/// <summary>
/// Each extractor of the default pipeline on its own, on an already cleaned release (sentences
/// split once, as the pipeline shares them). The extractors are taken from PipelineFactory, so
/// one registered there is benchmarked here without an edit.
/// </summary>
[MemoryDiagnoser]
public class ExtractorBenchmarks
{
    private IExtractor _extractor = null!;
    private Document _document = null!;

    public static IEnumerable<string> Names => PipelineFactory.CreateDefault().Extractors.Select(e => e.Name);

    [ParamsSource(nameof(Names))]
    public string Extractor { get; set; } = "";

    [Params("txt", "md")]
    public string Format { get; set; } = "txt";

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = PipelineFactory.CreateDefault();
        _extractor = pipeline.Extractors.Single(e => e.Name == Extractor);
        _document = ReleaseCleaner.Clean("bench.txt", Releases.Source(Format));
        _ = _document.Sentences;
        pipeline.AnnotateBefore(_extractor, _document); // what it requires
        _extractor.Extract(_document); // loads what it loads lazily (models, tables)
    }

    /// <summary>Each run replaces the stage's annotations on the same document.</summary>
    [Benchmark]
    public void Extract() => _extractor.Extract(_document);
}
