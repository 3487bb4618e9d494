using AsskommExtract.Documents;
using AsskommExtract.Results;

namespace AsskommExtract.Extractors.Counts;

public static class MetricAnnotations
{
    /// <summary>The figures the release states, each once.</summary>
    public static readonly AnnotationKey<IReadOnlyList<Metric>> Metrics = new("metrics", (release, metrics) => release.Metrics.AddRange(metrics));
}
