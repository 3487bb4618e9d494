using System.Diagnostics;
using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace AsskommExtract.Reading.Pdf;

/// <summary>
/// What reading one PDF may cost: decoded stream bytes and time. A 4 KB file can inflate to gigabytes
/// (a stream compressed twice), and PdfPig decodes inside a page, so both are checked where the
/// decoding happens, in the stream filters, not only between pages. Once spent, every further decode
/// fails and the reader reports <see cref="Exceeded"/> instead of whatever PdfPig made of the failure.
/// </summary>
internal sealed class PdfBudget(long maxDecodedBytes, TimeSpan maxTime)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _decoded;

    /// <summary>Why reading stopped, once it has.</summary>
    public string? Exceeded { get; private set; }

    public long Remaining => maxDecodedBytes - _decoded;

    public void Spend(long bytes)
    {
        _decoded += bytes;
        if (_decoded > maxDecodedBytes)
            Fail($"PDF streams decode to more than {maxDecodedBytes / (1024 * 1024)} MB (a compression bomb?)");
    }

    /// <summary>Fails once the time is up, saying where reading stopped ("at page 3", "while decoding a stream").</summary>
    public void CheckTime(string where)
    {
        if (_clock.Elapsed > maxTime) Fail($"PDF took longer than {maxTime.TotalSeconds:0} s to read (stopped {where})");
    }

    /// <summary>Fails again if already spent: PdfPig may catch one failure and go on to the next stream.</summary>
    public void CheckOpen()
    {
        if (Exceeded is not null) throw new ReadException(Exceeded);
    }

    private void Fail(string reason)
    {
        Exceeded ??= reason;
        throw new ReadException(Exceeded);
    }

    /// <summary>PdfPig's filters, each behind the budget's checks.</summary>
    public IFilterProvider Filters() => new Provider(DefaultFilterProvider.Instance, this);

    private sealed class Provider(IFilterProvider inner, PdfBudget budget) : IFilterProvider
    {
        public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

        public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

        public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

        private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new Checked(f, budget)).ToList();
    }

    private sealed class Checked(IFilter inner, PdfBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.CheckOpen();
            budget.CheckTime("while decoding a stream");
            // Flate is where bombs come from: count what it inflates to, in a fixed buffer, before it is held in memory.
            if (inner is FlateFilter) InflatedSize(input, budget.Remaining);
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Spend(output.Length);
            budget.CheckTime("while decoding a stream");
            return output;
        }

        /// <summary>Inflates into a scratch buffer, stopping (and failing the budget) once past what is left of it.</summary>
        private void InflatedSize(Memory<byte> input, long remaining)
        {
            if (input.Length < 2) return;
            long total = 0;
            var buffer = new byte[81920];
            try
            {
                using var deflate = new DeflateStream(new MemoryStream(input[2..].ToArray(), writable: false), CompressionMode.Decompress);
                int n;
                while ((n = deflate.Read(buffer)) > 0)
                {
                    total += n;
                    if (total > remaining) budget.Spend(total); // throws
                    if ((total & 0xFFFFFF) < n) budget.CheckTime("while decoding a stream"); // every 16 MB or so
                }
            }
            catch (InvalidDataException)
            {
                // damaged data: PdfPig's own decode says what it makes of it
            }
        }
    }
}
