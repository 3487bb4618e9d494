using AsskommExtract.Documents;

namespace AsskommExtract.Extractors.Titles;

public static class TitleAnnotations
{
    /// <summary>The headline, or null when the document has no title block.</summary>
    public static readonly AnnotationKey<string?> Title = new("title", (release, title) => release.Title = title);
}
