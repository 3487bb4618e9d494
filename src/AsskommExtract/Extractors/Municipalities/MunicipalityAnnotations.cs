using AsskommExtract.Documents;
using AsskommExtract.Results;

namespace AsskommExtract.Extractors.Municipalities;

public static class MunicipalityAnnotations
{
    /// <summary>Each municipality the release speaks of, once per AGS, with its role.</summary>
    public static readonly AnnotationKey<IReadOnlyList<MunicipalityMention>> Municipalities =
        new("municipalities", (release, towns) => release.Municipalities.AddRange(towns));
}
