using AsskommExtract.Documents;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Results;
using AsskommExtract.Synthetic;

namespace AsskommExtract.Tests.Performance;

public class ParallelOrderTests
{
    /// <summary>Takes longer on some releases than others, so parallel work finishes out of order.</summary>
    private sealed class UnevenExtractor : IExtractor
    {
        public int Started;

        public void Extract(Document document, Release release)
        {
            Interlocked.Increment(ref Started);
            Thread.Sleep((release.Source.GetHashCode() & 0x7) == 0 ? 15 : 0);
            release.Title = document.Title;
        }
    }

    private static (string Dir, List<string> Files) Corpus(int n)
    {
        var dir = Path.Combine(Path.GetTempPath(), "asskomm-order-" + Guid.NewGuid().ToString("N"));
        new ReleaseGenerator(9, ["txt", "md"]).WriteTo(dir, n);
        return (dir, Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void ResultsComeInInputOrderWhateverFinishesFirst(int jobs)
    {
        var (dir, files) = Corpus(120);
        try
        {
            var pipeline = new ExtractionPipeline(ReleaseReaders.Default, [new UnevenExtractor()], () => []);
            var inputs = InputWalker.Expand([dir], pipeline.Readers);
            var parallel = pipeline.Run(inputs, jobs).ToList();
            Assert.Equal(files, parallel.Select(r => r.Source));
            var sequential = pipeline.Run(InputWalker.Expand([dir], pipeline.Readers), 1).ToList();
            Assert.Equal(sequential.Select(r => r.Title), parallel.Select(r => r.Title));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void InputsAreTakenLazilySoWorkInFlightStaysBounded()
    {
        var (dir, files) = Corpus(200);
        try
        {
            var extractor = new UnevenExtractor();
            var pipeline = new ExtractionPipeline(ReleaseReaders.Default, [extractor], () => []);
            int pulled = 0;
            var inputs = files.Select(f => { pulled++; return new Input(f, f); });
            int consumed = 0, maxAhead = 0;
            foreach (var _ in pipeline.Run(inputs, 2))
            {
                consumed++;
                maxAhead = Math.Max(maxAhead, pulled - consumed);
                Thread.Sleep(1); // a slow writer: the workers must wait, not run ahead
            }
            Assert.Equal(200, consumed);
            Assert.True(maxAhead <= 32, $"{maxAhead} inputs were taken ahead of the writer");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void FailedInputsKeepTheirPlace()
    {
        var (dir, files) = Corpus(20);
        try
        {
            var inputs = files.Select((f, i) => i % 5 == 2 ? new Input(f + ".missing", f + ".missing") : new Input(f, f)).ToList();
            var results = PipelineFactory.CreateDefault().Run(inputs, 3).ToList();
            Assert.Equal(inputs.Select(i => i.Source), results.Select(r => r.Source));
            Assert.Equal(4, results.Count(r => r.Failed));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
