using AsskommExtract.Cleaning;
using AsskommExtract.Documents;
using AsskommExtract.Reading;
using AsskommExtract.Results;

namespace AsskommExtract.Pipeline;

/// <summary>
/// Read → clean → extract, for one input at a time; <see cref="Run"/> does many in parallel and
/// hands them on in input order. Built once per process; extractors and models are shared.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly ReleaseReaders _readers;
    private readonly IReadOnlyList<IExtractor> _extractors;
    private readonly Func<IRunAnnotator[]> _runAnnotators;

    public ExtractionPipeline(ReleaseReaders readers, IReadOnlyList<IExtractor> extractors, Func<IRunAnnotator[]> runAnnotators)
    {
        _readers = readers;
        _extractors = extractors;
        _runAnnotators = runAnnotators;
    }

    public ReleaseReaders Readers => _readers;

    /// <summary>Largest input read; bigger files are refused with an error rather than read into memory.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>Processes inputs on <paramref name="parallelism"/> threads, yielding results in input order as they complete.</summary>
    public IEnumerable<Release> Run(IEnumerable<Input> inputs, int parallelism, CancellationToken cancel = default)
    {
        var annotators = _runAnnotators();
        var results = inputs
            .AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, parallelism))
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .WithCancellation(cancel)
            .Select(Process);
        foreach (var release in results)
        {
            if (!release.Failed)
                foreach (var a in annotators) a.Annotate(release);
            yield return release;
        }
    }

    public Release Process(Input input)
    {
        if (input.Error is not null) return Release.Failure(input.Source, input.Error);
        try
        {
            var bytes = ReadBytes(input);
            var reader = input.IsStdin ? _readers.ForContent(bytes) : _readers.ForPath(input.Path!)
                ?? throw new ReadException($"unsupported file type '{Path.GetExtension(input.Path)}' (known: {string.Join(' ', _readers.Extensions)})");
            return Extract(input.Source, reader.Read(bytes));
        }
        catch (ReadException e)
        {
            return Release.Failure(input.Source, OneLine(e.Message)); // a reader's message must not break the one-line report
        }
        catch (UnauthorizedAccessException)
        {
            return Release.Failure(input.Source, "permission denied");
        }
        catch (IOException e)
        {
            return Release.Failure(input.Source, "read error: " + OneLine(e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not end the run or lose the input: report it as this input's error.
            return Release.Failure(input.Source, $"internal error: {e.GetType().Name}: {OneLine(e.Message)}");
        }
    }

    /// <summary>Cleans and extracts a text the caller has already read.</summary>
    public Release Extract(string source, SourceText text)
    {
        var document = ReleaseCleaner.Clean(source, text);
        var release = new Release { Source = source };
        foreach (var extractor in _extractors)
            extractor.Extract(document, release);
        return release;
    }

    private byte[] ReadBytes(Input input)
    {
        if (input.IsStdin)
        {
            using var stdin = Console.OpenStandardInput();
            return ReadBounded(stdin);
        }
        using var fs = new FileStream(input.Path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (fs.CanSeek && fs.Length > MaxBytes)
            throw new ReadException($"file is {fs.Length:N0} bytes, larger than --max-bytes {MaxBytes:N0}");
        return ReadBounded(fs);
    }

    private byte[] ReadBounded(Stream stream)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (ms.Length + n > MaxBytes) throw new ReadException($"input is larger than --max-bytes {MaxBytes:N0}");
            ms.Write(buffer, 0, n);
        }
        return ms.ToArray();
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
