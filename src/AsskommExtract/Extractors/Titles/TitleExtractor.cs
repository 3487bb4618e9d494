using AsskommExtract.Documents;
using AsskommExtract.Pipeline;

namespace AsskommExtract.Extractors.Titles;

/// <summary>The headline: the document's title block, markup already gone, whitespace collapsed.</summary>
public sealed class TitleExtractor : IExtractor
{
    public string Name => "title";
    public IReadOnlyList<AnnotationKey> Requires { get; } = [];
    public IReadOnlyList<AnnotationKey> Provides { get; } = [TitleAnnotations.Title];

    public void Extract(Document document) => document.Annotations.Set(TitleAnnotations.Title, document.Title);
}
