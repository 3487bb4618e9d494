using AsskommExtract.Documents;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Cleaning;

/// <summary>The SMI letterhead and footer are removed wherever the PDF conversion put them, and the text they cut reads whole again.</summary>
public class LetterheadRemovalTests
{
    private static string[] Paragraphs(Document doc) => doc.Blocks.Select(doc.Slice).ToArray();

    private static void AssertNoLetterhead(Document doc)
    {
        foreach (var debris in new[] { "Sperrfrist", "Hausanschrift", "Carolaplatz", "Straßenbahn", "Wilhelm-Buck", "01097", "Kein Zugang", "Voraussetzungen", "Durchwahl", "Telefon", "Telefax", "presse@", "Ansprechpartner", "smi.sachsen.de", "Medieninformation", "Staatsministerium des Innern" })
            Assert.DoesNotContain(debris, doc.Text);
    }

    [Fact]
    public void Plain_header_is_removed_and_its_date_becomes_the_dateline()
    {
        var doc = Texts.Clean(Texts.Header("17.03.2022") + "Oederan tritt ASSKomm bei\n\nDie Stadt Oederan hat heute unterzeichnet.\n");
        AssertNoLetterhead(doc);
        Assert.Equal("17.03.2022", doc.Dateline);
        Assert.Equal("Oederan tritt ASSKomm bei", doc.Title);
        Assert.Equal(["Oederan tritt ASSKomm bei", "Die Stadt Oederan hat heute unterzeichnet."], Paragraphs(doc));
    }

    [Fact]
    public void Markdown_decorated_header_is_removed()
    {
        const string text = """
            # Medieninformation

            Sächsisches Staatsministerium des Innern

            **Ihre Ansprechpartnerin**  
            Dr. Katrin Weißflog

            **Durchwahl**  
            Telefon +49 351 564-30400  
            Telefax +49 351 564-30409

            presse@smi.sachsen.de\*

            23.06.2022

            ## Lunzenau gründet Kommunalen Präventionsrat

            Der Stadtrat von Lunzenau hat den Präventionsrat gegründet.
            """;
        var doc = Texts.Clean(text);
        AssertNoLetterhead(doc);
        Assert.DoesNotContain("Weißflog", doc.Text);
        Assert.Equal("23.06.2022", doc.Dateline);
        Assert.Equal(["Lunzenau gründet Kommunalen Präventionsrat", "Der Stadtrat von Lunzenau hat den Präventionsrat gegründet."], Paragraphs(doc));
    }

    [Fact]
    public void Contact_with_name_and_function_lines_is_removed_but_body_after_it_is_kept()
    {
        const string text = """
            Ihre Ansprechpartnerin
            Anke Lindner-Hoyer
            Stellvertretende Pressesprecherin

            Durchwahl
            Telefon 0351 564-30410

            Treuen startet mit ASSKomm

            Ihr Ansprechpartner
            Paul Grzesik
            in Treuen soll nun ein Sicherheitskreis entstehen.
            """;
        var doc = Texts.Clean(text);
        Assert.DoesNotContain("Lindner", doc.Text);
        Assert.DoesNotContain("Pressesprecherin", doc.Text);
        Assert.DoesNotContain("Grzesik", doc.Text);
        Assert.Contains("in Treuen soll nun ein Sicherheitskreis entstehen.", doc.Text);
    }

    [Fact]
    public void Contact_block_inside_a_paragraph_removes_only_the_contact()
    {
        const string text = """
            Titel

            Innenminister Armin Schuster: »Wir sind froh,
            Ihr Ansprechpartner
            Martin Strunden
            Durchwahl
            Telefon +49 351 564 30400
            dass Zwenkau nun dabei ist.«
            Ihre Ansprechpartnerin
            Dr. Katrin von Weißflog
            Die Stadt Zwenkau
            plant eine Sicherheitsanalyse.
            """;
        var doc = Texts.Clean(text);
        // After a closed sentence the column's removal may leave a paragraph break: harmless, nothing is cut.
        Assert.Equal(["Titel", "Innenminister Armin Schuster: »Wir sind froh, dass Zwenkau nun dabei ist.«", "Die Stadt Zwenkau plant eine Sicherheitsanalyse."], doc.Blocks.Select(doc.Slice));
    }

    [Fact]
    public void Side_column_lines_in_another_order_are_removed()
    {
        const string text = """
            04.02.2024
            Sperrfrist: 05.02.2024, 10:00 Uhr
            presse@smi.sachsen.de*
            Durchwahl
            Telefax +49 351 564 30409
            Telefon +49 351 564 30400
            Ihr Ansprechpartner
            Martin Strunden
            Sächsisches Staatsministerium des Innern
            Medieninformation

            Markkleeberg ist dabei

            Markkleeberg hat heute die Kooperationsvereinbarung unterschrieben.
            """;
        var doc = Texts.Clean(text);
        AssertNoLetterhead(doc);
        Assert.Equal("04.02.2024", doc.Dateline);
        Assert.Equal("Markkleeberg ist dabei", doc.Title);
    }

    [Fact]
    public void Footer_mid_sentence_is_removed_and_the_sentence_rejoined()
    {
        var text = "Titel der Meldung\n\nDer Bürgermeister von Rochlitz sieht in der Zusammenarbeit mit dem Landespräventionsrat eine Chance, die\n"
                   + Texts.Footer + "\nSicherheit in der Innenstadt spürbar zu verbessern.\n\nEin neuer Absatz beginnt hier.";
        var doc = Texts.Clean(text);
        AssertNoLetterhead(doc);
        Assert.Equal(
        [
            "Titel der Meldung",
            "Der Bürgermeister von Rochlitz sieht in der Zusammenarbeit mit dem Landespräventionsrat eine Chance, die Sicherheit in der Innenstadt spürbar zu verbessern.",
            "Ein neuer Absatz beginnt hier.",
        ], Paragraphs(doc));
    }

    [Fact]
    public void Footer_mid_quote_rejoins_the_quote()
    {
        var text = "Titel\n\nOberbürgermeister Sven Krüger: »Wir wollen, dass sich die Menschen in unserer Stadt sicher fühlen und\n"
                   + Texts.Footer + "\nwerden dafür alle Kräfte bündeln.«\n";
        var doc = Texts.Clean(text);
        AssertNoLetterhead(doc);
        Assert.Contains("sicher fühlen und werden dafür alle Kräfte bündeln.«", doc.Text);
        Assert.Equal(2, doc.Blocks.Count);
    }

    [Fact]
    public void Footer_mid_word_with_hyphen_joins_the_word()
    {
        var text = "Titel\n\nIn Auerbach soll ein Kommunaler Präventions-\n" + Texts.Footer + "\nrat gegründet werden.\n";
        var doc = Texts.Clean(text);
        Assert.Contains("ein Kommunaler Präventionsrat gegründet werden.", doc.Text);
    }

    [Fact]
    public void Footer_between_two_paragraphs_does_not_join_them()
    {
        var text = "Titel\n\nDer erste Absatz endet mit einem Punkt.\n" + Texts.Footer + "\nDer zweite Absatz steht für sich.\n";
        var doc = Texts.Clean(text);
        Assert.Equal(["Titel", "Der erste Absatz endet mit einem Punkt.", "Der zweite Absatz steht für sich."], Paragraphs(doc));
    }

    [Fact]
    public void Footer_after_a_closed_quote_does_not_join_the_next_paragraph()
    {
        var text = "Titel\n\nLandrat Uwe Hesse: »Das ist ein guter Tag für den Landkreis.«\n" + Texts.Footer + "\nDie Gemeinde plant eine Sicherheitsanalyse.\n";
        var doc = Texts.Clean(text);
        Assert.Equal(3, doc.Blocks.Count);
    }

    [Fact]
    public void Footer_twice_in_a_long_release_is_removed_both_times()
    {
        var text = Texts.Header("02.12.2022") + "Zwei Seiten\n\nDer erste Teil des Satzes geht über die Seite hinweg, nämlich bis zur\n" + Texts.Footer
                   + "\nnächsten Seite. Dann folgt noch viel Text über Prävention in Frankenberg/Sa., der wieder\n" + Texts.Footer
                   + "\nüber eine Seitengrenze läuft.\n";
        var doc = Texts.Clean(text);
        AssertNoLetterhead(doc);
        Assert.Equal(
        [
            "Zwei Seiten",
            "Der erste Teil des Satzes geht über die Seite hinweg, nämlich bis zur nächsten Seite. Dann folgt noch viel Text über Prävention in Frankenberg/Sa., der wieder über eine Seitengrenze läuft.",
        ], Paragraphs(doc));
    }

    [Fact]
    public void Footer_wrapped_over_several_lines_is_removed()
    {
        const string footer = """

            Hausanschrift:
            Sächsisches
            Staatsministerium
            des Innern
            Wilhelm-Buck-Str. 2
            01097 Dresden
            Zu erreichen mit den Straßenbahnlinien 3, 6, 7, 8, 9, 11 und 13.
            Haltestelle Carolaplatz.
            * Kein Zugang für verschlüsselte elektronische
            Dokumente. Zugang für qualifiziert elektronisch
            signierte Dokumente nur unter den auf
            www.lsf.sachsen.de/eSignatur.html vermerkten
            Voraussetzungen.

            """;
        var text = "Titel\n\nDie Präventionsarbeit in Grimma wird künftig vom Ordnungsamt und vom Polizeirevier\n" + footer + "\ngemeinsam koordiniert.\n";
        var doc = Texts.Clean(text);
        AssertNoLetterhead(doc);
        Assert.DoesNotContain("Sächsisches", doc.Text);
        Assert.Contains("vom Polizeirevier gemeinsam koordiniert.", doc.Text);
    }

    [Fact]
    public void Footer_without_blank_lines_around_it_is_removed()
    {
        var footer = Texts.Footer.Replace("\n\n", "\n").Trim('\n');
        var text = "Titel\n\nDie Stadt will mit dem Landespräventionsrat eine\n" + footer + "\nSicherheitsanalyse in Auftrag geben.\n";
        var doc = Texts.Clean(text);
        AssertNoLetterhead(doc);
        Assert.Contains("eine Sicherheitsanalyse in Auftrag geben.", doc.Text);
    }

    [Theory]
    [InlineData("Seite 2 von 3")]
    [InlineData("- 2 -")]
    [InlineData("Seite 3")]
    public void Page_number_line_is_removed(string pageLine)
    {
        var doc = Texts.Clean("Titel\n\nDer Satz läuft über die\n" + pageLine + "\nSeitengrenze hinaus.\n");
        Assert.Equal("Der Satz läuft über die Seitengrenze hinaus.", doc.Slice(doc.Blocks[1]));
    }

    [Fact]
    public void Paragraphs_split_after_an_article_or_comma_are_joined()
    {
        var doc = Texts.Clean("Titel\n\nDer Präventionsrat will gemeinsam mit der\n\nPolizei und den Schulen,\n\nVereinen und Kirchen arbeiten.\n\nNeuer Absatz.\n");
        Assert.Equal(["Titel", "Der Präventionsrat will gemeinsam mit der Polizei und den Schulen, Vereinen und Kirchen arbeiten.", "Neuer Absatz."], doc.Blocks.Select(doc.Slice));
    }

    [Fact]
    public void Release_number_line_with_date_is_the_dateline()
    {
        var doc = Texts.Clean("Medieninformation 45/2023 vom 14.09.2023\n\nFachtag in Dresden\n\nText.\n");
        Assert.Equal("Fachtag in Dresden", doc.Title);
        Assert.Equal("Medieninformation 45/2023 vom 14.09.2023", doc.Dateline);
    }

    [Fact]
    public void Body_sentence_mentioning_the_ministry_is_kept()
    {
        var doc = Texts.Clean("Titel\n\nDas Sächsische Staatsministerium des Innern fördert das Projekt in Zwönitz.\n");
        Assert.Contains("Das Sächsische Staatsministerium des Innern fördert", doc.Text);
    }

    [Theory]
    [InlineData("Straßenbahnlinien und Busse in Musterhain werden künftig abends von 45 Sicherheitskräften begleitet, teilte die Stadt mit.")]
    [InlineData("Sperrfrist für Bewerbungen ist der 30. Juni, bis dahin können sich weitere Kommunen um Fördermittel von 1,5 Millionen Euro bewerben.")]
    [InlineData("Die Hinweise für elektronisch signierte Anträge der Kommunen stehen wie bisher unter www.lsf.sachsen.de/eSignatur.html bereit.")]
    public void Body_paragraph_sharing_a_word_with_the_footer_is_kept(string paragraph)
    {
        var doc = Texts.Clean("Musterhain erhält Förderung\n\nDie Stadt Musterhain hat heute einen Bescheid erhalten.\n\n" + paragraph + "\n\nEin weiterer Absatz.\n");
        Assert.Contains(paragraph, doc.Text);
    }

    [Theory]
    [InlineData("Sperrfrist: Dienstag, 5. März 2024, 10:00 Uhr")]
    [InlineData("Straßenbahnlinien 3,6,7,8,9, 11")]
    [InlineData("www.lsf.sachsen.de/eSignatur.html vermerkten Voraussetzungen.")]
    [InlineData("Dokumente nur unter den auf www.lsf.sachsen.de/eSignatur.html")]
    public void Footer_lines_known_by_their_first_word_are_still_removed(string line)
    {
        var doc = Texts.Clean("Musterhain erhält Förderung\n\nDie Stadt Musterhain hat heute einen Bescheid erhalten.\n\n" + line + "\n\nEin weiterer Absatz.\n");
        Assert.DoesNotContain(line, doc.Text);
        Assert.Contains("Ein weiterer Absatz.", doc.Text);
    }

    [Fact]
    public void A_release_on_one_line_with_the_footer_run_into_it_is_read_as_a_release()
    {
        var line = "Musterhain tritt der Allianz bei. Am 14. September 2023 hat die Stadt Musterhain die Kooperationsvereinbarung unterzeichnet. "
            + "Damit beteiligen sich nun 112 Kommunen an ASSKomm. Bürgermeisterin Erika Beispiel sagte: »Wir freuen uns.« "
            + Texts.Footer.ReplaceLineEndings(" ").Trim();
        var release = Texts.Extract(line);
        Assert.Contains(release.Metrics, m => m.Value == 112);
        Assert.NotEmpty(release.Quotes);
        Assert.Equal("2023-09-14", release.Date);
    }
}
