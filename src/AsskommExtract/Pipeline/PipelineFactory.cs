using AsskommExtract.Extractors.Counts;
using AsskommExtract.Extractors.Dates;
using AsskommExtract.Extractors.Kinds;
using AsskommExtract.Extractors.Municipalities;
using AsskommExtract.Extractors.Quotes;
using AsskommExtract.Extractors.Titles;
using AsskommExtract.Reading;
using AsskommExtract.Reading.Html;
using AsskommExtract.Reading.Pdf;
using AsskommExtract.Register;

namespace AsskommExtract.Pipeline;

/// <summary>The pipeline the tool runs: every reader and extractor, in order. Adding one is a line here.</summary>
public static class PipelineFactory
{
    /// <param name="register">Also read the municipalities' steps (joined, Präventionsrat …) for the register.</param>
    public static ExtractionPipeline CreateDefault(long? maxBytes = null, bool register = false)
    {
        var readers = new ReleaseReaders(
        [
            TextReleaseReader.Instance,
            new PdfReleaseReader(),
            new HtmlReleaseReader(),
        ]);
        IExtractor[] extractors =
        [
            new TitleExtractor(),
            new DateExtractor(),
            new KindExtractor(),
            new MunicipalityExtractor(),
            new MetricExtractor(),
            new QuoteExtractor(),
            .. (register ? new IExtractor[] { new StepExtractor() } : []),
        ];
        return new ExtractionPipeline(readers, extractors, () => [new SpeakerIds()]) { MaxBytes = maxBytes ?? ExtractionPipeline.DefaultMaxBytes };
    }
}
