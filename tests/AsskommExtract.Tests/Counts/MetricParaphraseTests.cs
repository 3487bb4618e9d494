using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Counts;

/// <summary>
/// Releases written for these tests (other towns, figures, number words, word orders, letterhead
/// breaking a sentence): the metrics an unseen release should yield. "other" counts are not compared.
/// </summary>
public class MetricParaphraseTests
{
    private static string Release(string title, string body) =>
        Texts.Header("14.03.2024") + title + "\n\n" + body + "\n";

    private static string[] Metrics(string text) =>
        Texts.Extract(text).Metrics.Where(m => m.Name != "other").Select(m => $"{m.Name}={m.Value} {m.Qualifier}").Order().ToArray();

    private const string Lead = "Die Stadt Zschopau hat heute eine Kooperationsvereinbarung im Rahmen der »Allianz Sichere Sächsische Kommunen« (ASSKomm) unterzeichnet.\n\n";

    public static TheoryData<string, string[]> Sentences => new()
    {
        { "Der Landespräventionsrat hat inzwischen 152 Kommunen zu Fragen der Sicherheit beraten.", ["kommunen_beraten=152 exact"] },
        { "Seit dem Start der Allianz wurden rund 170 Städte und Gemeinden vom Landespräventionsrat beraten.", ["kommunen_beraten=170 about"] },
        { "Beraten wurden bislang mehr als einhundertsechzig Kommunen.", ["kommunen_beraten=160 over"] },
        { "Der LPR hat bereits knapp 200 Kommunen kontaktiert.", ["kommunen_beraten=200 under"] },
        { "Über den Landespräventionsrat konnten schon 133 Gemeinden beraten werden, von denen 48 eng mit ASSKomm zusammenarbeiten.", ["kommunen_beraten=133 exact", "kommunen_eng=48 exact"] },
        { "Unter dem Dach der Allianz hat der LPR bereits über 150 Kommunen beraten, wovon mehr als ein Drittel (57) eng mit »ASSKomm« kooperiert.", ["kommunen_beraten=150 over", "kommunen_eng=57 exact"] },
        { "In 41 Kommunen hat sich zudem ein Kommunaler Präventionsrat gegründet oder ist reaktiviert worden.", ["kpr=41 exact"] },
        { "Mindestens 22 Kommunale Präventionsräte wurden inzwischen gegründet.", ["kpr=22 at_least"] },
        { "Einen Kommunalpräventionsrat gibt es mittlerweile in achtzehn Städten.", ["kpr=18 exact"] },
        { "Mit Oederan beteiligen sich nun 112 Kommunen an der Landesstrategie ASSKomm.", ["kommunen_beteiligt=112 exact"] },
        { "An ASSKomm nehmen derzeit etwa 120 Kommunen im ganzen Freistaat teil.", ["kommunen_beteiligt=120 about"] },
        { "61 Kooperationsvereinbarungen wurden geschlossen, 52 Coaching-Prozesse in Gang gesetzt und 31 Sicherheitsanalysen durchgeführt.", ["coaching=52 exact", "kooperationsvereinbarungen=61 exact", "sicherheitsanalysen=31 exact"] },
        { "Hinzu kommen 58 Kooperationsvereinbarungen, 44 »ASSKomm«-Coachings und 29 Sicherheitsanalysen vor Ort.", ["coaching=44 exact", "kooperationsvereinbarungen=58 exact", "sicherheitsanalysen=29 exact"] },
        { "Inzwischen sind 35 Kommunen dem ASSKomm-Verbund beigetreten.", ["kooperationsvereinbarungen=35 exact"] },
        { "Dem Verbund gehören damit nun 62 Städte und Gemeinden an.", ["kooperationsvereinbarungen=62 exact"] },
        { "Sicherheitsanalysen wurden bereits in zwanzig Kommunen durchgeführt.", ["sicherheitsanalysen=20 exact"] },
        { "Der Freistaat stellt dafür jährlich 1,5 Millionen Euro Fördermittel bereit.", ["foerdermittel_eur=1500000 exact"] },
        { "Für die kommunale Prävention stehen auch im Jahr 2024 Fördermittel in Höhe von 1,2 Mio. Euro bereit.", ["foerdermittel_eur=1200000 exact"] },
        { "Gestartet ist die Allianz im Februar 2019 mit acht Modellkommunen.", ["modellkommunen=8 exact"] },
        { "Im Jahr 2019 rief der Innenminister die Allianz mit zehn sächsischen Modellkommunen ins Leben.", ["modellkommunen=10 exact"] },
        { "Zum Fachtag kamen rund 250 Interessierte aus über 90 Kommunen nach Chemnitz.", [] },
        { "Die Referentinnen sind aus mehr als 70 Kommunen angereist und hielten 21 Vorträge.", [] },
        { "Die Teilnehmenden kamen aus 31 Kommunen und neun Polizeirevieren.", [] },
        { "Mit Kamenz zählt der ASSKomm-Verbund inzwischen 66 Mitglieder.", ["kooperationsvereinbarungen=66 exact"] },
        { "Der neue Präventionsrat hat 14 Mitglieder aus Verwaltung und Vereinen.", [] },
        { "Mit Pirna und Sebnitz haben bereits zwei Städte im Landkreis eigene Präventionsräte.", [] },
        { "Der Stadtrat hatte dem Beitritt zum Verbund mit 17 zu 3 Stimmen zugestimmt.", [] },
        { "Die Gemeinde Neukirch erhält 12.300 Euro für das Projekt »Licht im Park«.", [] },
        { "Der regelmäßige Austausch zwischen den Bürgermeistern der 60 Kommunen und der Polizei ist das Fundament.", [] },
        { "Derzeit sind 23 Studierende im Bachelor- und fünfzehn Studierende im Masterstudiengang eingeschrieben.", [] },
        { "Die Stadt ist nunmehr die vierte Kommune im Landkreis Mittelsachsen, die sich der Allianz ASSKomm anschließt.", [] },
        { "Am 12. März 2024 unterzeichneten die Partner die Vereinbarung in Anwesenheit von 40 Gästen.", [] },
        { "Die Polizei registrierte im vergangenen Jahr 312 Sachbeschädigungen durch Graffiti.", [] },
        { "Die Zahl der vom Landespräventionsrat beratenen Kommunen ist inzwischen auf 171 gestiegen.", ["kommunen_beraten=171 exact"] },
        { "Mittlerweile zählt der ASSKomm-Verbund 66 Mitgliedskommunen.", ["kooperationsvereinbarungen=66 exact"] },
        { "Damit haben nun 70 Städte und Gemeinden eine Kooperationsvereinbarung mit dem Freistaat unterzeichnet.", ["kooperationsvereinbarungen=70 exact"] },
        { "In rund 45 Städten läuft derzeit ein Coaching.", ["coaching=45 about"] },
        { "Knapp die Hälfte davon, nämlich 80 Kommunen, arbeitet eng mit ASSKomm zusammen.", ["kommunen_eng=80 exact"] },
        { "Die Zahl der Sicherheitsanalysen stieg auf 36.", ["sicherheitsanalysen=36 exact"] },
        { "Die Stadt Markranstädt mit ihren rund 16.000 Einwohnern ist die 68. Kommune im Verbund.", ["kooperationsvereinbarungen=68 exact"] },
        { "Der Freistaat unterstützt die Kommunen mit insgesamt 1,4 Millionen Euro pro Jahr.", ["foerdermittel_eur=1400000 exact"] },
        { "In den vergangenen fünf Jahren wurden 140 Kommunen beraten und 42 Präventionsräte gegründet.", ["kommunen_beraten=140 exact", "kpr=42 exact"] },
        { "Inzwischen existieren in 44 Kommunen Kommunale Präventionsräte.", ["kpr=44 exact"] },
        { "Der Landespräventionsrat stand bislang 159 Kommunen beratend zur Seite.", ["kommunen_beraten=159 exact"] },
        { "Mehr als 140 Kommunen hat der Landespräventionsrat inzwischen beraten, 50 davon arbeiten eng mit ASSKomm zusammen.", ["kommunen_beraten=140 over", "kommunen_eng=50 exact"] },
        { "Von den 419 sächsischen Gemeinden hat der LPR bereits 160 beraten.", ["kommunen_beraten=160 exact"] },
        { "Es wurden 12 Coaching-Prozesse abgeschlossen und 20 neu begonnen.", ["coaching=12 exact", "coaching=20 exact"] },
        { "Der Präventionsrat der Stadt trifft sich viermal im Jahr und hat 18 Mitglieder.", [] },
        { "ASSKomm ist mittlerweile in 115 Kommunen aktiv.", ["kommunen_beteiligt=115 exact"] },
        { "Mit der Gründung ihres Präventionsrates ist Mittweida die 118. Kommune, die sich an ASSKomm beteiligt.", ["kommunen_beteiligt=118 exact"] },
        { "Treuen ist damit die 51. Kommune in Sachsen, in der sich ein Kommunaler Präventionsrat konstituiert hat.", ["kpr=51 exact"] },
        { "Vom 12. bis 14. September beraten die Verbundkommunen in Leipzig über neue Projekte.", [] },
        { "Für die Koordinierungsstellen stellt das Land eine Million Euro Fördermittel bereit.", ["foerdermittel_eur=1000000 exact"] },
        { "Die Kooperationsvereinbarung ist die 65. im Freistaat.", ["kooperationsvereinbarungen=65 exact"] },
        { "Der Freistaat Sachsen stellt auch 2024 Fördermittel in Höhe von 1,1 Millionen Euro bereit.", ["foerdermittel_eur=1100000 exact"] },
        { "Die Polizeidirektion Chemnitz betreut 57 Kommunen.", [] },
        { "Sachsenweit sind damit nun 90 Städte und Gemeinden Teil des ASSKomm-Verbundes.", ["kooperationsvereinbarungen=90 exact"] },
        { "Mittlerweile sind 95 Kommunen Teil der Allianz.", ["kommunen_beteiligt=95 exact"] },
        { "Ein Drittel davon – 58 Kommunen – arbeitet eng mit ASSKomm zusammen.", ["kommunen_eng=58 exact"] },
        { "In 33 Kommunen begleitet derzeit ein Coach den Aufbau kommunaler Präventionsstrukturen.", ["coaching=33 exact"] },
        { "Die Fördermittel belaufen sich auf jährlich rund 1,3 Millionen Euro.", ["foerdermittel_eur=1300000 about"] },
        { "Über 100 Kommunen hat der LPR bislang beraten; in 30 davon wurde eine Sicherheitsanalyse durchgeführt.", ["kommunen_beraten=100 over", "sicherheitsanalysen=30 exact"] },
        { "Innenminister Schuster: »Mit Lengenfeld haben nun 56 Kommunen eine Kooperationsvereinbarung unterschrieben.«", ["kooperationsvereinbarungen=56 exact"] },
        { "Die Stadt gehört zu den 24 Kommunen des Landkreises Bautzen.", [] },
        { "Einhundertzwanzig Kommunen hat der Landespräventionsrat bereits beraten.", ["kommunen_beraten=120 exact"] },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Reads_the_metrics_of_a_paraphrased_sentence(string sentence, string[] expected) =>
        Assert.Equal(expected.Order(), Metrics(Release("Zschopau tritt ASSKomm-Verbund bei", Lead + sentence)));

    [Fact]
    public void Reads_the_member_number_from_a_headline_ordinal() =>
        Assert.Equal(["kooperationsvereinbarungen=57 exact"], Metrics(Release("Annaberg-Buchholz wird 57. Kommune im »ASSKomm«-Verbund", Lead)));

    [Fact]
    public void Reads_an_ordinal_in_words_as_the_member_number() =>
        Assert.Equal(["kooperationsvereinbarungen=59 exact"], Metrics(Release("Neue Partnerstadt", Lead + "Damit ist Lößnitz die neunundfünfzigste Kommune im ASSKomm-Verbund.")));

    [Fact]
    public void Reads_the_advised_count_from_an_ordinal_after_advising() =>
        Assert.Equal(["kommunen_beraten=150 exact", "kommunen_beraten=150 over"],
            Metrics(Release("Treuen tritt bei", Lead + "Der Landespräventionsrat hat bereits über 150 Kommunen beraten – Treuen war genau die Einhundertfünfzigste.")));

    [Fact]
    public void Rejoins_a_sentence_broken_by_the_letterhead_before_reading_its_figures()
    {
        var text = Release("Bilanz nach fünf Jahren ASSKomm", Lead + "Unter dem Dach der Allianz hat der Landespräventionsrat bereits 166 Kommunen zu Fragen von Prävention und"
            + Texts.Footer + "Sicherheit beraten. In 39 Kommunen hat sich ein Kommunaler Präventionsrat konstituiert.");
        Assert.Equal(["kommunen_beraten=166 exact", "kpr=39 exact"], Metrics(text));
    }

    [Fact]
    public void Reads_every_figure_of_an_enumeration_the_letterhead_breaks()
    {
        var text = Release("Bilanz", Lead + "Bislang wurden 64 Kooperationsvereinbarungen" + Texts.Footer + "geschlossen und 33 Sicherheitsanalysen durchgeführt.");
        Assert.Equal(["kooperationsvereinbarungen=64 exact", "sicherheitsanalysen=33 exact"], Metrics(text));
    }

    [Fact]
    public void Reads_a_whole_release_with_figures_in_quotes_headline_and_background()
    {
        var text = Texts.Header("21.06.2024") + "Olbernhau wird 61. Kommune im ASSKomm-Verbund\n\n"
            + "Im Beisein von Innenministerin Petra Lindner unterzeichneten heute Bürgermeister Kai Brenner und der Landespräventionsrat eine Kooperationsvereinbarung.\n\n"
            + "Innenministerin Petra Lindner: »Mit Olbernhau sind nun einundsechzig Kommunen im Verbund. Der Landespräventionsrat hat inzwischen annähernd zweihundert Kommunen"
            + Texts.Footer + "beraten, das zeigt: Prävention wirkt.«\n\n"
            + "Zur Unterzeichnung kamen etwa 60 Gäste aus Stadtverwaltung, Polizei und Vereinen.\n\n"
            + "Hintergrund\n\n"
            + "Unter dem Dach der »Allianz Sichere Sächsische Kommunen« hat der Landespräventionsrat Sachsen seit 2019 fast 200 Kommunen beraten, wovon knapp die Hälfte (92) eng mit ASSKomm zusammenarbeitet. "
            + "In dreiundvierzig Kommunen hat sich zudem ein Kommunaler Präventionsrat konstituiert. Der Freistaat stellt dafür jährlich 1,25 Mio. Euro bereit.\n";
        Assert.Equal(
            ["foerdermittel_eur=1250000 exact", "kommunen_beraten=200 about", "kommunen_beraten=200 under", "kommunen_eng=92 exact",
             "kooperationsvereinbarungen=61 exact", "kpr=43 exact"],
            Metrics(text));
    }

    [Fact]
    public void Lists_a_repeated_statement_once()
    {
        var text = Release("Bilanz", Lead + "Der LPR hat 140 Kommunen beraten.\n\nHintergrund:\n\nBislang hat der Landespräventionsrat 140 Kommunen beraten.");
        Assert.Equal(["kommunen_beraten=140 exact"], Metrics(text));
    }

    [Fact]
    public void Keeps_the_same_figure_with_another_qualifier_apart()
    {
        var text = Release("Bilanz", Lead + "Der LPR hat 140 Kommunen beraten.\n\nBislang hat der Landespräventionsrat über 140 Kommunen beraten.");
        Assert.Equal(["kommunen_beraten=140 exact", "kommunen_beraten=140 over"], Metrics(text));
    }

    [Fact]
    public void Gives_other_counts_their_noun()
    {
        var release = Texts.Extract(Release("Dritter Fachtag von ASSKomm", Lead + "Rund 260 Teilnehmende besuchten 19 Workshops."));
        Assert.Contains(release.Metrics, m => m is { Name: "other", Value: 260, Qualifier: "about", Noun: "Teilnehmende" });
        Assert.Contains(release.Metrics, m => m is { Name: "other", Value: 19, Noun: "Workshops" });
    }

    [Fact]
    public void A_release_not_about_asskomm_yields_no_metrics()
    {
        var text = Release("Neue Polizeistreifen in Görlitz",
            "Die Polizeidirektion Görlitz setzt ab sofort 25 zusätzliche Streifen ein. In 14 Kommunen des Landkreises wurden zudem 30 Beamte beraten. "
            + "Der Freistaat stellt dafür jährlich 2,5 Millionen Euro bereit. 40 Kooperationsvereinbarungen mit Sicherheitsfirmen wurden geschlossen.");
        Assert.Empty(Texts.Extract(text).Metrics);
    }

    [Fact]
    public void Carries_evidence_offsets_and_method()
    {
        const string sentence = "In 27 Kommunen hat sich ein Kommunaler Präventionsrat konstituiert.";
        var text = Release("Bilanz", Lead + sentence);
        var m = Assert.Single(Texts.Extract(text).Metrics);
        Assert.Equal(sentence, m.Evidence);
        Assert.Equal("27", text[m.Start..m.End]);
        Assert.Equal("rule", m.Method);
        Assert.InRange(m.Confidence, 0.5, 1);
    }

    [Theory]
    [InlineData("Ein einzelnes Vorhaben kann mit bis zu 20.000 Euro gefördert werden.", 20000)]
    [InlineData("Gefördert werden Projekte mit höchstens 15.000 Euro.", 15000)]
    [InlineData("Der Freistaat stellt 12.000 Euro je Projekt zur Verfügung.", 12000)]
    public void A_grant_cap_is_not_the_years_funding(string sentence, double value)
    {
        var metrics = Texts.Extract(Release("Förderung", Lead + "Für die Prävention stehen jährlich 1,4 Millionen Euro bereit. " + sentence)).Metrics;
        Assert.Contains(metrics, m => m is { Name: "foerdermittel_eur", Value: 1400000 });
        Assert.Contains(metrics, m => m.Name == "other" && m.Value == value);
        Assert.DoesNotContain(metrics, m => m.Name == "foerdermittel_eur" && m.Value == value);
    }

    [Fact]
    public void A_headline_figure_the_body_states_plainly_is_read_once()
    {
        var text = Release("Acht Jahre ASSKomm: Allianz wächst auf neunzig Kommunen",
            Lead + "Inzwischen sind neunzig Kommunen dem ASSKomm-Verbund beigetreten.");
        Assert.Equal(["kooperationsvereinbarungen=90 exact"], Metrics(text));
    }
}
