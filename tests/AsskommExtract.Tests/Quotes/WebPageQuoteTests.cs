using AsskommExtract.Results;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Quotes;

/// <summary>
/// Quotes as web pages write them (texts written for these tests): a crawler's one paragraph per line
/// without blank lines, every quotation-mark habit of German web text, and speakers named in another
/// sentence than the quote.
/// </summary>
public class WebPageQuoteTests
{
    private const string Head = "Oschatz tritt der Allianz bei\n17.04.2024\n";

    private static List<Quote> QuotesOf(string lines) => Texts.Extract(Head + lines + "\n").Quotes;

    private static void Is(Quote q, string speaker, string text)
    {
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(text, q.Text);
    }

    private const string Intro = "Im Beisein von Innenministerin Petra Lindner hat Oberbürgermeister Jens Hoffmann am Mittwoch die Kooperationsvereinbarung der Allianz Sichere Sächsische Kommunen im Rathaus unterzeichnet.\n";

    [Theory]
    [InlineData("«", "»")]
    [InlineData("»", "«")]
    [InlineData("„", "“")]
    [InlineData("„", "\"")]
    [InlineData("“", "”")]
    [InlineData("“", "“")]
    [InlineData("\"", "\"")]
    [InlineData("''", "''")]
    [InlineData("‚", "‘")]
    [InlineData("»", "\"")]
    [InlineData("„", "«")]
    public void Every_quotation_mark_habit_gives_the_spoken_words(string open, string close)
    {
        var q = Assert.Single(QuotesOf(Intro + $"{open}Prävention beginnt in der Nachbarschaft, nicht erst auf der Wache{close}, sagte Hoffmann."));
        Is(q, "Hoffmann", "Prävention beginnt in der Nachbarschaft, nicht erst auf der Wache");
    }

    [Fact]
    public void French_guillemets_pair_with_a_name_quoted_in_the_same_paragraph()
    {
        var quotes = QuotesOf("Leipzig (epd) - Innenministerin Petra Lindner (CDU) will die Prävention stärken. «Sicherheit entsteht vor Ort, wo alle zusammenarbeiten», sagte die Ministerin in Leipzig. "
            + "Dazu diene die «Allianz Sichere Sächsische Kommunen». «Wir wollen überall Präventionsräte gründen.»");
        var q = Assert.Single(quotes);
        Is(q, "Petra Lindner", "Sicherheit entsteht vor Ort, wo alle zusammenarbeiten Wir wollen überall Präventionsräte gründen.");
    }

    [Theory]
    [InlineData("„", "“")]
    [InlineData("»", "«")]
    public void A_quote_whose_lines_break_inside_its_marks_stays_one_quote(string open, string close)
    {
        // A web page's <br> lines inside one paragraph: the breaks fall inside the quotation.
        var quotes = QuotesOf(Intro
            + $"Oberbürgermeister Jens Hoffmann sagte bei der Unterzeichnung im Rathaus vor zahlreichen Gästen aus Verwaltung, Polizei und Vereinen: {open}Wir haben in den letzten Jahren viel erreicht.\n"
            + "Jetzt wollen wir die Zusammenarbeit mit der Polizei und den Vereinen in allen Ortsteilen der Stadt verstetigen und sichtbar machen.\n"
            + $"Die Kooperationsvereinbarung ist dafür der richtige Rahmen.{close}\n"
            + "Die Stadt ist damit die 70. Kommune im Netzwerk der Allianz Sichere Sächsische Kommunen.");
        var q = Assert.Single(quotes);
        Is(q, "Jens Hoffmann", "Wir haben in den letzten Jahren viel erreicht. Jetzt wollen wir die Zusammenarbeit mit der Polizei und den Vereinen in allen Ortsteilen der Stadt verstetigen und sichtbar machen. Die Kooperationsvereinbarung ist dafür der richtige Rahmen.");
    }

    [Fact]
    public void A_quote_unclosed_at_the_excerpts_end_is_cut_there_and_not_merged_with_the_next_paragraph()
    {
        var quotes = QuotesOf(Intro
            + "Oberbürgermeister Jens Hoffmann: „Wir haben in den letzten Jahren viel erreicht und wollen weitergehen\n"
            + "„Die Polizei ist dabei ein verlässlicher Partner“, ergänzte Revierleiterin Karin Vogt.");
        Assert.Equal(2, quotes.Count);
        Is(quotes[0], "Jens Hoffmann", "Wir haben in den letzten Jahren viel erreicht und wollen weitergehen");
        Is(quotes[1], "Karin Vogt", "Die Polizei ist dabei ein verlässlicher Partner");
    }

    [Fact]
    public void A_quote_running_into_the_cut_off_last_line_keeps_its_words()
    {
        var q = Assert.Single(QuotesOf(Intro + "Der Oberbürgermeister sieht die Stadt gut aufgestellt: »Wir haben gute Schulen und sichere Wohnviertel.\nDas wollen wir mit allen Partnern gemeinsam erhal"));
        Is(q, "Jens Hoffmann", "Wir haben gute Schulen und sichere Wohnviertel. Das wollen wir mit allen Partnern gemeinsam erhal");
    }

    [Fact]
    public void Two_lines_of_one_speaker_are_two_quotes_and_fragments_in_one_line_are_joined()
    {
        var quotes = QuotesOf(Intro
            + "„Ich freue mich über den Beitritt“, sagte Oberbürgermeister Jens Hoffmann. Das Gremium sei breit aufgestellt. Jens Hoffmann: „Gemeinsam erreichen wir mehr.“\n"
            + "Auch die Schulen sollen mitwirken. „Wir laden alle ein, sich zu beteiligen“, sagte Jens Hoffmann.");
        Assert.Equal(2, quotes.Count);
        Is(quotes[0], "Jens Hoffmann", "Ich freue mich über den Beitritt Gemeinsam erreichen wir mehr.");
        Is(quotes[1], "Jens Hoffmann", "Wir laden alle ein, sich zu beteiligen");
    }

    [Fact]
    public void The_speaker_may_be_named_only_in_the_sentence_before()
    {
        var q = Assert.Single(QuotesOf(Intro + "Die Arbeit des Rates brauche einen langen Atem, machte Sabine Krug vom Landespräventionsrat deutlich. „Prävention wirkt erst über Jahre.“"));
        Is(q, "Sabine Krug", "Prävention wirkt erst über Jahre.");
    }

    [Fact]
    public void A_role_after_the_quote_is_the_person_the_text_named_with_it()
    {
        var quotes = QuotesOf("Den Vertrag unterzeichneten Bürgermeisterin Anke Weber und der Chemnitzer Polizeipräsident Uwe Brandt.\n"
            + "\"Sicherheit ist keine Selbstverständlichkeit\", sagte der Polizeipräsident.\n"
            + "„Wir gehen die Probleme gemeinsam an“, so die Bürgermeisterin.");
        Assert.Equal(2, quotes.Count);
        Is(quotes[0], "Uwe Brandt", "Sicherheit ist keine Selbstverständlichkeit");
        Is(quotes[1], "Anke Weber", "Wir gehen die Probleme gemeinsam an");
    }

    [Fact]
    public void Another_word_for_the_same_office_finds_the_person()
    {
        var quotes = QuotesOf("Bürgermeister Tom Ranft hat den Präventionsrat einberufen.\n"
            + "„Die ersten Projekte laufen bereits“, so der Rathauschef.\n"
            + "Innenminister Armin Schuster: »Prävention ist Chefsache.« Der Staatsminister weiter: »Oschatz geht voran.«");
        Assert.Equal(2, quotes.Count);
        Is(quotes[0], "Tom Ranft", "Die ersten Projekte laufen bereits");
        Is(quotes[1], "Armin Schuster", "Prävention ist Chefsache. Oschatz geht voran.");
    }

    [Fact]
    public void A_pronoun_is_the_last_person_of_that_gender()
    {
        var quotes = QuotesOf("Zum Führungsteam gehören Oberbürgermeister Jens Hoffmann und die Leiterin des Ordnungsamtes Claudia Sommer.\n"
            + "Die Idee für den Rat entstand in einer Arbeitsgruppe, die Claudia Sommer 2021 gegründet hatte. \"Nur zusammen finden wir Lösungen\", erklärte sie.");
        Is(Assert.Single(quotes), "Claudia Sommer", "Nur zusammen finden wir Lösungen");
    }

    [Fact]
    public void A_quote_inside_a_sentence_takes_that_sentences_speaker()
    {
        var quotes = QuotesOf("Der Freistaat stärkt den Brandschutz, sagte Innenminister Armin Schuster am Montag. Er dankte «allen Helfern, die bis an ihre Grenzen gegangen sind».");
        Is(Assert.Single(quotes), "Armin Schuster", "allen Helfern, die bis an ihre Grenzen gegangen sind");
    }

    [Fact]
    public void A_pull_quote_takes_the_credit_line_under_it()
    {
        var quotes = QuotesOf("Intro zur Polizei in Sachsen.\n\n„Mehr Streifen machen die Städte sicherer.“\n\nProf. Dr. Eva Hartung, Staatssekretärin im Innenministerium\n\nDie Polizei wird verstärkt.");
        Is(Assert.Single(quotes), "Eva Hartung", "Mehr Streifen machen die Städte sicherer.");
    }

    [Fact]
    public void A_headline_quotes_a_person_the_body_names()
    {
        var quotes = Texts.Extract("Polizei\n\n++ Lindner: „Prävention ist Teamarbeit“\n\nInnenministerin Lindner stellte am Dienstag die Bilanz vor.\n").Quotes;
        Is(Assert.Single(quotes), "Lindner", "Prävention ist Teamarbeit");
    }

    [Fact]
    public void A_quote_without_a_resolvable_speaker_is_not_emitted()
    {
        Assert.Empty(QuotesOf("Die Stadt hat einen Präventionsrat.\n„Sicherheit geht uns alle an“, hieß es in der Einladung.\n„Das Gremium tagt zweimal im Jahr.“"));
    }

    [Fact]
    public void Names_titles_and_slogans_in_marks_are_not_quotes()
    {
        Assert.Empty(QuotesOf(Intro + "Oberbürgermeister Jens Hoffmann stellte das Projekt „Sicherer Schulweg“ vor. Die Beteiligten stehen vor einem Banner mit dem Text: \"Gemeinsam sicher in Oschatz\"."));
    }

    [Fact]
    public void Words_after_a_title_noun_are_a_name_but_a_colon_after_it_introduces_speech()
    {
        var quotes = QuotesOf(Intro + "An dem Leitfaden mit dem Titel „Sicher wohnen im Quartier!“ hat auch Oberbürgermeister Jens Hoffmann mitgewirkt.\n"
            + "Oberbürgermeister Jens Hoffmann zum Projekt: „Wir wollen damit alle Generationen erreichen.“");
        Is(Assert.Single(quotes), "Jens Hoffmann", "Wir wollen damit alle Generationen erreichen.");
    }

    [Fact]
    public void The_speaker_may_be_named_in_the_sentence_after()
    {
        var quotes = QuotesOf("Landrat Dirk Neumann stellte das Konzept am Montag vor.\n"
            + "„Wir sind stolz auf unsere Vereine.“ Das sagte Bürgermeisterin Ines Haase am Rande der Unterzeichnung.\n"
            + "„Wer vorbeugt, muss später weniger reparieren.“ Mit diesen Worten begrüßte der Landrat die Gäste.");
        Assert.Equal(2, quotes.Count);
        Is(quotes[0], "Ines Haase", "Wir sind stolz auf unsere Vereine.");
        Is(quotes[1], "Dirk Neumann", "Wer vorbeugt, muss später weniger reparieren.");
    }
}
