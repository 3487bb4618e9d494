using AsskommExtract.Documents;
using AsskommExtract.Reading;

namespace AsskommExtract.Pipeline;

/// <summary>
/// Collects readers, components and run annotators in order; <see cref="Build"/> checks once that
/// every component's requirements are provided by a component before it and that no annotation has
/// two providers, and returns a pipeline that cannot be changed any more.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IReleaseReader> _readers = [];
    private readonly List<IExtractor> _extractors = [];
    private readonly List<Func<IRunAnnotator>> _runAnnotators = [];

    public long MaxBytes { get; set; } = ExtractionPipeline.DefaultMaxBytes;

    /// <summary>Opens standard input for an input named "-" (the command line passes the console's).</summary>
    public Func<Stream>? StandardInput { get; set; }

    public PipelineBuilder Read(IReleaseReader reader)
    {
        _readers.Add(reader);
        return this;
    }

    public PipelineBuilder Extract(IExtractor extractor)
    {
        _extractors.Add(extractor);
        return this;
    }

    /// <summary>A run annotator is made anew for every run: it keeps state across the run's releases.</summary>
    public PipelineBuilder AnnotateRun(Func<IRunAnnotator> create)
    {
        _runAnnotators.Add(create);
        return this;
    }

    /// <exception cref="PipelineOrderException">A component requires what no component before it provides, or two provide one annotation.</exception>
    public ExtractionPipeline Build()
    {
        var create = _runAnnotators.ToArray();
        return new ExtractionPipeline(new ReleaseReaders([.. _readers]), _extractors, () => [.. create.Select(c => c())]) { MaxBytes = MaxBytes, StandardInput = StandardInput };
    }

    /// <summary>The order check <see cref="Build"/> and the pipeline's constructor make.</summary>
    internal static void CheckOrder(IReadOnlyList<IExtractor> extractors)
    {
        var providedBy = new Dictionary<AnnotationKey, IExtractor>();
        foreach (var e in extractors)
        {
            foreach (var key in e.Requires)
                if (!providedBy.ContainsKey(key))
                    throw new PipelineOrderException(extractors.FirstOrDefault(later => later.Provides.Contains(key)) is { } provider
                        ? $"component '{e.Name}' requires '{key}', which '{provider.Name}' provides only after it: register '{provider.Name}' before '{e.Name}'"
                        : $"component '{e.Name}' requires '{key}', which no component of the pipeline provides");
            foreach (var key in e.Provides)
                if (!providedBy.TryAdd(key, e))
                    throw new PipelineOrderException($"components '{providedBy[key].Name}' and '{e.Name}' both provide '{key}'");
        }
    }
}

/// <summary>The components of a pipeline are not in an order that can run.</summary>
public sealed class PipelineOrderException(string message) : InvalidOperationException(message);
