using AsskommExtract.Extractors.Quotes;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;
using AsskommExtract.Synthetic;
using BenchmarkDotNet.Attributes;

namespace AsskommExtract.Benchmarks;

/// <summary>
/// Run-level work: speaker ids for a run of generated releases, one operation per run. Its cost per
/// release must stay the same from 1 000 to 20 000 releases (the people index), not grow with the
/// people already seen.
/// </summary>
[MemoryDiagnoser]
public class RunBenchmarks
{
    private Release[] _releases = [];

    [Params(1_000, 5_000)]
    public int Releases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pipeline = PipelineFactory.CreateDefault();
        var generator = new ReleaseGenerator(seed: 1, ["txt", "md"]);
        _releases = Enumerable.Range(0, Releases).Select(i => pipeline.Extract($"{i}.txt", new(generator.Generate(i).Text))).ToArray();
    }

    [Benchmark(Description = "speaker ids for a run")]
    public void SpeakerIds()
    {
        var ids = new SpeakerIds();
        foreach (var r in _releases) ids.Annotate(r);
    }
}
