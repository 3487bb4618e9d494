using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Counts;

/// <summary>
/// The ways web pages (town sites, newspapers, trade press) state ASSKomm's figures, written for these
/// tests with other towns and numbers: model towns in other words, members of the Verbund, towns taking
/// part versus advised, ordinals of agreements and councils, counts inside quotes; and the counts that are
/// "other": per district or region, planned, one event's signers, parts of a whole. "other" is not compared.
/// </summary>
public class RealPagePhrasingTests
{
    private const string Lead = "Die Gemeinde Bernstadt hat eine Kooperationsvereinbarung im Rahmen der Allianz Sichere Sächsische Kommunen (ASSKomm) unterzeichnet.\n";

    private static string[] Metrics(string sentence) =>
        Texts.Extract("Bernstadt tritt ASSKomm bei\n" + Lead + sentence + "\n").Metrics
            .Where(m => m.Name != "other").Select(m => $"{m.Name}={m.Value} {m.Qualifier}").Order().ToArray();

    public static TheoryData<string, string[]> Sentences => new()
    {
        // model towns in other phrasings
        { "Vor fünf Jahren startete der Innenminister die Landesstrategie zusammen mit den acht Oberbürgermeistern der Modellkommunen.", ["modellkommunen=8 exact"] },
        { "Der Arbeitsgruppe gehören neben dem Städtetag die acht ASSKomm Modellkommunen an.", ["modellkommunen=8 exact"] },
        { "Die Strategie wurde 2019 in sieben Pilotkommunen erprobt.", ["modellkommunen=7 exact"] },
        // members of the Verbund, ordinals of agreements and councils
        { "Das Rathaus war Schauplatz der 63. Unterzeichnung einer Kooperationsvereinbarung im ASSKomm-Verbund.", ["kooperationsvereinbarungen=63 exact"] },
        { "Bernstadt ist die 34. Gebietskörperschaft, mit der eine Kooperationsvereinbarung geschlossen wurde.", ["kooperationsvereinbarungen=34 exact"] },
        { "71. Kommune wird Teil der sachsenweiten ASSKomm-Familie", ["kooperationsvereinbarungen=71 exact"] },
        { "Heute hat sich Bernstadt als nunmehr 58. Kommune dem Präventionsnetzwerk angeschlossen.", ["kooperationsvereinbarungen=58 exact"] },
        { "Die Stadt ist die 48. Kommune von insgesamt 419 in Sachsen, die sich der Allianz angeschlossen hat.", ["kooperationsvereinbarungen=48 exact"] },
        { "Mit dem Gremium tagt nun der 27. Kommunale Präventionsrat im Freistaat.", ["kpr=27 exact"] },
        // taking part versus advised
        { "Seit dem Start hat das ASSKomm-Team 138 Kommunen (darunter zehn Modellkommunen) kontaktiert.", ["kommunen_beraten=138 exact", "modellkommunen=10 exact"] },
        { "Der Landespräventionsrat beriet dazu seit 2020 93 Kommunen im Rahmen der Allianz.", ["kommunen_beraten=93 exact"] },
        { "Der Landespräventionsrat berät inzwischen 141 Kommunen zu Fragen der Sicherheit.", ["kommunen_beraten=141 exact"] },
        { "Mit Bernstadt beteiligen sich nun 117 Kommunen an dem 2019 gestarteten Programm.", ["kommunen_beteiligt=117 exact"] },
        { "Es haben sich in 31 Städten, Gemeinden und drei Landkreisen Kommunale Präventionsräte (KPR) konstituiert.", ["kpr=31 exact"] },
        // counts inside quotes
        { "»Mit Bernstadt haben nun 74 Kommunen eine Kooperationsvereinbarung unterschrieben«, sagte Innenministerin Petra Lindner.", ["kooperationsvereinbarungen=74 exact"] },
        // other: per district or region, planned, this event's signers, parts of a whole
        { "Mit Bernstadt haben sich mittlerweile sechs Kommunen im Landkreis Görlitz für ASSKomm entschieden.", [] },
        { "Im Landkreis Bautzen sind es nun sieben Kommunen im Verbund.", [] },
        { "Damit ist Bernstadt die dritte Kommune in der Region, die sich dem Verbund anschließt.", [] },
        { "Ich freue mich, dass mit Bernstadt und Schönau nun zwei weitere Gemeinden die Kooperationsvereinbarung unterzeichnet haben.", [] },
        { "Drei auf einen Streich – Der Verwaltungsverband unterzeichnet ASSKomm-Kooperationsvereinbarung", [] },
        { "Bis Ende des Jahres sollen 15 weitere Sicherheitsanalysen folgen.", [] },
        { "11 Sicherheitsanalysen in 14 Kommunen in Planung", [] },
        { "Die Gemeinde ist eine von 12 Kommunen, die für eine Sicherheitsanalyse ausgewählt wurden.", [] },
        { "Am Fachtag nahmen 190 Personen teil, 61 von ihnen beteiligten sich an der Befragung.", [] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Reads_the_metrics_of_a_web_page_sentence(string sentence, string[] expected) =>
        Assert.Equal(expected.Order(), Metrics(sentence));
}
