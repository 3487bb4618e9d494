using AsskommExtract.Results;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Quotes;

/// <summary>Quotations the rules leave to the "quote" model: speech or a name?</summary>
public class UnclearQuotationTests
{
    private static List<Quote> QuotesOf(string body) => Texts.Extract(Texts.Header("20.10.2022") + body).Quotes;

    [Fact]
    public void A_quotation_filling_the_last_paragraphs_has_no_byline_to_look_for()
    {
        // The byline check looked one paragraph past the quotation's last one: the release failed with an index error.
        var release = Texts.Extract(Texts.Header("20.10.2022") + """
            Zittau tritt bei

            »Wir machen mit.

            Das ist gut für die Stadt.«
            """);
        Assert.Null(release.Error);
    }

    [Fact]
    public void A_name_after_an_attribution_colon_is_not_a_quote()
    {
        var quotes = QuotesOf("""
            Limbach-Oberfrohna tritt bei

            Innenminister Armin Schuster: »ASSKomm« wächst weiter und zählt nun 60 Kommunen.
            """);
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_slogan_later_in_a_quote_paragraph_is_not_joined_to_the_quote()
    {
        var q = Assert.Single(QuotesOf("""
            Radebeul tritt bei

            Oberbürgermeister Bert Wendsche: »Wir setzen auf Vorbeugung.« Die Stadt wirbt dafür unter dem Motto »Hinsehen, handeln, helfen!« auf Plakaten.
            """));
        Assert.Equal("Wir setzen auf Vorbeugung.", q.Text);
    }

    [Fact]
    public void Speech_later_in_a_quote_paragraph_joins_the_speakers_quote_by_the_model()
    {
        var q = Assert.Single(QuotesOf("""
            Coswig tritt bei

            Bürgermeister Thomas Schubert: »Wir sind gern dabei.« Dann wird er ernst. »Wir haben zu lange gewartet, jetzt müssen wir handeln.«
            """));
        Assert.Equal("Wir sind gern dabei. Wir haben zu lange gewartet, jetzt müssen wir handeln.", q.Text);
        Assert.Equal("ml", q.Method);
        Assert.InRange(q.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void A_title_after_a_label_colon_in_the_headline_is_not_a_quote()
    {
        var quotes = QuotesOf("""
            Neues Projekt: »Sicher im Quartier«

            Die Stadt Markkleeberg startet ein Projekt für mehr Sicherheit in den Wohngebieten.
            """);
        Assert.Empty(quotes);
    }

    [Fact]
    public void A_surname_colon_statement_headline_is_a_quote()
    {
        var q = Assert.Single(QuotesOf("""
            Bilanz nach einem Jahr

            Köpping: »Kommunen sind der Schlüssel«

            Die Ministerin zog eine positive Bilanz.
            """));
        Assert.Equal("Köpping", q.Speaker);
        Assert.Equal("Kommunen sind der Schlüssel", q.Text);
    }
}
