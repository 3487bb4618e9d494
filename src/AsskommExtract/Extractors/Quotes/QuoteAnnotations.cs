using AsskommExtract.Documents;
using AsskommExtract.Results;

namespace AsskommExtract.Extractors.Quotes;

public static class QuoteAnnotations
{
    /// <summary>The release's quotations, fragments of one speaker in one paragraph merged (speaker ids are given per run, later).</summary>
    public static readonly AnnotationKey<IReadOnlyList<Quote>> Quotes = new("quotes", (release, quotes) => release.Quotes.AddRange(quotes));
}
