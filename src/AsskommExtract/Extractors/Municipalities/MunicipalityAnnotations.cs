using AsskommExtract.Documents;
using AsskommExtract.Results;

namespace AsskommExtract.Extractors.Municipalities;

public static class MunicipalityAnnotations
{
    /// <summary>Each municipality the release speaks of, once per AGS, with its role.</summary>
    public static readonly AnnotationKey<IReadOnlyList<MunicipalityMention>> Municipalities =
        new("municipalities", (release, towns) => release.Municipalities.AddRange(towns));

    /// <summary>
    /// Every place in the text a municipality's name form stands, before any is judged (the register reads
    /// the statements of the towns the release names from them): the gazetteer scan, done once.
    /// </summary>
    public static readonly AnnotationKey<IReadOnlyList<NameForm>> NameForms = new("municipality_name_forms");
}

/// <summary>Where a name form of one or more municipalities stands, as the gazetteer scan found it.</summary>
public readonly record struct NameForm(int Start, int End, Municipality[] Towns);
