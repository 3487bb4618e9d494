using System.Buffers;
using AsskommExtract.Cleaning;
using AsskommExtract.Documents;
using AsskommExtract.Reading;
using AsskommExtract.Results;

namespace AsskommExtract.Pipeline;

/// <summary>
/// Read → clean → extract, for one input at a time; <see cref="Run"/> does many in parallel and
/// hands them on in input order. Built once per process (<see cref="PipelineBuilder"/>); extractors
/// and models are shared.
/// </summary>
public sealed class ExtractionPipeline
{
    private readonly ReleaseReaders _readers;
    private readonly IReadOnlyList<IExtractor> _extractors;
    private readonly Component[] _components;
    private readonly Func<IRunAnnotator[]> _runAnnotators;

    /// <summary>A component with the keys it may read (what it requires or provides) and write.</summary>
    private sealed record Component(IExtractor Extractor, AnnotationKey[] Provides, HashSet<AnnotationKey> Readable, HashSet<AnnotationKey> Writable);

    /// <exception cref="PipelineOrderException">The extractors are not in an order that can run.</exception>
    public ExtractionPipeline(ReleaseReaders readers, IReadOnlyList<IExtractor> extractors, Func<IRunAnnotator[]> runAnnotators)
    {
        PipelineBuilder.CheckOrder(extractors);
        _readers = readers;
        _extractors = extractors.ToArray().AsReadOnly();
        _components = [.. _extractors.Select(e => new Component(e, [.. e.Provides], [.. e.Requires, .. e.Provides], [.. e.Provides]))];
        _runAnnotators = runAnnotators;
    }

    public ReleaseReaders Readers => _readers;

    /// <summary>The extractors, in the order they run (the benchmarks enumerate them).</summary>
    public IReadOnlyList<IExtractor> Extractors => _extractors;

    /// <summary>Opens standard input for an input named "-"; the command line gives it (the library has no console).</summary>
    public Func<Stream>? StandardInput { get; init; }

    /// <summary>Largest input read; bigger files are refused with an error rather than read into memory.</summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Processes inputs on <paramref name="parallelism"/> threads and yields the results in input
    /// order. Inputs are taken lazily and at most a few per thread are in flight or waiting for an
    /// earlier one to finish, so memory stays flat however many inputs there are.
    /// </summary>
    public IEnumerable<Release> Run(IEnumerable<Input> inputs, int parallelism, CancellationToken cancel = default)
    {
        var annotators = _runAnnotators();
        foreach (var release in InOrder(inputs, Math.Max(1, parallelism), cancel))
        {
            if (!release.Failed)
                foreach (var a in annotators) a.Annotate(release);
            yield return release;
        }
    }

    private IEnumerable<Release> InOrder(IEnumerable<Input> inputs, int parallelism, CancellationToken cancel)
    {
        // A window of started tasks, oldest first; the scheduler runs at most `parallelism` at once.
        // (PLINQ's ordered merge buffers results without such a bound.)
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;
        int window = parallelism * 8;
        var pending = new Queue<Task<Release>>(window);
        using var next = inputs.GetEnumerator();
        while (true)
        {
            while (pending.Count < window && next.MoveNext())
            {
                var input = next.Current;
                pending.Enqueue(Task.Factory.StartNew(() => Process(input), cancel, TaskCreationOptions.None, scheduler));
            }
            if (pending.Count == 0) yield break;
            // Waiting with the token: a signal ends the run now, not when a slow input is done with.
            var oldest = pending.Dequeue();
            // A wait handle, not Task.Wait: Task.Wait spins before it blocks, and this thread waits for
            // nearly every input while both cores extract (paired: the same CPU, 0.85x the wall time).
            if (!oldest.IsCompleted) WaitHandle.WaitAny([((IAsyncResult)oldest).AsyncWaitHandle, cancel.WaitHandle]);
            cancel.ThrowIfCancellationRequested();
            yield return oldest.GetAwaiter().GetResult();
        }
    }

    public Release Process(Input input)
    {
        try
        {
            return Extract(input.Source, Read(input));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Release.Failure(input.Source, FailureReason(e));
        }
    }

    /// <summary>
    /// The one-line reason an input failed. A bug of ours must not end the run or lose the input
    /// either: it is reported as that input's error.
    /// </summary>
    public static string FailureReason(Exception e) => e switch
    {
        ReadException => OneLine(e.Message), // a reader's message must not break the one-line report
        UnauthorizedAccessException => "permission denied",
        IOException => "read error: " + OneLine(e.Message),
        _ => $"internal error: {e.GetType().Name}: {OneLine(e.Message)}",
    };

    /// <summary>Reads one input with the reader for its format; throws <see cref="ReadException"/> or an I/O exception.</summary>
    public SourceText Read(Input input)
    {
        if (input.Error is not null) throw new ReadException(input.Error);
        var bytes = ReadBytes(input);
        var reader = input.IsStdin ? _readers.ForContent(bytes) : _readers.ForPath(input.Path!)
            ?? throw new ReadException($"unsupported file type '{Path.GetExtension(input.Path)}' (known: {string.Join(' ', _readers.Extensions)})");
        return reader.Read(bytes);
    }

    /// <summary>Cleans and extracts a text the caller has already read.</summary>
    public Release Extract(string source, SourceText text)
    {
        var document = ReleaseCleaner.Clean(source, text);
        foreach (var c in _components) Run(c, document);
        return ToRelease(document);
    }

    /// <summary>Runs the components before <paramref name="stage"/> on a document, so that the stage alone can be measured on it.</summary>
    public void AnnotateBefore(IExtractor stage, Document document)
    {
        foreach (var c in _components.TakeWhile(c => c.Extractor != stage)) Run(c, document);
    }

    private static void Run(Component c, Document document)
    {
        using (document.Annotations.For(c.Extractor.Name, c.Readable, c.Writable))
            c.Extractor.Extract(document);
        foreach (var key in c.Provides)
            if (!document.Annotations.Has(key))
                throw new InvalidOperationException($"component '{c.Extractor.Name}' did not provide '{key}'");
    }

    /// <summary>The output: each provided annotation copied into its field of the release.</summary>
    private Release ToRelease(Document document)
    {
        var release = new Release { Source = document.Source };
        foreach (var c in _components)
            foreach (var key in c.Provides)
                key.WriteTo(document.Annotations, release);
        return release;
    }

    private byte[] ReadBytes(Input input)
    {
        if (input.IsStdin)
        {
            using var stdin = StandardInput?.Invoke() ?? throw new ReadException("standard input is not available to this pipeline");
            return ReadBounded(stdin);
        }
        using var fs = FileKind.OpenForReading(input.Path!, input.Special);
        if (fs.CanSeek && fs.Length > MaxBytes)
            throw new ReadException($"file is {ByteSize.Format(fs.Length)}, larger than the input size limit {ByteSize.Format(MaxBytes)}");
        return input.Special ? ReadWithin(fs, input.Path!) : ReadBounded(fs);
    }

    /// <summary>How long a pipe or device named as input may take to deliver its bytes.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A pipe whose writer never writes (or never closes) blocks a read for good; the read runs on a
    /// thread of its own, and after <see cref="ReadTimeout"/> the input is an error and the run goes on.
    /// </summary>
    private byte[] ReadWithin(FileStream stream, string path)
    {
        var read = Task.Run(() => ReadBounded(stream));
        if (!read.Wait(ReadTimeout))
            throw new ReadException($"no end of data from {path} within {ReadTimeout.TotalSeconds:0} s (a pipe nobody writes to?)");
        return read.GetAwaiter().GetResult();
    }

    private byte[] ReadBounded(Stream stream)
    {
        using var ms = new MemoryStream();
        if (stream.CanSeek)
        {
            // A regular file says its length: read it into an array of that size, with no buffer and
            // copy per file; one more read tells whether it grew meanwhile (then the rest as from a pipe).
            var whole = new byte[Math.Min(stream.Length - stream.Position, MaxBytes)];
            int read = stream.ReadAtLeast(whole, whole.Length, throwOnEndOfStream: false);
            if (read < whole.Length) return whole[..read];
            int next = stream.ReadByte();
            if (next < 0) return whole;
            ms.Write(whole);
            ms.WriteByte((byte)next);
        }
        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (ms.Length + n > MaxBytes) throw TooLarge();
                ms.Write(buffer, 0, n);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (ms.Length > MaxBytes) throw TooLarge();
        return ms.ToArray();
    }

    private ReadException TooLarge() => new($"input is larger than the input size limit {ByteSize.Format(MaxBytes)}");

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}
