using AsskommExtract.Extractors.Quotes;

namespace AsskommExtract.Tests.Quotes;

/// <summary>The attribution phrases on their own: what is name, what is role.</summary>
public class AttributionReaderTests
{
    [Theory]
    [InlineData(", sagt Sven Richter, Geschäftsführer des Landespräventionsrates.", "Sven Richter", "Geschäftsführer des Landespräventionsrates")]
    [InlineData(", so Oberbürgermeisterin Kerstin Körber.", "Kerstin Körber", "Oberbürgermeisterin")]
    [InlineData(", betonte Landrätin Dr. Anna Beispiel-Meier bei der Unterzeichnung.", "Anna Beispiel-Meier", "Landrätin")]
    [InlineData(", sagte Schuster am Rande der Veranstaltung.", "Schuster", "")]
    [InlineData(", erklärte Stellvertretender Bürgermeister Hans von der Heide.", "Hans von der Heide", "Stellvertretender Bürgermeister")]
    [InlineData(", bilanzierte die stellvertretende Geschäftsführerin des LPR, Anja Muster, am Ende des Tages.", "Anja Muster", "stellvertretende Geschäftsführerin des LPR")]
    [InlineData(" – so Landrat Udo Witschas.", "Udo Witschas", "Landrat")]
    [InlineData(", zeigte sich Bürgermeisterin Ines Hanke überzeugt.", "Ines Hanke", "Bürgermeisterin")]
    public void After_reads_name_and_role(string phrase, string name, string role)
    {
        var a = AttributionReader.After(phrase);
        Assert.Equal(AttributionKind.Named, a.Kind);
        Assert.Equal(name, a.Name);
        Assert.Equal(role, a.Role);
    }

    [Theory]
    [InlineData("Innenminister Prof. Dr. Roland Beispiel", "Roland Beispiel", "Innenminister")]
    [InlineData("Geschäftsführer des Landespräventionsrates Sven Forkert", "Sven Forkert", "Geschäftsführer des Landespräventionsrates")]
    [InlineData("Oberbürgermeister der Stadt Plauen, Steffen Zenner, betonte", "Steffen Zenner", "Oberbürgermeister der Stadt Plauen")]
    [InlineData("Dazu sagte Polizeipräsidentin Sonja Penzel", "Sonja Penzel", "Polizeipräsidentin")]
    [InlineData("Im Beisein von Innenminister Armin Schuster sagte Bürgermeisterin Ines Hanke", "Ines Hanke", "Bürgermeisterin")]
    [InlineData("Dipl.-Ing. Klaus Weber, Leiter des Bauamtes, sagte dazu", "Klaus Weber", "Leiter des Bauamtes")]
    [InlineData("Dabei betonte Oberbürgermeister Jan Pohl", "Jan Pohl", "Oberbürgermeister")]
    [InlineData("Zum Auftakt sagte Landrat Dirk Neubauer", "Dirk Neubauer", "Landrat")]
    [InlineData("Jürgen Beispiel, der Pirnaer Oberbürgermeister, freut sich", "Jürgen Beispiel", "Oberbürgermeister")]
    public void Before_reads_name_and_role(string phrase, string name, string role)
    {
        var a = AttributionReader.Before(phrase);
        Assert.Equal(AttributionKind.Named, a.Kind);
        Assert.Equal(name, a.Name);
        Assert.Equal(role, a.Role);
    }

    [Theory]
    [InlineData("Fazit")]
    [InlineData("Das Motto der Veranstaltung")]
    [InlineData("Die Teilnehmer waren sich einig")]
    [InlineData("Ein Ergebnis der Sicherheitsanalyse")]
    [InlineData("Der Heidenauer Bürgermeister freut sich")]
    public void Before_finds_no_speaker_in_other_phrases(string phrase) =>
        Assert.NotEqual(AttributionKind.Named, AttributionReader.Before(phrase).Kind);

    [Theory]
    [InlineData(", eingerichtet werden.")]
    [InlineData(" für Jugendliche etabliert werden soll.")]
    [InlineData("-Coaching-Prozesse in Gang gesetzt.")]
    public void After_finds_nothing_after_a_name_in_running_text(string phrase) =>
        Assert.Equal(AttributionKind.None, AttributionReader.After(phrase).Kind);

    [Theory]
    [InlineData(", ergänzt er.", 'm')]
    [InlineData(", fügte sie hinzu.", 'f')]
    public void After_reads_a_pronoun(string phrase, char gender)
    {
        var a = AttributionReader.After(phrase);
        Assert.Equal(AttributionKind.Pronoun, a.Kind);
        Assert.Equal(gender, a.Gender);
    }
}
