using AsskommExtract.Documents;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;

namespace AsskommExtract.Extractors.Titles;

/// <summary>The headline: the document's title block, markup already gone, whitespace collapsed.</summary>
public sealed class TitleExtractor : IExtractor
{
    public void Extract(Document document, Release release) => release.Title = document.Title;
}
