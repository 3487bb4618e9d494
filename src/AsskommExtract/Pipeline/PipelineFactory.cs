using AsskommExtract.Extractors.Counts;
using AsskommExtract.Extractors.Dates;
using AsskommExtract.Extractors.Kinds;
using AsskommExtract.Extractors.Municipalities;
using AsskommExtract.Extractors.Quotes;
using AsskommExtract.Extractors.Titles;
using AsskommExtract.Models;
using AsskommExtract.Reading;
using AsskommExtract.Reading.Html;
using AsskommExtract.Reading.Pdf;
using AsskommExtract.Register;

namespace AsskommExtract.Pipeline;

/// <summary>The pipeline the tool runs: every reader and component, in order. Adding one is a line here.</summary>
public static class PipelineFactory
{
    /// <param name="register">Also read the municipalities' steps (joined, Präventionsrat …) for the register.</param>
    /// <param name="models">The models the components consult: the embedded ones unless a test gives rules-only or a stub.</param>
    /// <param name="standardInput">Opens standard input for an input named "-".</param>
    public static ExtractionPipeline CreateDefault(long? maxBytes = null, bool register = false, IModels? models = null, Func<Stream>? standardInput = null)
    {
        models ??= EmbeddedModels.Instance;
        var builder = new PipelineBuilder { MaxBytes = maxBytes ?? ExtractionPipeline.DefaultMaxBytes, StandardInput = standardInput }
            .Read(TextReleaseReader.Instance)
            .Read(new PdfReleaseReader())
            .Read(new HtmlReleaseReader())
            .Extract(new TitleExtractor())
            .Extract(new DateExtractor())
            .Extract(new KindExtractor(models))
            .Extract(new MunicipalityExtractor(models))
            .Extract(new MetricExtractor(models))
            .Extract(new QuoteExtractor(models))
            .AnnotateRun(() => new SpeakerIds());
        if (register) builder.Extract(new StepExtractor());
        return builder.Build();
    }
}
