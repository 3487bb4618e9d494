using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Municipalities;

public class MunicipalityRoleTests
{
    private static Dictionary<string, string> Roles(string title, string body) =>
        Texts.Extract(Texts.Header("04.03.2024") + title + "\n\n" + body + "\n").Municipalities.ToDictionary(m => m.Name, m => m.Role);

    [Theory]
    [InlineData("Zittau tritt ASSKomm-Verbund bei", "Zittau")]
    [InlineData("Präventiv denken: Markkleeberg wird 60. Kommune im »ASSKomm«-Verbund", "Markkleeberg")]
    [InlineData("Kommunaler Präventionsrat in Radebeul gegründet", "Radebeul")]
    [InlineData("»ASSKomm« hat sich zum vierten Fachtag in Annaberg-Buchholz getroffen", "Annaberg-Buchholz")]
    [InlineData("Thum erhält Fördermittel für Präventionsprojekt", "Thum")]
    [InlineData("Kooperation unterzeichnet: Stadt Wehlen setzt auf Prävention", "Stadt Wehlen")]
    public void The_town_in_the_headline_is_the_subject(string title, string town)
    {
        var roles = Roles(title, "Beteiligt sind kleine Gemeinden wie bspw. Oybin und Jonsdorf, aber auch Großstädte wie Leipzig.");
        Assert.Equal("subject", roles[town]);
        Assert.Equal("example", roles["Oybin"]);
        Assert.Equal("example", roles["Leipzig"]);
    }

    [Fact]
    public void The_town_whose_mayor_signs_is_the_subject()
    {
        var roles = Roles("Neues Mitglied in der Allianz",
            "Heute unterzeichneten Anna Schmidt, Bürgermeisterin der Stadt Kamenz, und der Polizeipräsident der Polizeidirektion Görlitz eine Kooperationsvereinbarung zu ASSKomm. Zuvor waren bereits Bischofswerda und Radeberg beigetreten.");
        Assert.Equal("subject", roles["Kamenz/Kamjenc"]);
        Assert.NotEqual("subject", roles["Bischofswerda"]);
        Assert.DoesNotContain("Görlitz", roles.Keys);
    }

    [Fact]
    public void A_town_adjective_with_its_mayor_signing_is_the_subject()
    {
        var roles = Roles("Sicherheit gemeinsam gestalten",
            "Im Beisein des Innenministers unterzeichneten heute der Torgauer Oberbürgermeister und der Leiter des Polizeireviers Oschatz eine Kooperationsvereinbarung zur Allianz Sichere Sächsische Kommunen.");
        Assert.Equal("subject", roles["Torgau"]);
        Assert.DoesNotContain("Oschatz", roles.Keys);
    }

    [Fact]
    public void The_host_of_a_conference_in_the_lead_is_the_subject()
    {
        var roles = Roles("Fachtag der Allianz Sichere Sächsische Kommunen",
            "Rund 200 Gäste haben sich heute zum Fachtag der Allianz in der Stadthalle Riesa getroffen.");
        Assert.Equal("subject", roles["Riesa"]);
    }

    [Fact]
    public void Towns_listed_after_Modellkommunen_are_models()
    {
        var roles = Roles("Bilanz nach fünf Jahren",
            "Die Allianz startete 2019 mit acht Modellkommunen: Delitzsch, Torgau, Riesa und Bautzen. Beteiligt sind heute auch Städte wie Niesky.");
        Assert.Equal("model", roles["Delitzsch"]);
        Assert.Equal("model", roles["Bautzen/Budyšin"]);
        Assert.Equal("example", roles["Niesky"]);
    }

    [Fact]
    public void Subject_beats_example()
    {
        var roles = Roles("Grimma tritt ASSKomm bei", "Beteiligt sind etwa Grimma, Colditz und Borna.");
        Assert.Equal("subject", roles["Grimma"]);
        Assert.Equal("example", roles["Colditz"]);
    }

    [Fact]
    public void The_model_names_no_second_subject_next_to_a_headline_subject()
    {
        var roles = Roles("Sebnitz tritt ASSKomm-Verbund bei",
            "Die Stadt Sebnitz ist seit heute Mitglied. Die Gemeinde Stolpen ist seit heute ebenfalls Partner der Polizei. Die Teilnehmer kamen auch aus Neustadt in Sachsen.");
        Assert.Single(roles, r => r.Value == "subject");
    }
    [Theory]
    [InlineData("Görlitz. Am 4. März 2024 hat das Innenministerium neue Fördermittel für kommunale Prävention freigegeben.")]
    [InlineData("Görlitz (dpa) – Das Innenministerium hat neue Fördermittel für kommunale Prävention freigegeben.")]
    [InlineData("Görlitz, 4. März 2024. Das Innenministerium hat neue Fördermittel für kommunale Prävention freigegeben.")]
    public void A_place_marker_opening_the_lead_is_not_the_subject(string lead)
    {
        var roles = Roles("Mehr Geld für Präventionsprojekte", lead + " Auch Projekte in Radebeul wurden bereits unterstützt.");
        Assert.Equal("other", roles["Görlitz"]);
    }
}

public class MunicipalityRoleLeadTests
{
    [Fact]
    public void A_council_founded_in_a_town_named_in_the_lead_makes_it_the_subject()
    {
        var release = Texts.Extract(Texts.Header("02.10.2024") + "Kommunaler Präventionsrat nimmt Arbeit auf\n\n" +
            "In Annaberg-Buchholz hat sich am Dienstag der Kommunale Präventionsrat konstituiert. Er ist nach Marienberg der zweite im Erzgebirgskreis.\n");
        Assert.Equal("subject", release.Municipalities.Single(m => m.Name == "Annaberg-Buchholz").Role);
        Assert.NotEqual("subject", release.Municipalities.Single(m => m.Name == "Marienberg").Role);
    }

    [Fact]
    public void A_list_of_weak_names_counts_when_one_clear_town_closes_it()
    {
        var names = Texts.Extract(Texts.Header("02.10.2024") + "Fünf Jahre Allianz\n\nBeteiligt sind etwa Thum, Lauta, Horka und Markkleeberg.\n")
            .Municipalities.Select(m => m.Name);
        Assert.Equal(["Thum", "Lauta", "Horka", "Markkleeberg"], names);
    }

}
