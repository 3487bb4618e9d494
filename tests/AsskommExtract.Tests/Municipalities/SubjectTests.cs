using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Municipalities;

/// <summary>Every town a page is about: several towns joining together, an association's members, a host; a town named in passing stays other.</summary>
public class SubjectTests
{
    private static Dictionary<string, string> Roles(string page) =>
        Texts.Extract(page).Municipalities.ToDictionary(m => m.Name, m => m.Role);

    [Fact]
    public void Several_towns_joining_in_one_sentence_are_all_subjects()
    {
        var roles = Roles("""
            # Dreifacher Zuwachs aus dem Erzgebirge

            Drei Städte gehen heute einen gemeinsamen Schritt: Zwönitz, Thalheim und Ehrenfriedersdorf treten der »Allianz Sichere Sächsische Kommunen« bei. Beraten wurden sie zuvor vom Landespräventionsrat, wie schon Annaberg-Buchholz.
            """);
        Assert.Equal("subject", roles["Zwönitz"]);
        Assert.Equal("subject", roles["Thalheim/Erzgeb."]);
        Assert.Equal("subject", roles["Ehrenfriedersdorf"]);
        Assert.NotEqual("subject", roles["Annaberg-Buchholz"]);
    }

    [Fact]
    public void Two_towns_with_their_descriptors_that_joined_are_subjects_but_one_that_joined_before_is_not()
    {
        var roles = Roles("""
            # Präventionsallianz bekommt Verstärkung

            Nachdem Niesky im vergangenen Jahr die Kooperationsvereinbarung unterzeichnet hat, sind am Freitag die Große Kreisstadt Löbau und die Kur- und Erholungsstadt Bad Schandau dem ASSKomm-Verbund beigetreten.
            """);
        Assert.Equal("subject", roles["Löbau"]);
        Assert.Equal("subject", roles["Bad Schandau"]);
        Assert.NotEqual("subject", roles["Niesky"]);
    }

    [Fact]
    public void Member_towns_of_an_association_named_with_their_signing_mayors_are_subjects()
    {
        var roles = Roles("""
            # Städtebund Elbtal unterzeichnet ASSKomm-Kooperationsvereinbarung

            Die Bürgermeister des Städtebundes – Karin Beispiel (Strehla), Olaf Muster (Belgern-Schildau) und Jana Probe (Dommitzsch) – unterzeichneten im Beisein des Leiters des Polizeireviers Torgau die Vereinbarung zur Allianz Sichere Sächsische Kommunen.
            """);
        Assert.Equal("subject", roles["Strehla"]);
        Assert.Equal("subject", roles["Belgern-Schildau"]);
        Assert.Equal("subject", roles["Dommitzsch"]);
        Assert.DoesNotContain("Torgau", roles.Keys); // the police station's name
    }

    [Fact]
    public void The_towns_opening_the_lead_as_a_list_are_subjects()
    {
        var roles = Roles("""
            # Kommunen wollen gemeinsam vorbeugen

            Die Städte Delitzsch, Riesa und Bautzen wollen gemeinsam mit dem Freistaat Prävention betreiben und gründen dazu die Allianz Sichere Sächsische Kommunen.
            """);
        Assert.All(new[] { "Delitzsch", "Riesa", "Bautzen/Budyšin" }, t => Assert.Equal("subject", roles[t]));
    }

    [Fact]
    public void A_list_after_a_preposition_says_where_from_and_stays_other()
    {
        var roles = Roles("""
            # Kommunaler Präventionsrat in Kamenz konstituiert

            In Kamenz hat sich am Dienstag der Kommunale Präventionsrat konstituiert; zur Sitzung waren auch Gäste aus Pulsnitz und Elstra gekommen.
            """);
        Assert.Equal("subject", roles["Kamenz/Kamjenc"]);
        Assert.Equal("other", roles["Pulsnitz"]);
        Assert.Equal("other", roles["Elstra"]);
    }

    [Fact]
    public void The_host_of_a_conference_named_by_its_venue_is_the_subject()
    {
        var roles = Roles("""
            # 6. ASSKomm-Fachtag

            Bildunterschrift: Gäste im Saal. © LPR

            Am 10. September fand im Festsaal des Meißner Schlosses der sechste Fachtag der Allianz statt. Referenten aus Görlitz und Plauen berichteten über ihre Präventionsräte.
            """);
        Assert.Equal("subject", roles["Meißen"]);
        Assert.Equal("other", roles["Görlitz"]);
        Assert.Equal("other", roles["Plauen"]);
    }

    [Fact]
    public void A_town_in_a_news_heading_that_states_the_event_is_a_subject()
    {
        var roles = Roles("""
            # Neuigkeiten

            ## Schkeuditz: Kooperation für mehr Sicherheit unterzeichnet

            Bürgermeister und Revierleiter setzten ihre Unterschriften unter die ASSKomm-Vereinbarung.

            ## Oschatz gründet Kommunalen Präventionsrat

            Der Rat soll zweimal im Jahr tagen.
            """);
        Assert.Equal("subject", roles["Schkeuditz"]);
        Assert.Equal("subject", roles["Oschatz"]);
    }

    [Fact]
    public void A_town_advised_as_the_hundredth_is_the_subject_of_that_review()
    {
        var roles = Roles("""
            Am 18. Januar wurde Oybin im Landkreis Görlitz als 100. Kommune im Rahmen der Allianz Sichere Sächsische Kommunen beraten. Der Landespräventionsrat zieht Bilanz.
            """);
        Assert.Equal("subject", roles["Oybin"]);
    }

    [Fact]
    public void A_town_mentioned_in_passing_stays_other()
    {
        var roles = Roles("""
            # Colditz tritt ASSKomm bei

            Die Stadt Colditz hat heute die Kooperationsvereinbarung unterzeichnet. Der Bürgermeister hatte sich zuvor in Grimma über die Arbeit des dortigen Präventionsrates informiert.
            """);
        Assert.Equal("subject", roles["Colditz"]);
        Assert.Equal("other", roles["Grimma"]);
    }

    [Fact]
    public void Compounds_and_lists_after_an_organisation_word_are_not_towns()
    {
        var names = Texts.Extract("""
            # Wilsdruff tritt ASSKomm bei

            Es unterzeichneten der Bürgermeister und der Leiter des Polizeireviers Freital-Dippoldiswalde. Verstärkt werden die Polizeidirektionen Leipzig (12), Görlitz (8) und Zwickau (4). Das Kabeljournal Chemnitzer-Land berichtete.
            """).Municipalities.Select(m => m.Name);
        Assert.Equal(["Wilsdruff"], names);
    }
}
