using AsskommExtract.Results;

namespace AsskommExtract.Output;

/// <summary>
/// All tables of a run as one .xlsx workbook, a sheet per <see cref="Table"/> with <see cref="CsvTableSink"/>'s
/// columns. A workbook is written sheet after sheet, but releases arrive one at a time: they are spooled
/// as JSON Lines to a temporary file (deleted on close) and read back once per sheet, so memory stays
/// bounded by one release, not the run.
/// </summary>
public sealed class XlsxSink : IReleaseSink
{
    private readonly Stream _stream;
    private readonly FileStream _spool;
    private readonly JsonLinesSink _spoolWriter;

    public XlsxSink(Stream stream)
    {
        _stream = stream;
        _spool = new FileStream(Path.Combine(Path.GetTempPath(), $"asskomm-{Guid.NewGuid():N}.jsonl"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _spoolWriter = new JsonLinesSink(_spool);
    }

    public void Write(Release release) => _spoolWriter.Write(release);

    public void Complete()
    {
        _spool.Flush();
        XlsxWorkbook.Write(_stream, Enum.GetValues<Table>().Select(t =>
            new XlsxSheet(t.ToString().ToLowerInvariant(), CsvTableSink.Columns(t), Spooled().SelectMany(r => CsvTableSink.Rows(t, r)))));
        _stream.Flush();
    }

    private IEnumerable<Release> Spooled()
    {
        _spool.Position = 0;
        using var reader = new StreamReader(_spool, leaveOpen: true);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return ReleaseJson.Read(line)!;
    }

    public void Dispose()
    {
        _spoolWriter.Dispose();
        _spool.Dispose();
    }
}
