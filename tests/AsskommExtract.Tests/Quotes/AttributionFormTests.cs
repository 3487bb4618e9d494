using AsskommExtract.Results;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Quotes;

/// <summary>Every attribution form, on release texts written for these tests (other towns, speakers and roles than the samples).</summary>
public class AttributionFormTests
{
    private static List<Quote> QuotesOf(string body) => Texts.Extract(Texts.Header("12.03.2024") + body).Quotes;

    private static Quote Single(string body) => Assert.Single(QuotesOf(body));

    private static void IsSpeaker(Quote q, string speaker, string role)
    {
        Assert.Equal(speaker, q.Speaker);
        Assert.Equal(role, q.Role);
    }

    [Fact]
    public void Name_colon_quote_has_the_name_and_no_role()
    {
        var q = Single("""
            Markkleeberg tritt ASSKomm bei

            Am Montag unterschrieb die Stadt die Vereinbarung.

            Sabine Krause: »Wir wollen die Sicherheit in unseren Wohnvierteln stärken. Dafür brauchen wir alle Partner.«
            """);
        IsSpeaker(q, "Sabine Krause", "");
        Assert.Equal("Wir wollen die Sicherheit in unseren Wohnvierteln stärken. Dafür brauchen wir alle Partner.", q.Text);
        Assert.Equal("rule", q.Method);
    }

    [Fact]
    public void Role_name_colon_with_german_quotation_marks()
    {
        var q = Single("""
            Landkreis Bautzen stärkt Prävention

            Landrätin Dorothee Albrecht: „Prävention ist eine Gemeinschaftsaufgabe, die in den Kommunen beginnt.“
            """);
        IsSpeaker(q, "Dorothee Albrecht", "Landrätin");
        Assert.Equal("Prävention ist eine Gemeinschaftsaufgabe, die in den Kommunen beginnt.", q.Text);
    }

    [Fact]
    public void Academic_titles_are_dropped_from_the_speaker()
    {
        var q = Single("""
            Plauen unterzeichnet Vereinbarung

            Oberbürgermeister Prof. Dr. Thomas Lindner: »Mit dieser Vereinbarung gehen wir einen wichtigen Schritt für unsere Stadt.«
            """);
        IsSpeaker(q, "Thomas Lindner", "Oberbürgermeister");
    }

    [Fact]
    public void Name_comma_long_role_comma_verb_colon()
    {
        var q = Single("""
            Fachtag in Leipzig

            Markus Feldmann, Geschäftsführer des Landespräventionsrates Sachsen, ergänzt: »Die Nachfrage der Kommunen ist so groß wie nie. Das zeigt, wie wichtig unsere Beratung ist.«
            """);
        IsSpeaker(q, "Markus Feldmann", "Geschäftsführer des Landespräventionsrates Sachsen");
    }

    [Fact]
    public void Name_comma_role_verb_colon_without_second_comma()
    {
        var q = Single("""
            Fachtag in Leipzig

            Claudia Wendt, stellv. Leiterin des Ordnungsamtes ergänzt: »Ohne die Polizei wären wir nicht so weit gekommen.«
            """);
        IsSpeaker(q, "Claudia Wendt", "stellv. Leiterin des Ordnungsamtes");
    }

    [Fact]
    public void Quote_then_so_role_name()
    {
        var q = Single("""
            Görlitz wird Mitglied

            »Wir setzen auf Vorbeugung statt Reparatur«, so Polizeipräsidentin Sonja Hartig.
            """);
        IsSpeaker(q, "Sonja Hartig", "Polizeipräsidentin");
        Assert.Equal("Wir setzen auf Vorbeugung statt Reparatur", q.Text);
    }

    [Theory]
    [InlineData("betont")]
    [InlineData("sagt")]
    [InlineData("erklärt")]
    [InlineData("unterstrich")]
    [InlineData("ergänzte")]
    public void Fragments_around_a_verb_attribution_join_with_one_space(string verb)
    {
        var q = Single($"""
            Freital tritt bei

            »Sicherheit beginnt in der Nachbarschaft«, {verb} Oberbürgermeister Uwe Rumberg. »Deshalb holen wir alle an einen Tisch. Das ist unser Weg.«
            """);
        IsSpeaker(q, "Uwe Rumberg", "Oberbürgermeister");
        Assert.Equal("Sicherheit beginnt in der Nachbarschaft Deshalb holen wir alle an einen Tisch. Das ist unser Weg.", q.Text);
    }

    [Fact]
    public void Place_adjective_before_the_role_is_not_part_of_it()
    {
        var q = Single("""
            Zwickau tritt bei

            Der Zwickauer Oberbürgermeister Frank Wagner freut sich auf die Zusammenarbeit mit der Polizei: »Wir haben viel vor. Die Bürgerinnen und Bürger sollen sich sicher fühlen.«
            """);
        IsSpeaker(q, "Frank Wagner", "Oberbürgermeister");
    }

    [Fact]
    public void Headline_surname_colon_quote()
    {
        var quotes = QuotesOf("""
            Bilanz nach drei Jahren

            Schuster: »Prävention zahlt sich aus«

            Die Allianz wächst weiter.
            """);
        var q = Assert.Single(quotes);
        IsSpeaker(q, "Schuster", "");
        Assert.Equal("Prävention zahlt sich aus", q.Text);
    }

    [Fact]
    public void Later_paragraph_ergaenzt_er_continues_the_previous_speaker()
    {
        var quotes = QuotesOf("""
            Riesa tritt bei

            Oberbürgermeister Marco Müller: »Wir sind stolz auf diesen Schritt.«

            »Gemeinsam mit der Polizei werden wir die Innenstadt sicherer machen«, ergänzt er.
            """);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marco Müller", q.Speaker));
        Assert.Equal("Gemeinsam mit der Polizei werden wir die Innenstadt sicherer machen", quotes[1].Text);
    }

    [Fact]
    public void Weiter_sagte_sie_resolves_to_the_last_female_speaker()
    {
        var quotes = QuotesOf("""
            Pirna tritt bei

            Bürgermeisterin Katrin Seidel: »Wir haben lange auf diesen Tag hingearbeitet.«

            Polizeipräsident Jörg Kubiessa: »Die Polizei steht an der Seite der Stadt.«

            Weiter sagte sie: »Jetzt beginnt die eigentliche Arbeit.«
            """);
        Assert.Equal(3, quotes.Count);
        Assert.Equal("Katrin Seidel", quotes[2].Speaker);
        Assert.Equal("Bürgermeisterin", quotes[2].Role);
        Assert.Equal("Jetzt beginnt die eigentliche Arbeit.", quotes[2].Text);
    }

    [Fact]
    public void A_paragraph_that_is_only_a_quote_continues_the_quote_paragraph_before()
    {
        var quotes = QuotesOf("""
            Delitzsch tritt bei

            Oberbürgermeister Manfred Wilde: »Unsere Stadt hat gute Erfahrungen mit Prävention gemacht.«

            »Nun wollen wir die nächsten Schritte gemeinsam mit dem Landespräventionsrat gehen.«

            Die Stadt plant eine Sicherheitsanalyse.
            """);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Manfred Wilde", quotes[1].Speaker);
        Assert.Equal("Nun wollen wir die nächsten Schritte gemeinsam mit dem Landespräventionsrat gehen.", quotes[1].Text);
    }

    [Fact]
    public void So_der_role_resolves_to_the_person_named_with_that_role()
    {
        var q = Single("""
            Oschatz tritt bei

            Im Beisein von Innenminister Armin Schuster unterzeichnete die Stadt die Vereinbarung.

            »Oschatz zeigt, wie kommunale Prävention gelingt«, so der Innenminister.
            """);
        IsSpeaker(q, "Armin Schuster", "Innenminister");
    }

    [Fact]
    public void Role_after_the_name_in_a_so_attribution()
    {
        var q = Single("""
            Meißen tritt bei

            »Jede Kommune bringt ihre eigenen Erfahrungen ein«, sagt Sven Richter, Geschäftsführer des Landespräventionsrates.
            """);
        IsSpeaker(q, "Sven Richter", "Geschäftsführer des Landespräventionsrates");
    }

    [Fact]
    public void Two_speakers_in_a_row_keep_their_own_quotes()
    {
        var quotes = QuotesOf("""
            Annaberg-Buchholz tritt bei

            Oberbürgermeister Rico Schmidt: »Ein guter Tag für unsere Stadt.«

            Leitender Polizeidirektor Lutz Bergmann: »Wir unterstützen die Stadt nach Kräften.«
            """);
        Assert.Equal(["Rico Schmidt", "Lutz Bergmann"], quotes.Select(q => q.Speaker));
        Assert.Equal(["Oberbürgermeister", "Leitender Polizeidirektor"], quotes.Select(q => q.Role));
    }

    [Fact]
    public void Pronoun_after_a_sentence_that_names_the_person()
    {
        var q = Single("""
            Lößnitz tritt bei

            Bürgermeister Alexander Troll ist seit 2019 im Amt. Er sagt: »Prävention war von Anfang an mein Thema.«
            """);
        IsSpeaker(q, "Alexander Troll", "Bürgermeister");
        Assert.Equal(0.85, q.Confidence);
    }

    [Fact]
    public void Genitive_place_before_the_role_after_a_quote()
    {
        var q = Single("""
            Dresden zieht Bilanz

            »Die Zahlen sprechen für sich«, sagte Sachsens Innenminister Armin Schuster bei der Vorstellung.
            """);
        IsSpeaker(q, "Armin Schuster", "Innenminister");
    }

    [Fact]
    public void Role_with_place_complement_and_name_after_a_comma()
    {
        var q = Single("""
            Görlitz tritt bei

            Die Oberbürgermeisterin von Görlitz, Franziska Schubert, sagte: »Wir machen mit, weil es um unsere Innenstadt geht.«
            """);
        IsSpeaker(q, "Franziska Schubert", "Oberbürgermeisterin von Görlitz");
    }

    [Fact]
    public void An_employer_after_von_is_not_part_of_the_name()
    {
        var q = Single("""
            Sebnitz tritt bei

            Torsten Becker vom Landespräventionsrat: »Die Stadt hat sich gut vorbereitet.«
            """);
        Assert.Equal("Torsten Becker", q.Speaker);
    }

    [Fact]
    public void Heisst_es_im_document_is_no_speaker()
    {
        var quotes = QuotesOf("""
            Vereinbarung unterzeichnet

            »Die Partner verpflichten sich zu regelmäßigem Austausch«, heißt es im Kooperationsvertrag.
            """);
        Assert.Empty(quotes);
    }

    [Fact]
    public void Sie_sagte_after_a_sentence_naming_her_with_an_article()
    {
        var q = Single("""
            Großenhain gründet Präventionsrat

            Vorsitzende des Rates ist die Beigeordnete Claudia Rühle. Sie sagte: „Ich freue mich auf die Arbeit mit allen Partnern.“
            """);
        IsSpeaker(q, "Claudia Rühle", "Beigeordnete");
    }

    [Fact]
    public void A_quote_after_a_sentence_naming_the_speaker_is_theirs()
    {
        var q = Single("""
            Großenhain gründet Präventionsrat

            Oberbürgermeister Sven Mißbach eröffnete die erste Sitzung. »Wir haben in den vergangenen Monaten viele Gespräche geführt, jetzt wird gehandelt.«
            """);
        IsSpeaker(q, "Sven Mißbach", "Oberbürgermeister");
        Assert.InRange(q.Confidence, 0.5, 0.7);
    }

    [Fact]
    public void So_der_minister_after_a_quote_of_the_innenminister()
    {
        var quotes = QuotesOf("""
            Bilanz

            Innenminister Armin Schuster: »Das Netzwerk wächst.«

            Landrätin Ines Vogel: »Der Landkreis ist dabei.«

            »Wir werden die Förderung fortsetzen«, sagte der Minister.
            """);
        Assert.Equal(3, quotes.Count);
        IsSpeaker(quotes[2], "Armin Schuster", "Minister");
    }
}
