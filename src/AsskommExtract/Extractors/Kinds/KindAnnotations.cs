using AsskommExtract.Documents;

namespace AsskommExtract.Extractors.Kinds;

/// <summary>The release's kind, how it was decided ("rule" or "ml") and how sure that is.</summary>
public sealed record KindFinding(string Kind, string Method, double Confidence);

public static class KindAnnotations
{
    /// <summary>What the whole text is about (<see cref="AboutAsskomm"/>): figures, subjects and steps are read only from a text about ASSKomm.</summary>
    public static readonly AnnotationKey<Topic> Topic = new("topic");

    public static readonly AnnotationKey<KindFinding> Kind = new("kind", (release, kind) =>
        (release.Kind, release.KindMethod, release.KindConfidence) = (kind.Kind, kind.Method, kind.Confidence));
}
