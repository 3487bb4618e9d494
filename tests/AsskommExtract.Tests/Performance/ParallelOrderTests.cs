using AsskommExtract.Documents;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Synthetic;

namespace AsskommExtract.Tests.Performance;

public class ParallelOrderTests
{
    /// <summary>Takes longer on some releases than others, so parallel work finishes out of order.</summary>
    private sealed class UnevenExtractor : IExtractor
    {
        public string Name => "uneven";
        public IReadOnlyList<AnnotationKey> Requires { get; } = [];
        public IReadOnlyList<AnnotationKey> Provides { get; } = [Extractors.Titles.TitleAnnotations.Title];

        public void Extract(Document document)
        {
            Thread.Sleep((document.Source.GetHashCode() & 0x7) == 0 ? 15 : 0);
            document.Annotations.Set(Extractors.Titles.TitleAnnotations.Title, document.Title);
        }
    }

    /// <summary>A generated corpus in a temporary folder, deleted on dispose.</summary>
    private sealed class Corpus : IDisposable
    {
        public readonly string Dir = Path.Combine(Path.GetTempPath(), "asskomm-order-" + Guid.NewGuid().ToString("N"));
        public readonly List<string> Files;

        public Corpus(int n)
        {
            new ReleaseGenerator(9, ["txt", "md"]).WriteTo(Dir, n);
            Files = Directory.GetFiles(Dir).Order(StringComparer.Ordinal).ToList();
        }

        public void Dispose() => Directory.Delete(Dir, true);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void ResultsComeInInputOrderWhateverFinishesFirst(int jobs)
    {
        using var corpus = new Corpus(120);
        var pipeline = new ExtractionPipeline(ReleaseReaders.Default, [new UnevenExtractor()], () => []);
        var parallel = pipeline.Run(InputWalker.Expand([corpus.Dir], pipeline.Readers), jobs).ToList();
        Assert.Equal(corpus.Files, parallel.Select(r => r.Source));
        var sequential = pipeline.Run(InputWalker.Expand([corpus.Dir], pipeline.Readers), 1).ToList();
        Assert.Equal(sequential.Select(r => r.Title), parallel.Select(r => r.Title));
    }

    [Fact]
    public void InputsAreTakenLazilySoWorkInFlightStaysBounded()
    {
        using var corpus = new Corpus(200);
        var pipeline = new ExtractionPipeline(ReleaseReaders.Default, [new UnevenExtractor()], () => []);
        int pulled = 0;
        var inputs = corpus.Files.Select(f => { pulled++; return new Input(f, f); });
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

    [Fact]
    public void FailedInputsKeepTheirPlace()
    {
        using var corpus = new Corpus(20);
        var inputs = corpus.Files.Select((f, i) => i % 5 == 2 ? new Input(f + ".missing", f + ".missing") : new Input(f, f)).ToList();
        var results = PipelineFactory.CreateDefault().Run(inputs, 3).ToList();
        Assert.Equal(inputs.Select(i => i.Source), results.Select(r => r.Source));
        Assert.Equal(4, results.Count(r => r.Failed));
    }
}
