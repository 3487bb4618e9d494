using AsskommExtract.Cleaning;
using AsskommExtract.Documents;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;

namespace AsskommExtract.Tests.Support;

/// <summary>Runs the cleaner or the whole default pipeline on a text written in a test.</summary>
public static class Texts
{
    private static readonly ExtractionPipeline Pipeline = PipelineFactory.CreateDefault();

    public static Document Clean(string text) => ReleaseCleaner.Clean("test.txt", new SourceText(text));

    public static Release Extract(string text, string source = "test.txt") => Pipeline.Extract(source, new SourceText(text));

    /// <summary>The SMI letterhead as the PDF conversion emits it, for inserting at odd places.</summary>
    public const string Footer = """

        Hausanschrift:
        **Sächsisches Staatsministerium
        des Innern**
        Wilhelm-Buck-Straße 2
        01097 Dresden

        www.smi.sachsen.de

        Zu erreichen mit den
        Straßenbahnlinien 3,6,7,8,9, 11
        und 13. Haltestelle Carolaplatz.

        * Kein Zugang für verschlüsselte elektronische Dokumente. Zugang für qualifiziert elektronisch signierte Dokumente nur unter den auf www.lsf.sachsen.de/eSignatur.html vermerkten Voraussetzungen.

        """;

    public static string Header(string date, string contact = "Martin Strunden") => $"""
        Medieninformation

        Sächsisches Staatsministerium des Innern

        Ihr Ansprechpartner
        {contact}

        Durchwahl
        Telefon +49 351 564 30400
        Telefax +49 351 564 30409

        presse@smi.sachsen.de*

        {date}

        """;
}
