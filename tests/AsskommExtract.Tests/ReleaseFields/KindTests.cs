using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.ReleaseFields;

/// <summary>Kinds of headlines and leads the training data does not contain.</summary>
public class KindTests
{
    [Theory]
    [InlineData("Sechs Jahre »ASSKomm«: Netzwerk wächst weiter", "Sechs Jahre nach dem Start der Allianz Sichere Sächsische Kommunen: 168 Kommunen wurden beraten.", "bilanz")]
    [InlineData("Sieben Jahre ASSKomm: Verbund wächst auf achtzig Kommunen", "Sieben Jahre nach dem Start zieht der Landespräventionsrat Bilanz: achtzig Kommunen sind dem Verbund beigetreten, über 190 wurden beraten.", "bilanz")]
    [InlineData("Taucha unterschreibt Kooperationsvereinbarung", "Die Stadt Taucha hat heute gemeinsam mit Polizei und Landespräventionsrat die Vereinbarung zur Allianz Sichere Sächsische Kommunen unterzeichnet.", "beitritt")]
    [InlineData("Olbernhau wird 77. Kommune im Präventionsverbund", "Der Bürgermeister von Olbernhau setzte heute seine Unterschrift unter die ASSKomm-Vereinbarung.", "beitritt")]
    [InlineData("Auch Sebnitz ist jetzt dabei", "Sebnitz hat sich der Allianz Sichere Sächsische Kommunen angeschlossen. Bürgermeister und Polizeidirektion unterzeichneten die Vereinbarung.", "beitritt")]
    [InlineData("Präventionsallianz: Bernsdorf an Bord", "Mit der heute unterzeichneten Kooperationsvereinbarung ist die Stadt Bernsdorf Mitglied im ASSKomm-Verbund.", "beitritt")]
    [InlineData("Sieben Jahre ASSKomm: Ein Erfolg für die Kommunen", "Seit dem Start hat der Landespräventionsrat über 200 Kommunen beraten, 90 haben die Kooperationsvereinbarung unterzeichnet.", "bilanz")]
    [InlineData("Landespräventionsrat zieht Jahresbilanz", "Im vergangenen Jahr wurden 40 Kommunen neu beraten und 16 Sicherheitsanalysen abgeschlossen.", "bilanz")]
    [InlineData("Kommunale Prävention: 150 Städte und Gemeinden beraten", "Die Allianz Sichere Sächsische Kommunen erreicht inzwischen mehr als ein Drittel aller Gemeinden; 60 arbeiten eng mit ihr zusammen.", "bilanz")]
    [InlineData("Sechster Fachtag der Allianz in Görlitz", "Rund 200 Gäste aus Verwaltung, Polizei und Vereinen diskutierten heute über Prävention im ländlichen Raum.", "fachtag")]
    [InlineData("Kommunen beraten auf Präventionskongress über Jugendgewalt", "Zwei Tage lang tauschten sich 350 Fachleute in Leipzig über Gewaltprävention aus.", "fachtag")]
    [InlineData("Netzwerktreffen der ASSKomm-Koordinatoren in Freiberg", "Koordinatorinnen aus 30 Kommunen stellten einander ihre Projekte vor.", "fachtag")]
    [InlineData("Präventionsrat in Markneukirchen gegründet", "Stadtverwaltung, Polizei, Schulen und Vereine haben sich heute zum Kommunalen Präventionsrat zusammengeschlossen.", "kpr")]
    [InlineData("Kommunaler Präventionsrat Ostritz tagt erstmals", "Zur konstituierenden Sitzung kamen zwölf Mitglieder ins Rathaus.", "kpr")]
    [InlineData("Neuer Präventionsrat für Lichtenstein", "In Lichtenstein/Sa. gibt es nun einen Kommunalen Präventionsrat, der von der Bürgermeisterin geleitet wird.", "kpr")]
    [InlineData("Dommitzsch gründet Präventionsrat und unterzeichnet Kooperationsvereinbarung", "Der Stadtrat hat heute die Gründung des Kommunalen Präventionsrates beschlossen; dieser tagte sogleich zum ersten Mal.", "kpr")]
    [InlineData("Freistaat gibt 1,7 Millionen Euro für Präventionsprojekte", "Kommunen der Allianz Sichere Sächsische Kommunen können ab sofort Fördermittel beantragen.", "foerderung")]
    [InlineData("Förderbescheid für Präventionsprojekt in Oschatz", "Staatssekretär überreichte heute den Bescheid über 45.000 Euro für ein Jugendprojekt.", "foerderung")]
    [InlineData("Mehr Geld für kommunale Präventionsarbeit", "Der Landespräventionsrat erhält zusätzliche Mittel, um Kommunen bei Präventionsprojekten zu unterstützen.", "foerderung")]
    [InlineData("Neue Förderrichtlinie auf Fachtag vorgestellt", "Beim Fachtag in Chemnitz stellte das Innenministerium die neue Förderrichtlinie für kommunale Präventionsprojekte vor; Kommunen erhalten bis zu 50.000 Euro Zuschuss.", "foerderung")]
    [InlineData("Polizeiliche Kriminalstatistik: Straftaten leicht rückläufig", "Die sächsische Polizei registrierte im vergangenen Jahr 290.000 Straftaten, fünf Prozent weniger als im Vorjahr.", "sonstiges")]
    [InlineData("Landratswahlen: Stichwahl in zwei Landkreisen", "In den Landkreisen Meißen und Bautzen kommt es am 2. Juli zur Stichwahl.", "sonstiges")]
    [InlineData("Freiwillige Feuerwehr Limbach erhält neues Löschfahrzeug", "Der Innenminister übergab heute ein neues Tanklöschfahrzeug an die Kameraden.", "sonstiges")]
    [InlineData("Innenminister stellt Bilanz der Verkehrsüberwachung vor", "Die Polizei hat im vergangenen Jahr 1,2 Millionen Geschwindigkeitsverstöße festgestellt.", "sonstiges")]
    [InlineData("Digitalfunk für Feuerwehren: Freistaat fördert mit 5 Millionen Euro", "Die Kommunen erhalten Zuschüsse für die Umrüstung der Feuerwehrfahrzeuge.", "sonstiges")]
    [InlineData("Landespräventionsrat stellt neue Broschüre zu Vandalismus vor", "Die Handreichung zeigt Kommunen, wie sie Sachbeschädigungen vorbeugen können.", "sonstiges")]
    [InlineData("Absolventen des Studiengangs Präventionsmanagement verabschiedet", "Die ersten 15 Absolventen des Masterstudiengangs an der TU Chemnitz erhielten heute ihre Urkunden; viele arbeiten künftig in der kommunalen Prävention.", "sonstiges")]
    [InlineData("Tag der offenen Tür im Innenministerium", "Am Samstag können Bürgerinnen und Bürger einen Blick hinter die Kulissen des Ministeriums werfen.", "sonstiges")]
    public void Kind_from_headline_and_lead(string title, string lead, string expected)
    {
        var release = Texts.Extract($"# {title}\n\n{lead}\n\nWeiterer Text ohne Bedeutung für die Art der Meldung.\n");
        Assert.True(expected == release.Kind, $"{release.Kind} ({release.KindMethod} {release.KindConfidence}) for: {title}");
    }

    /// <summary>Whole pages in the styles real pages have: the headline is a heading under the site's title, the lead opens with a caption or a place marker.</summary>
    [Theory]
    // A town site's news: the site name as title, the headline a heading, the lead says who signed.
    [InlineData("Stadt Oederan\n\n## Neues aus dem Rathaus\n\nAm Dienstag haben Bürgermeister Jens Muster, der Leiter des Polizeireviers Flöha und die Geschäftsstelle des Landespräventionsrates eine Kooperationsvereinbarung im Rahmen der Allianz Sichere Sächsische Kommunen unterzeichnet.\n", "beitritt")]
    // A newspaper: a photo caption first, the place marker, then the event.
    [InlineData("# Sicherheit in der Bergstadt\n\nFoto: Archiv. Der Bürgermeister und der Polizeirevierleiter vor dem Rathaus.\n\nMarienberg. Eine Kooperationsvereinbarung zur Allianz Sichere Sächsische Kommunen haben am Freitag Bürgermeister und Polizei im Ratssaal unterschrieben.\n", "beitritt")]
    // A council motion to found a council.
    [InlineData("# Antrag der Fraktion Bürger für Roßwein\n\nDer Stadtrat möge beschließen: Die Stadt Roßwein gründet einen Kommunalen Präventionsrat und nutzt dazu die Beratung des Landespräventionsrates.\n", "kpr")]
    // An LPR page: the site's debris title, the headline a heading, the event in the lead.
    [InlineData("Hauptinhalt\n\n## 6. ASSKomm-Fachtag\n\nAm 10. September fand im Kulturhaus Aue der sechste Fachtag der Allianz statt. Rund 220 Gäste kamen zusammen.\n", "fachtag")]
    // ASSKomm's other work: a security analysis starts, a survey, a newsletter.
    [InlineData("# Sicherheitsanalyse in Flöha gestartet\n\nMit einer Auftaktveranstaltung begann im Rahmen der Allianz Sichere Sächsische Kommunen die Sicherheitsanalyse für die Stadt.\n", "sonstiges")]
    [InlineData("# Ihre Meinung ist gefragt!\n\nDie Stadt Penig ist eine von zwölf Kommunen, in denen der Landespräventionsrat eine Befragung zum Sicherheitsgefühl durchführt.\n", "sonstiges")]
    [InlineData("image image\n\nNewsletter 03 I 5. Mai 2023 Lesen Sie in dieser Ausgabe: Neues von ASSKomm, Termine des Landespräventionsrates.\n", "sonstiges")]
    // A town that joined long ago hosts a workshop: looking back is not joining.
    [InlineData("# Ideen für ein sicheres Brandis\n\nIm Rathaus fand ein Workshop der Allianz Sichere Sächsische Kommunen statt. Brandis war der Allianz bereits 2022 beigetreten.\n", "sonstiges")]
    // A headline naming two kinds: the lead's first statement picks between them.
    [InlineData("# Vereinbarung getroffen – Präventionsrat startet\n\nEine Kooperationsvereinbarung zur Allianz Sichere Sächsische Kommunen haben Oberbürgermeister und Polizeipräsident in Zschopau unterzeichnet. Zudem gründete die Stadt einen Präventionsrat.\n", "beitritt")]
    public void Kind_of_real_page_styles(string page, string expected)
    {
        var release = Texts.Extract(page);
        Assert.True(expected == release.Kind, $"{release.Kind} ({release.KindMethod} {release.KindConfidence}) for: {page}");
    }

    [Theory]
    [InlineData("Eine Kooperationsvereinbarung haben Bürgermeister und Polizei unterzeichnet. Zudem gründete die Stadt einen Präventionsrat.", "beitritt")]
    [InlineData("Die Stadt gründete zudem einen Präventionsrat, nachdem sie die Kooperationsvereinbarung unterzeichnet hatte.", "kpr")]
    [InlineData("Am 4. Mai wurde Thum als 120. Kommune im Rahmen der Allianz beraten.", "bilanz")]
    [InlineData("Der Fachtag der Allianz fand in Meißen statt.", "fachtag")]
    [InlineData("Der Landespräventionsrat stellt die Ergebnisse der Befragung vor.", "sonstiges")]
    [InlineData("Der Verbund wuchs im vergangenen Jahr.", null)]
    public void The_lead_states_its_kind_first(string lead, string? expected) =>
        Assert.Equal(expected, Extractors.Kinds.KindRules.FromLead(lead));

    [Theory]
    [InlineData("Heidenau tritt ASSKomm-Verbund bei", "beitritt", 1)]
    [InlineData("Fachtag der Allianz in Dresden", "fachtag", 1)]
    [InlineData("Präventionsrat Meißen konstituiert", "kpr", 1)]
    [InlineData("Vier Jahre ASSKomm: positive Bilanz", "bilanz", 1)]
    [InlineData("Freistaat fördert Präventionsprojekte", "foerderung", 1)]
    [InlineData("Zittau gründet Präventionsrat und tritt ASSKomm bei", "kpr", 2)]
    [InlineData("Neuer Studiengang Präventionsmanagement", null, 0)]
    [InlineData("Freiberg wird Teil des »ASSKomm«-Netzwerkes", "beitritt", 1)]
    [InlineData("Großenhain wird Mitglied im ASSKomm-Verbund", "beitritt", 1)]
    [InlineData("Dreifache Verstärkung aus dem Vogtland für ASSKomm", "beitritt", 1)]
    [InlineData("Zehn Monate ASSKomm: Kommunen nehmen Angebot an", "bilanz", 1)]
    [InlineData("Annaberg startet Sicherheitsanalyse", "sonstiges", 1)]
    [InlineData("Bürgerbefragung in Wurzen", "sonstiges", 1)]
    public void Headline_rules_say_when_they_are_unambiguous(string title, string? first, int matches) =>
        Assert.Equal((first, matches), Extractors.Kinds.KindRules.FromHeadline(title));

    [Fact]
    public void Text_not_about_asskomm_is_sonstiges_by_rule()
    {
        var release = Texts.Extract("# Feuerwehr Pirna feiert Jubiläum\n\nDie Freiwillige Feuerwehr wird 150 Jahre alt, ein Fachtag ist geplant.\n");
        Assert.Equal(("sonstiges", "rule"), (release.Kind, release.KindMethod));
    }
}
