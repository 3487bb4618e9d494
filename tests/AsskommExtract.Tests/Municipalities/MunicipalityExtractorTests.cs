using AsskommExtract.Results;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Municipalities;

public class MunicipalityExtractorTests
{
    private static Release Extract(string title, string body) =>
        Texts.Extract(Texts.Header("04.03.2024") + title + "\n\n" + body + "\n");

    private static List<MunicipalityMention> Towns(string title, string body) => Extract(title, body).Municipalities;

    private static MunicipalityMention Town(IEnumerable<MunicipalityMention> towns, string name) =>
        Assert.Single(towns, t => t.Name == name);

    [Theory]
    [InlineData("Die Gemeinde Lohsa/Łaz ist dabei.", "Lohsa/Łaz", "14625330")]
    [InlineData("Die Stadt Budyšin ist dabei.", "Bautzen/Budyšin", "14625020")]
    [InlineData("In Bautzen/Budyšin wird beraten.", "Bautzen/Budyšin", "14625020")]
    [InlineData("Die Stadt Frankenberg/Sa. ist dabei.", "Frankenberg/Sa.", "14522150")]
    [InlineData("Die Sicherheit der Gäste Zittaus liegt uns am Herzen.", "Zittau", "14626610")]
    [InlineData("Der Radebeuler Oberbürgermeister unterschrieb.", "Radebeul", "14627210")]
    [InlineData("Die Große Kreisstadt Annaberg-Buchholz ist dabei.", "Annaberg-Buchholz", "14521020")]
    [InlineData("Eine Vereinbarung mit der Großen Kreisstadt Markkleeberg wurde geschlossen.", "Markkleeberg", "14729260")]
    [InlineData("Auch Stadt Wehlen beteiligt sich.", "Stadt Wehlen", "14628370")]
    [InlineData("Die Stadt Weißwasser/O.L. ist dabei.", "Weißwasser/O.L./Běła Woda", "14626600")]
    [InlineData("Die Landeshauptstadt Dresden ist dabei.", "Dresden", "14612000")]
    [InlineData("Die Dresdner Stadtverwaltung ist dabei.", "Dresden", "14612000")]
    [InlineData("Die Einwohner Leipzigs freuen sich.", "Leipzig", "14713000")]
    [InlineData("Das Hoyerswerdaer Rathaus lud ein.", "Hoyerswerda/Wojerecy", "14625240")]
    [InlineData("Die Gemeinde Horka ist dabei.", "Horka", "14626200")]
    [InlineData("Herr Berg aus Lauta berichtete.", "Lauta", "14625310")]
    [InlineData("Im Stadtteil Leipzig-Grünau wird beraten.", "Leipzig", "14713000")]
    public void Finds_name_variants(string sentence, string name, string ags)
    {
        var town = Assert.Single(Towns("Prävention vor Ort", sentence));
        Assert.Equal(name, town.Name);
        Assert.Equal(ags, town.Ags);
    }

    [Theory]
    [InlineData("Beteiligt sind etwa Eibenstock, Johannegeorgenstadt und Flöha.", "Johanngeorgenstadt", "Johannegeorgenstadt")]
    [InlineData("Beteiligt sind wie bspw. Ostritz, Schirgiswalde-Kirscha etc.", "Schirgiswalde-Kirschau", "Schirgiswalde-Kirscha")]
    [InlineData("Dabei sind Kamenz, Hoyerswerda und Bischofswerdda.", "Bischofswerda", "Bischofswerdda")]
    public void Resolves_misspellings_in_lists_of_towns(string sentence, string name, string surface)
    {
        var town = Town(Towns("Prävention vor Ort", sentence), name);
        Assert.Equal(surface, town.Surface);
        Assert.True(town.Confidence < 0.9);
    }

    [Fact]
    public void Leaves_misspelling_like_words_outside_lists_alone() =>
        Assert.Empty(Towns("Prävention vor Ort", "In Liechtenstein und auf der Kirchberge gab es Gespräche über Liechtensteins Zukunft."));

    [Fact]
    public void Trap_text_yields_no_municipality()
    {
        var body = """
            Die Polizeidirektion Leipzig, der Leiter des Polizeireviers Grimma und Vertreter der Technischen Universität Chemnitz trafen sich mit dem Landratsamt Bautzen und dem Landkreis Leipzig. Auch die Hochschule Zittau/Görlitz, die Sparkasse Meißen und der Verwaltungsverband Wildenstein waren dabei.

            Herr Berg erläuterte die Lage auf dem Berg. Andreas Thum, Referent im Landkreis Sächsische Schweiz-Osterzgebirge, sprach über den Erzgebirgskreis und den Vogtlandkreis. Frau Lauta und Herr Rosenbach aus dem Freistaat berichteten. In der Landeshauptstadt wurde über Sachsen gesprochen.
            """ + Texts.Footer + """
            Die Polizeidirektionen Dresden und Görlitz sowie die Landkreise Zwickau und Meißen unterstützen das. Das Leipziger Land und das Zittauer Gebirge sind beliebt. Die Schleife am Fluss war schön, die Glashütte alt. Bürgermeister Hainichen und Dr. Geyer lobten die Arbeit. Der Steinberg ist hoch, die Au liegt dahinter. Die Polizei Chemnitz ermittelt, die TU Dresden forscht. Thum sagte, er komme wieder.
            """;
        Assert.Empty(Towns("Landespräventionsrat zieht Zwischenbilanz", body));
    }

    [Theory]
    [InlineData("Andreas Lommatzsch, Leiter des Ordnungsamtes, sprach.")]
    [InlineData("Das sagte Kerstin Oschatz vom Jugendamt.")]
    [InlineData("Herr Colditz und Frau Delitzsch stellten das Projekt vor.")]
    public void Town_names_used_as_surnames_are_not_mentions(string sentence) =>
        Assert.Empty(Towns("Prävention vor Ort", sentence));

    [Fact]
    public void City_and_district_of_the_same_name_are_told_apart()
    {
        var towns = Towns("Prävention vor Ort", "Der Landkreis Leipzig und die Stadt Leipzig arbeiten zusammen.");
        Assert.Equal("14713000", Assert.Single(towns).Ags);
    }

    [Fact]
    public void Letterhead_address_is_not_a_mention() =>
        Assert.Empty(Towns("Prävention vor Ort", "Die Allianz wächst weiter und" + Texts.Footer + "bleibt offen für alle Kommunen."));

    [Theory]
    [InlineData("Die Stadt Reichenbach im Vogtland ist dabei.", "Reichenbach im Vogtland")]
    [InlineData("Die Stadt Reichenbach/O.L. ist dabei.", "Reichenbach/O.L.")]
    [InlineData("Im Vogtlandkreis ist nun auch die Stadt Reichenbach dabei.", "Reichenbach im Vogtland")]
    [InlineData("Die Stadt Oelsnitz (Erzgeb.) ist dabei.", "Oelsnitz/Erzgeb.")]
    [InlineData("Beteiligt sind etwa Plauen, Auerbach/Vogtl. und Oelsnitz.", "Oelsnitz/Vogtl.")]
    public void Resolves_shared_names_by_their_context(string sentence, string name)
    {
        var town = Town(Towns("Prävention vor Ort", sentence), name);
        Assert.DoesNotContain("ambiguous", town.Note ?? "");
    }

    [Fact]
    public void Reports_a_shared_name_nothing_decides()
    {
        var town = Assert.Single(Towns("Prävention vor Ort", "Die Stadt Oelsnitz ist dabei."));
        Assert.StartsWith("Oelsnitz/", town.Name);
        Assert.Contains("ambiguous", town.Note);
        Assert.Contains("Oelsnitz/Erzgeb.", town.Note);
        Assert.Contains("Oelsnitz/Vogtl.", town.Note);
        Assert.True(town.Confidence < 0.5);
    }

    [Fact]
    public void Lists_each_municipality_once_at_its_first_mention()
    {
        var text = Texts.Header("04.03.2024") + "Zittau tritt bei\n\nDie Stadt Zittau unterzeichnete. Der Zittauer Oberbürgermeister freut sich über die Zukunft Zittaus.\n";
        var release = Texts.Extract(text);
        var town = Assert.Single(release.Municipalities);
        Assert.Equal("Zittau", town.Surface);
        Assert.Equal("Zittau", text[town.Start..town.End]);
        Assert.Equal("Görlitz", town.Kreis);
    }
}

public class MunicipalityOrganisationTests
{
    [Theory]
    [InlineData("Studierende der Hochschule für Technik und Wirtschaft Dresden stellten ihr Projekt vor.")]
    [InlineData("Die Hochschule der Sächsischen Polizei (FH) Rothenburg bildet aus.")]
    [InlineData("Der Görlitzer Polizeipräsident und der Zwickauer Landrat sprachen.")]
    [InlineData("Die Leipziger Volkszeitung und die Dresdner Verkehrsbetriebe berichteten.")]
    [InlineData("Die Bergakademie Freiberg und das Universitätsklinikum Leipzig forschen.")]
    [InlineData("Der Landkreis Leipzig und die Landkreise Bautzen und Görlitz helfen.")]
    [InlineData("Unterstützt werden sie von den Polizeidirektionen Leipzig, Dresden und Chemnitz sowie vom Landesamt.")]
    public void Place_names_inside_organisation_names_are_not_mentions(string sentence) =>
        Assert.Empty(Texts.Extract(Texts.Header("04.03.2024") + "Prävention vor Ort\n\n" + sentence + "\n").Municipalities);
}

public class MunicipalityTableTests
{
    [Fact]
    public void Csv_table_has_one_row_per_release_and_municipality()
    {
        var release = Texts.Extract(Texts.Header("04.03.2024") + "Bautzen tritt ASSKomm bei\n\nAuch Städte wie Kamenz und Bautzen sind dabei.\n", "a.txt");
        using var stream = new MemoryStream();
        using (var sink = new AsskommExtract.Output.CsvTableSink(stream, AsskommExtract.Output.Table.Municipalities))
        {
            sink.Write(release);
            sink.Complete();
        }
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("source,date,name,ags,kreis,role", lines[0]);
        Assert.StartsWith("a.txt,2024-03-04,Bautzen/Budyšin,14625020,Bautzen,subject,Bautzen,rule,", lines[1]);
        Assert.StartsWith("a.txt,2024-03-04,Kamenz/Kamjenc,14625250,Bautzen,example,Kamenz,rule,", lines[2]);
    }
}
