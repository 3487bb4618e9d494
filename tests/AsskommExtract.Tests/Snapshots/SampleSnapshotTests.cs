using AsskommExtract.Output;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Snapshots;

/// <summary>Pins the full JSON of each sample release, so any change in what is extracted shows up in review.</summary>
public class SampleSnapshotTests
{
    public static TheoryData<string> Samples() => new(Directory.GetFiles(Repo.Samples, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_json_matches_its_snapshot(string file)
    {
        var pipeline = PipelineFactory.CreateDefault();
        var release = pipeline.Process(new Input("samples/" + file, Path.Combine(Repo.Samples, file)));
        Golden.Match(Path.ChangeExtension(file, ".json"), ReleaseJson.Serialize(release) + "\n");
    }
}
