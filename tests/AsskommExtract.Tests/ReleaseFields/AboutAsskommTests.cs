using AsskommExtract.Extractors.Kinds;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.ReleaseFields;

/// <summary>Whether a page is about ASSKomm at all, judged from the whole text, and what follows from it.</summary>
public class AboutAsskommTests
{
    [Theory]
    [InlineData("Kamenz tritt der Allianz Sichere Sächsische Kommunen bei. Die Bürgermeisterin unterzeichnete die Vereinbarung.", Topic.Asskomm)]
    [InlineData("In Oederan hat sich ein Kommunaler Präventionsrat gegründet, beraten vom Landespräventionsrat.", Topic.Asskomm)]
    [InlineData("Der Landespräventionsrat Niedersachsen berät die Stadt Neukirch. Das niedersächsische Innenministerium in Hannover fördert kommunale Präventionsräte.", Topic.OtherState)]
    [InlineData("Mit KOMPASS unterstützt Hessen seine Kommunen: die hessische Polizei und der Landespräventionsrat beraten vor Ort.", Topic.OtherState)]
    [InlineData("Das Innenministerium Baden-Württemberg und die Stadt schließen eine Sicherheitspartnerschaft; kommunale Kriminalprävention soll in Stuttgart gestärkt werden.", Topic.OtherState)]
    [InlineData("Der Innenminister will mehr Präventionsarbeit bei der Polizei; 1.000 neue Stellen sind geplant.", Topic.Prevention)]
    [InlineData("Die Freiwillige Feuerwehr Radebeul erhält ein neues Löschfahrzeug.", Topic.Unrelated)]
    // The handbook of several states' councils, Saxony's ASSKomm team among them, is still ASSKomm's.
    [InlineData("Das ASSKomm-Team hat mit den Landespräventionsräten Brandenburg, Hessen und Sachsen einen Ordner erstellt. ASSKomm verteilt ihn an alle ASSKomm-Kommunen.", Topic.Asskomm)]
    public void The_whole_text_decides_the_topic(string text, Topic expected) =>
        Assert.Equal(expected, AboutAsskomm.Of(text));

    [Fact]
    public void Another_states_council_page_is_sonstiges_without_subject_or_figures()
    {
        var release = Texts.Extract("""
            Neukirch tritt Präventionsnetzwerk bei

            Die Gemeinde Neukirch im Landkreis Ammerland hat heute eine Kooperationsvereinbarung mit dem Landespräventionsrat Niedersachsen unterzeichnet. Damit beteiligen sich 45 Kommunen am niedersächsischen Netzwerk. Auch Bernsdorf in Thüringen plant einen Kommunalen Präventionsrat.
            """);
        Assert.Equal(("sonstiges", "rule"), (release.Kind, release.KindMethod));
        Assert.Empty(release.Municipalities);
        Assert.DoesNotContain(release.Metrics, m => m.Name != "other");
    }

    [Fact]
    public void A_saxon_fire_brigade_page_names_its_town_but_has_no_subject()
    {
        var release = Texts.Extract("""
            Innenminister übergibt Löschfahrzeug in Brandis

            Innenminister Armin Schuster hat heute in Brandis ein neues Löschfahrzeug an die Freiwillige Feuerwehr übergeben. Der Freistaat hat die Beschaffung mit 300.000 Euro gefördert.
            """);
        Assert.Equal("sonstiges", release.Kind);
        Assert.Equal("other", Assert.Single(release.Municipalities).Role);
    }

    [Theory]
    [InlineData("Neukirch (Hessen)")]
    [InlineData("Neukirch in Thüringen")]
    [InlineData("das niedersächsische Neukirch")]
    public void A_saxon_name_placed_in_another_state_is_not_a_saxon_town(string place)
    {
        var release = Texts.Extract($"""
            Erfahrungsaustausch zur kommunalen Prävention

            Die Stadt Pirna hat im Rahmen der Allianz Sichere Sächsische Kommunen Besuch erhalten: Vertreter aus {place} informierten sich über den Kommunalen Präventionsrat.
            """);
        Assert.Equal(["Pirna"], release.Municipalities.Select(m => m.Name));
    }
}
