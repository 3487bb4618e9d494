using System.Text.Json.Nodes;
using AsskommExtract.Cleaning;
using AsskommExtract.Documents;
using AsskommExtract.Output;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Reading;

/// <summary>
/// Each fixture release exists as plain text, PDF and two kinds of web page (made by
/// tools/FixtureMaker from the .txt). Whatever the format, the clean text and the extraction
/// must be those of the plain text.
/// </summary>
public class FormatEquivalenceTests
{
    private static readonly ExtractionPipeline Pipeline = PipelineFactory.CreateDefault();

    public static string Fixtures => Repo.Path_("tests", "AsskommExtract.Tests", "Reading", "Fixtures");

    public static TheoryData<string> Converted() => new(
        Directory.GetFiles(Fixtures)
            .Select(Path.GetFileName)
            .Where(f => !f!.StartsWith("broken-") && !f.EndsWith(".txt"))
            .Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Converted))]
    public void Converted_release_cleans_to_the_same_blocks_as_its_text(string file)
    {
        var expected = Clean(TextOf(file));
        var actual = Clean(file);
        Assert.Equal(Blocks(expected), Blocks(actual));
        Assert.Equal(GermanDateOf(expected), GermanDateOf(actual));
    }

    [Theory]
    [MemberData(nameof(Converted))]
    public void Converted_release_extracts_the_same_json_as_its_text(string file)
    {
        var expected = Pipeline.Process(new Input(TextOf(file), Path.Combine(Fixtures, TextOf(file))));
        var actual = Pipeline.Process(new Input(file, Path.Combine(Fixtures, file)));
        Assert.Null(actual.Error);
        Assert.Equal(Comparable(ReleaseJson.Serialize(expected)), Comparable(ReleaseJson.Serialize(actual)));
    }

    internal static Document Clean(string file)
    {
        var path = Path.Combine(Fixtures, file);
        var reader = Pipeline.Readers.ForPath(path)!;
        return ReleaseCleaner.Clean(file, reader.Read(File.ReadAllBytes(path)));
    }

    private static string TextOf(string file) => file[..file.IndexOf('.')] + ".txt";

    private static List<string> Blocks(Document d) => d.Blocks.Select(b => $"{b.Kind}: {d.Slice(b)}").ToList();

    private static string? GermanDateOf(Document d) => d.Dateline is null ? null : AsskommExtract.Extractors.Dates.GermanDates.ParseIso(d.Dateline);

    /// <summary>The release JSON without what differs by format: the source path and source positions.</summary>
    private static string Comparable(string json)
    {
        var node = JsonNode.Parse(json)!;
        Strip(node);
        return node.ToJsonString();
    }

    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in new[] { "source", "start", "end", "page" }) o.Remove(key);
                foreach (var (_, child) in o) Strip(child);
                break;
            case JsonArray a:
                foreach (var child in a) Strip(child);
                break;
        }
    }
}
