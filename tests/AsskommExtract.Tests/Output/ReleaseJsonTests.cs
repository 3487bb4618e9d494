using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AsskommExtract.Output;
using AsskommExtract.Results;

namespace AsskommExtract.Tests.Output;

public class ReleaseJsonTests
{
    /// <summary>Every property set, optional ones both ways, awkward characters and numbers.</summary>
    private static Release Full() => new()
    {
        Source = "ordner/»Meldung« \"1\".txt",
        Date = "2023-03-01",
        Title = "Stadt Musterhain tritt bei – „endlich“\n<b>",
        Kind = "beitritt",
        Municipalities =
        [
            new MunicipalityMention { Name = "Musterhain", Ags = "14000001", Kreis = "Bautzen", Role = "subject", Surface = "Musterhainer", Note = "Ortsteil", Method = "ml", Confidence = 0.8125, Start = 3, End = 14, Page = 2 },
            new MunicipalityMention { Name = "Beispielstadt/Přikład", Ags = "14000002", Confidence = 1.0 / 3, Start = 20, End = 33 },
        ],
        Metrics =
        [
            new Metric { Name = "kommunen_beraten", Value = 145, Qualifier = "over", Noun = "Kommunen", Evidence = "mehr als 145 Kommunen", Start = 1, End = 4 },
            new Metric { Name = "foerdermittel_eur", Value = 1.3e6, Evidence = "1,3 Mio. Euro\t", Confidence = 0.95, Page = 1 },
            new Metric { Name = "other", Value = -0.000125 },
        ],
        Quotes = [new Quote { Speaker = "Prof. Dr. Eva Sommerfeld", SpeakerId = "eva-sommerfeld", Role = "Innenministerin", Text = "»Wir sind dabei.« \\ \u0001", Start = 7, End = 9 }],
        DateMethod = "dateline",
        KindMethod = "rule",
        KindConfidence = 0.9,
    };

    private static string Serialized(Action<Utf8JsonWriter> write, bool indented)
    {
        using var ms = new MemoryStream();
        using (var writer = new Utf8JsonWriter(ms, ReleaseJson.WriterOptions(indented))) write(writer);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    public static TheoryData<string> Shapes() => ["full", "empty", "failed", "no confidence"];

    private static Release Shape(string name) => name switch
    {
        "full" => Full(),
        "empty" => new Release { Source = "a.txt" },
        "failed" => Release.Failure("a.txt", "binary data, not text"),
        _ => new Release { Source = "a.txt", Date = "2020-01-01", KindMethod = "none" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_hand_written_writer_gives_the_bytes_of_the_source_generated_serializer(string shape)
    {
        // The serializer is the reference: a property added to the results and not to the writer fails here.
        var context = new ResultsJsonContext(new JsonSerializerOptions(ResultsJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var release = Shape(shape);
        foreach (bool indented in new[] { false, true })
        {
            var expected = release.Failed
                ? Serialized(w => { w.WriteStartObject(); w.WriteString("source", release.Source); w.WriteString("error", release.Error); w.WriteEndObject(); }, indented)
                : Serialized(w => JsonSerializer.Serialize(w, release, context.Release), indented);
            Assert.Equal(expected, Serialized(w => ReleaseJson.Write(w, release), indented));
        }
    }

    [Fact]
    public void What_is_written_reads_back()
    {
        var json = ReleaseJson.Serialize(Full());
        Assert.Equal(json, ReleaseJson.Serialize(ReleaseJson.Read(json)!));
    }
}
