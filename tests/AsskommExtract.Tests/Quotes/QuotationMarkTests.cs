using AsskommExtract.Results;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Quotes;

/// <summary>Quotation mark styles, nesting, page breaks and letterhead inside quotes, and names in guillemets.</summary>
public class QuotationMarkTests
{
    private static List<Quote> QuotesOf(string body) => Texts.Extract(Texts.Header("05.06.2022") + body).Quotes;

    [Fact]
    public void Straight_double_quotes_are_quotation_marks()
    {
        var q = Assert.Single(QuotesOf("""
            Chemnitz zieht Bilanz

            Polizeipräsident Carsten Kaempf: "Die Zahl der Einbrüche ist deutlich gesunken. Das ist auch ein Erfolg der Prävention."
            """));
        Assert.Equal("Carsten Kaempf", q.Speaker);
        Assert.Equal("Die Zahl der Einbrüche ist deutlich gesunken. Das ist auch ein Erfolg der Prävention.", q.Text);
    }

    [Fact]
    public void Swiss_guillemets_open_with_the_left_pointing_mark()
    {
        var q = Assert.Single(QuotesOf("""
            Grimma tritt bei

            «Wir freuen uns auf die Zusammenarbeit», erklärt Oberbürgermeister Tobias Berger.
            """));
        Assert.Equal("Tobias Berger", q.Speaker);
        Assert.Equal("Wir freuen uns auf die Zusammenarbeit", q.Text);
    }

    [Fact]
    public void Nested_guillemets_keep_the_outer_pair_and_the_inner_names()
    {
        var q = Assert.Single(QuotesOf("""
            Aue-Bad Schlema tritt bei

            Innenminister Armin Schuster: »Die Allianz Sichere Sächsische Kommunen wächst. Mit »ASSKomm« und dem Programm »Sicherer Schulweg« wollen wir mehr Kommunen erreichen, als wir je gedacht hätten.« Die Stadt ist die 60. Kommune im Verbund.
            """));
        Assert.Equal("Die Allianz Sichere Sächsische Kommunen wächst. Mit »ASSKomm« und dem Programm »Sicherer Schulweg« wollen wir mehr Kommunen erreichen, als wir je gedacht hätten.", q.Text);
    }

    [Fact]
    public void German_quotes_with_single_inner_quotes()
    {
        var q = Assert.Single(QuotesOf("""
            Torgau tritt bei

            Bürgermeisterin Romina Barth: „Unser Projekt ‚Sicher nach Hause‘ ist erst der Anfang.“
            """));
        Assert.Equal("Unser Projekt ‚Sicher nach Hause‘ ist erst der Anfang.", q.Text);
    }

    [Fact]
    public void A_letterhead_footer_inside_a_quote_is_removed_and_the_sentence_rejoined()
    {
        var q = Assert.Single(QuotesOf($"""
            Kamenz tritt bei

            Oberbürgermeister Roland Dantz: »Mit der Unterzeichnung setzen wir ein deutliches Zeichen für die Sicherheit unserer Bürgerinnen und Bürger. Gemeinsam mit dem Landespräventionsrat werden wir die
            {Texts.Footer}
            Angebote für Jugendliche ausbauen und den Marktplatz neu gestalten.«

            Die Stadt plant weitere Schritte.
            """));
        Assert.Equal("Roland Dantz", q.Speaker);
        Assert.EndsWith("werden wir die Angebote für Jugendliche ausbauen und den Marktplatz neu gestalten.", q.Text);
        Assert.DoesNotContain("Carolaplatz", q.Text);
    }

    [Fact]
    public void A_page_break_between_two_sentences_of_a_quote_keeps_one_quote()
    {
        var q = Assert.Single(QuotesOf("""
            Bautzen tritt bei

            Oberbürgermeister Karsten Vogt: »Die Zusammenarbeit mit der Polizei hat sich bewährt. Wir wollen sie weiter ausbauen.

            Deshalb haben wir heute die Vereinbarung unterschrieben.«

            Die Stadt hat rund 38.000 Einwohner.
            """));
        Assert.Equal("Die Zusammenarbeit mit der Polizei hat sich bewährt. Wir wollen sie weiter ausbauen. Deshalb haben wir heute die Vereinbarung unterschrieben.", q.Text);
    }

    [Fact]
    public void A_footer_between_two_sentences_of_a_quote_keeps_one_quote()
    {
        var q = Assert.Single(QuotesOf($"""
            Döbeln tritt bei

            Oberbürgermeister Sven Liebhauser: »Sicherheit ist ein Standortfaktor. Familien ziehen nur dorthin, wo sie sich wohlfühlen.
            {Texts.Footer}
            Daran arbeiten wir jeden Tag.«
            """));
        Assert.Equal("Sicherheit ist ein Standortfaktor. Familien ziehen nur dorthin, wo sie sich wohlfühlen. Daran arbeiten wir jeden Tag.", q.Text);
    }

    [Fact]
    public void Names_programmes_and_titles_in_guillemets_are_not_quotes()
    {
        var quotes = QuotesOf("""
            Bilanz der »Allianz Sichere Sächsische Kommunen«

            In Borna wurde der sogenannte »Sicherheitskreis« gegründet. Für Jugendliche soll ein »Rückzugsort« entstehen. Die Stadt nutzt das Studium »Präventionsmanagement« und das Programm »Beccaria – Fachkraft für Kriminalprävention«.

            Hintergrundinformationen zu »ASSKomm«

            Mehr als 140 Kommunen wurden im Rahmen von »ASSKomm« beraten, 50 »ASSKomm«-Coaching-Prozesse laufen.
            """);
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_name_in_guillemets_after_a_quote_paragraph_is_not_a_continuation()
    {
        var quotes = QuotesOf("""
            Oelsnitz tritt bei

            Bürgermeister Bernd Birkigt: »Wir freuen uns auf die Zusammenarbeit.«

            »Sicherheitskreis« heißt das neue Gremium der Stadt.

            Die Stadt nutzt künftig auch das Angebot »Fachkraft für Kriminalprävention«.
            """);
        var q = Assert.Single(quotes);
        Assert.Equal("Bernd Birkigt", q.Speaker);
    }

    [Fact]
    public void A_name_in_the_same_paragraph_as_a_quote_is_not_joined_to_it()
    {
        var q = Assert.Single(QuotesOf("""
            Markranstädt tritt bei

            Bürgermeisterin Nadine Stitterich: »Wir setzen auf Vorbeugung.« Die Stadt startet dazu das Projekt »Sichere Nachbarschaft«.
            """));
        Assert.Equal("Wir setzen auf Vorbeugung.", q.Text);
    }

    [Fact]
    public void Speech_without_a_named_speaker_is_not_a_quote()
    {
        var quotes = QuotesOf("""
            Fachtag in Dresden

            Die Teilnehmer diskutierten unter dem Leitgedanken »Prävention wirkt, wenn alle mitmachen«. Viele sagten, dass der Austausch hilft.
            """);
        Assert.Empty(quotes);
    }

    [Fact]
    public void Words_without_quotation_marks_are_not_quotes()
    {
        var quotes = QuotesOf("""
            Wurzen tritt bei

            Oberbürgermeister Marcel Buchta betonte, die Stadt wolle die Sicherheit am Bahnhof verbessern.
            """);
        Assert.Empty(quotes);
    }

    [Fact]
    public void Quote_carries_its_source_position()
    {
        var body = """
            Zittau tritt bei

            Oberbürgermeister Thomas Zenker: »Wir sind dabei.«
            """;
        var source = Texts.Header("05.06.2022") + body;
        var q = Assert.Single(Texts.Extract(source).Quotes);
        Assert.Equal("»Wir sind dabei.«", source[q.Start..q.End]);
        Assert.Equal(0.95, q.Confidence);
    }

    [Fact]
    public void A_quote_left_open_at_a_paragraph_end_runs_on_to_its_closing_mark()
    {
        var q = Assert.Single(QuotesOf("""
            Großenhain gründet Präventionsrat

            Oberbürgermeisterin Ina Vogel: »Wir haben viele Gespräche geführt. Die Ergebnisse der Befragung waren eindeutig.

            Die Menschen wünschen sich mehr Sauberkeit am Bahnhof.«

            Der Rat tagt viermal im Jahr.
            """));
        Assert.Equal("Wir haben viele Gespräche geführt. Die Ergebnisse der Befragung waren eindeutig. Die Menschen wünschen sich mehr Sauberkeit am Bahnhof.", q.Text);
    }

    [Fact]
    public void Straight_quotes_nest_when_the_inner_one_opens_after_a_space()
    {
        var q = Assert.Single(QuotesOf("""
            Riesa startet Projekt

            Beigeordneter Tom Kessler: "Wir starten mit dem Projekt "Sicherer Bahnhof". Weitere folgen."
            """));
        Assert.Equal("Wir starten mit dem Projekt \"Sicherer Bahnhof\". Weitere folgen.", q.Text);
    }

    [Fact]
    public void A_footer_between_the_attribution_colon_and_the_quote()
    {
        var q = Assert.Single(QuotesOf($"""
            Zittau tritt bei

            Die Stadt ist jetzt Mitglied im Verbund der Kommunen, teilte die Verwaltung heute mit.

            Oberbürgermeister Thomas Zenker sagte:
            {Texts.Footer}
            »Wir freuen uns auf die Zusammenarbeit mit allen Partnern.«
            """));
        Assert.Equal("Thomas Zenker", q.Speaker);
        Assert.Equal("Oberbürgermeister", q.Role);
    }
}
