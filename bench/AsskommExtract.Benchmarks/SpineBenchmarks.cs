using System.Text;
using AsskommExtract.Cleaning;
using AsskommExtract.Documents;
using AsskommExtract.Output;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Results;
using BenchmarkDotNet.Attributes;

namespace AsskommExtract.Benchmarks;

/// <summary>The steps every release goes through, one release per operation: read, clean, split, extract all, write.</summary>
[MemoryDiagnoser]
public class SpineBenchmarks
{
    private readonly ExtractionPipeline _pipeline = PipelineFactory.CreateDefault();
    private byte[] _bytes = [];
    private SourceText _source = null!;
    private Document _document = null!;
    private Release _release = null!;
    private JsonLinesSink _jsonl = null!;

    [Params("txt", "md")]
    public string Format { get; set; } = "txt";

    [GlobalSetup]
    public void Setup()
    {
        _source = Releases.Source(Format);
        _bytes = Encoding.UTF8.GetBytes(_source.Text);
        _document = ReleaseCleaner.Clean("bench.txt", _source);
        _release = _pipeline.Extract("bench.txt", _source);
        _jsonl = new JsonLinesSink(Stream.Null);
    }

    [Benchmark(Description = "read (decode bytes)")]
    public SourceText Read() => TextReleaseReader.Instance.Read(_bytes);

    [Benchmark(Description = "clean-up")]
    public Document Clean() => ReleaseCleaner.Clean("bench.txt", _source);

    [Benchmark(Description = "sentence split")]
    public int Sentences()
    {
        var sentences = new List<TextSpan>();
        foreach (var b in _document.Blocks) SentenceSplitter.SplitBlock(_document.Text, b.Start, b.End, sentences);
        return sentences.Count;
    }

    [Benchmark(Description = "whole pipeline Extract (clean + all extractors)")]
    public Release Extract() => _pipeline.Extract("bench.txt", _source);

    [Benchmark(Description = "write JSON line")]
    public void WriteJsonLine() => _jsonl.Write(_release);
}
