using AsskommExtract.Output;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Snapshots;

/// <summary>
/// Pins the full JSON of each sample release, as one run over the samples folder produces it
/// (speaker ids included), so any change in what is extracted shows up in review.
/// </summary>
public class SampleSnapshotTests
{
    private static readonly Lazy<Dictionary<string, string>> Run = new(() =>
    {
        var pipeline = PipelineFactory.CreateDefault();
        var inputs = Directory.GetFiles(Repo.Samples, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Input("samples/" + Path.GetFileName(f), f));
        return pipeline.Run(inputs, parallelism: 2)
            .ToDictionary(r => Path.GetFileName(r.Source), r => ReleaseJson.Serialize(r) + "\n");
    });

    public static TheoryData<string> Samples() => new(Directory.GetFiles(Repo.Samples, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_json_matches_its_snapshot(string file) =>
        Golden.Match(Path.ChangeExtension(file, ".json"), Run.Value[file]);
}
