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

    /// <summary>The serializer's metadata, built only when JSON is read back (a nested class is initialised on first use).</summary>
    private static class Serializer
    {
        public static readonly ResultsJsonContext Context = new(new JsonSerializerOptions(ResultsJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    /// <summary>
    /// Writes one release by hand, in the order and names of <see cref="ResultsJsonContext"/> (which
    /// still reads it back): the serializer built its metadata for every result type at the first
    /// release, about 45 ms of CPU at start-up. A test holds the two to the same bytes.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, Release release)
    {
        writer.WriteStartObject();
        writer.WriteString(Names.Source, release.Source);
        if (release.Failed)
        {
            writer.WriteString(Names.Error, release.Error);
            writer.WriteEndObject();
            return;
        }
        writer.WriteString(Names.Date, release.Date);
        writer.WriteString(Names.Title, release.Title);
        writer.WriteString(Names.Kind, release.Kind);
        writer.WriteStartArray(Names.Municipalities);
        foreach (var m in release.Municipalities)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Name, m.Name);
            writer.WriteString(Names.Ags, m.Ags);
            writer.WriteString(Names.Kreis, m.Kreis);
            writer.WriteString(Names.Role, m.Role);
            writer.WriteString(Names.Surface, m.Surface);
            if (m.Note is not null) writer.WriteString(Names.Note, m.Note);
            WriteWhere(writer, m);
        }
        writer.WriteEndArray();
        writer.WriteStartArray(Names.Metrics);
        foreach (var m in release.Metrics)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Metric, m.Name);
            writer.WriteNumber(Names.Value, m.Value);
            writer.WriteString(Names.Qualifier, m.Qualifier);
            if (m.Noun is not null) writer.WriteString(Names.Noun, m.Noun);
            writer.WriteString(Names.Evidence, m.Evidence);
            WriteWhere(writer, m);
        }
        writer.WriteEndArray();
        writer.WriteStartArray(Names.Quotes);
        foreach (var q in release.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString(Names.Speaker, q.Speaker);
            writer.WriteString(Names.SpeakerId, q.SpeakerId);
            writer.WriteString(Names.Role, q.Role);
            writer.WriteString(Names.Text, q.Text);
            WriteWhere(writer, q);
        }
        writer.WriteEndArray();
        writer.WriteString(Names.DateMethod, release.DateMethod);
        writer.WriteString(Names.KindMethod, release.KindMethod);
        if (release.KindConfidence is { } confidence) writer.WriteNumber(Names.KindConfidence, confidence);
        else writer.WriteNull(Names.KindConfidence);
        writer.WriteEndObject();
    }

    /// <summary>The <see cref="Extracted"/> properties that close every item, and the item's end.</summary>
    private static void WriteWhere(Utf8JsonWriter writer, Extracted item)
    {
        writer.WriteString(Names.Method, item.Method);
        writer.WriteNumber(Names.Confidence, item.Confidence);
        writer.WriteNumber(Names.Start, item.Start);
        writer.WriteNumber(Names.End, item.End);
        if (item.Page is { } page) writer.WriteNumber(Names.Page, page);
        writer.WriteEndObject();
    }

    private static class Names
    {
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source"), Error = JsonEncodedText.Encode("error"),
            Date = JsonEncodedText.Encode("date"), Title = JsonEncodedText.Encode("title"), Kind = JsonEncodedText.Encode("kind"),
            Municipalities = JsonEncodedText.Encode("municipalities"), Metrics = JsonEncodedText.Encode("metrics"), Quotes = JsonEncodedText.Encode("quotes"),
            Name = JsonEncodedText.Encode("name"), Ags = JsonEncodedText.Encode("ags"), Kreis = JsonEncodedText.Encode("kreis"),
            Role = JsonEncodedText.Encode("role"), Surface = JsonEncodedText.Encode("surface"), Note = JsonEncodedText.Encode("note"),
            Metric = JsonEncodedText.Encode("metric"), Value = JsonEncodedText.Encode("value"), Qualifier = JsonEncodedText.Encode("qualifier"),
            Noun = JsonEncodedText.Encode("noun"), Evidence = JsonEncodedText.Encode("evidence"),
            Speaker = JsonEncodedText.Encode("speaker"), SpeakerId = JsonEncodedText.Encode("speaker_id"), Text = JsonEncodedText.Encode("text"),
            Method = JsonEncodedText.Encode("method"), Confidence = JsonEncodedText.Encode("confidence"),
            Start = JsonEncodedText.Encode("start"), End = JsonEncodedText.Encode("end"), Page = JsonEncodedText.Encode("page"),
            DateMethod = JsonEncodedText.Encode("date_method"), KindMethod = JsonEncodedText.Encode("kind_method"),
            KindConfidence = JsonEncodedText.Encode("kind_confidence");
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

    public static Release? Read(string json) => JsonSerializer.Deserialize(json, Serializer.Context.Release);
}
