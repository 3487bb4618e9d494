namespace AsskommExtract.Reading;

/// <summary>The readers the tool knows, by file extension. Adding a format is one line here.</summary>
public sealed class ReleaseReaders
{
    private readonly IReleaseReader[] _readers;

    public ReleaseReaders(params IReleaseReader[] readers) => _readers = readers;

    public static ReleaseReaders Default { get; } = new(TextReleaseReader.Instance);

    public IEnumerable<string> Extensions => _readers.SelectMany(r => r.Extensions);

    public IReleaseReader? ForPath(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return _readers.FirstOrDefault(r => r.Extensions.Contains(ext));
    }

    /// <summary>For unnamed input: the first reader whose sniff accepts the bytes; text is the fallback.</summary>
    public IReleaseReader ForContent(ReadOnlySpan<byte> head)
    {
        foreach (var r in _readers)
            if (r.Sniff(head)) return r;
        return TextReleaseReader.Instance;
    }
}
