using AsskommExtract.Output;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;

namespace AsskommExtract.Benchmarks;

/// <summary>What `extract DIR -f jsonl` allocates per release, in process: the runtime's count of allocated bytes over a second pass (the first warms up the statics and models).</summary>
public static class Allocations
{
    public static int Measure(string dir)
    {
        var pipeline = PipelineFactory.CreateDefault();
        var inputs = InputWalker.Expand([dir], pipeline.Readers).ToList();
        Run(pipeline, inputs);
        long before = GC.GetTotalAllocatedBytes(precise: true);
        Run(pipeline, inputs);
        long bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
        long input = inputs.Sum(i => i.Path is null ? 0 : new FileInfo(i.Path).Length);
        Console.WriteLine($"releases {inputs.Count}  allocated {bytes / inputs.Count / 1024.0:F1} KB per release  ({(double)bytes / input:F0}x the input)");
        return 0;
    }

    private static void Run(ExtractionPipeline pipeline, List<Input> inputs)
    {
        using var sink = new JsonLinesSink(Stream.Null);
        foreach (var release in pipeline.Run(inputs, Environment.ProcessorCount)) sink.Write(release);
    }
}
