using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using AsskommExtract.Results;

namespace AsskommExtract.Output;

/// <summary>SPEC.md's JSON: an array with one object per input, failed inputs as {"source", "error"}.</summary>
public sealed class JsonArraySink(Stream stream) : IReleaseSink
{
    private readonly Utf8JsonWriter _writer = new(stream, ReleaseJson.WriterOptions(indented: true));
    private bool _started;

    public void Write(Release release)
    {
        if (!_started) { _writer.WriteStartArray(); _started = true; }
        ReleaseJson.Write(_writer, release);
        _writer.Flush();
    }

    public void Complete()
    {
        if (!_started) _writer.WriteStartArray();
        _writer.WriteEndArray();
        _writer.Flush();
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    public void Dispose() => _writer.Dispose();
}

/// <summary>JSON Lines: the same objects, one per line, flushed as they come (for jq and pipes).</summary>
public sealed class JsonLinesSink : IReleaseSink
{
    // Each line is built in a reused buffer and written with one call: stdout is unbuffered,
    // and a write per line (not per token or per newline) keeps the system calls to one a release.
    private readonly ArrayBufferWriter<byte> _line = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;
    private readonly Stream _stream;

    public JsonLinesSink(Stream stream)
    {
        _stream = stream;
        _writer = new Utf8JsonWriter(_line, ReleaseJson.WriterOptions(indented: false));
    }

    public void Write(Release release)
    {
        ReleaseJson.Write(_writer, release);
        _writer.Flush();
        _writer.Reset();
        _line.GetSpan(1)[0] = (byte)'\n';
        _line.Advance(1);
        _stream.Write(_line.WrittenSpan);
        _line.ResetWrittenCount();
    }

    public void Complete() => _stream.Flush();

    public void Dispose() => _writer.Dispose();
}

public static class ReleaseJson
{
    // Umlauts and guillemets stay readable; the output is data, not HTML.
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonSerializerOptions Options = new(ResultsJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly ResultsJsonContext Context = new(Options);

    public static void Write(Utf8JsonWriter writer, Release release)
    {
        if (release.Failed)
        {
            writer.WriteStartObject();
            writer.WriteString("source", release.Source);
            writer.WriteString("error", release.Error);
            writer.WriteEndObject();
            return;
        }
        JsonSerializer.Serialize(writer, release, Context.Release);
    }

    public static string Serialize(Release release, bool indented = true)
    {
        using var ms = new MemoryStream();
        using (var writer = new Utf8JsonWriter(ms, WriterOptions(indented))) Write(writer, release);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }


    /// <summary>A property holding an array of strings.</summary>
    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    public static Release? Read(string json) => JsonSerializer.Deserialize(json, Context.Release);
}
