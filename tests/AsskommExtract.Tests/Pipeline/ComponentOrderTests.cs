using AsskommExtract.Documents;
using AsskommExtract.Extractors.Counts;
using AsskommExtract.Extractors.Kinds;
using AsskommExtract.Extractors.Municipalities;
using AsskommExtract.Extractors.Quotes;
using AsskommExtract.Extractors.Titles;
using AsskommExtract.Models;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;

namespace AsskommExtract.Tests.Pipeline;

/// <summary>Components declare what they read and write; the builder refuses an order that cannot run.</summary>
public class ComponentOrderTests
{
    [Fact]
    public void Municipalities_before_kind_is_refused_when_the_pipeline_is_built()
    {
        // The roles read the release's kind ("bilanz" has no model-named subject): with the two
        // swapped, the roles would silently read no kind.
        var builder = new PipelineBuilder()
            .Read(TextReleaseReader.Instance)
            .Extract(new MunicipalityExtractor(RulesOnly.Instance))
            .Extract(new KindExtractor(RulesOnly.Instance));
        var e = Assert.Throws<PipelineOrderException>(builder.Build);
        Assert.Equal("component 'municipalities' requires 'topic', which 'kind' provides only after it: register 'kind' before 'municipalities'", e.Message);
    }

    [Fact]
    public void Metrics_without_the_kind_component_are_refused()
    {
        var builder = new PipelineBuilder().Extract(new MetricExtractor(RulesOnly.Instance));
        var e = Assert.Throws<PipelineOrderException>(builder.Build);
        Assert.Equal("component 'metrics' requires 'topic', which no component of the pipeline provides", e.Message);
    }

    [Fact]
    public void Two_providers_of_one_annotation_are_refused()
    {
        var builder = new PipelineBuilder().Extract(new TitleExtractor()).Extract(new TitleExtractor());
        var e = Assert.Throws<PipelineOrderException>(builder.Build);
        Assert.Equal("components 'title' and 'title' both provide 'title'", e.Message);
    }

    [Fact]
    public void The_default_pipeline_is_in_an_order_that_runs()
    {
        var names = PipelineFactory.CreateDefault(register: true).Extractors.Select(e => e.Name);
        Assert.Equal(["title", "date", "kind", "municipalities", "metrics", "quotes", "steps"], names);
    }

    /// <summary>Reads the kind without declaring it: the declaration would lie about the order it needs.</summary>
    private sealed class UndeclaredReader : IExtractor
    {
        public string Name => "sneaky";
        public IReadOnlyList<AnnotationKey> Requires { get; } = [];
        public IReadOnlyList<AnnotationKey> Provides { get; } = [QuoteAnnotations.Quotes];

        public void Extract(Document document)
        {
            _ = document.Annotations.Get(KindAnnotations.Kind);
            document.Annotations.Set(QuoteAnnotations.Quotes, []);
        }
    }

    [Fact]
    public void A_component_reading_an_annotation_it_did_not_declare_fails()
    {
        var pipeline = new PipelineBuilder().Extract(new KindExtractor(RulesOnly.Instance)).Extract(new UndeclaredReader()).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Extract("a.txt", new SourceText("Zittau tritt der Allianz bei")));
        Assert.Equal("component 'sneaky' may not read 'kind': it is not in what it declares it requires or provides", e.Message);
    }

    /// <summary>Declares quotes but never sets them.</summary>
    private sealed class Forgetful : IExtractor
    {
        public string Name => "forgetful";
        public IReadOnlyList<AnnotationKey> Requires { get; } = [];
        public IReadOnlyList<AnnotationKey> Provides { get; } = [QuoteAnnotations.Quotes];
        public void Extract(Document document) { }
    }

    [Fact]
    public void A_component_that_does_not_provide_what_it_declares_fails()
    {
        var pipeline = new PipelineBuilder().Extract(new Forgetful()).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Extract("a.txt", new SourceText("Text")));
        Assert.Equal("component 'forgetful' did not provide 'quotes'", e.Message);
    }
}
