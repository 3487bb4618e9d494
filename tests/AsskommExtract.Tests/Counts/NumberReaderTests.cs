using AsskommExtract.Extractors.Counts;

namespace AsskommExtract.Tests.Counts;

public class NumberReaderTests
{
    private static List<NumberMention> Read(string text) => NumberReader.Read(text, 0, text.Length);

    private static (double Value, NumberKind Kind, string Text)[] Found(string text) =>
        Read(text).Select(n => (n.Value, n.Kind, text[n.Start..n.End])).ToArray();

    [Theory]
    [InlineData("Es kamen 125 Gäste.", 125)]
    [InlineData("Es kamen 1.300 Gäste.", 1300)]
    [InlineData("Es kamen 12.500 Gäste.", 12500)]
    [InlineData("Der Freistaat stellt 1,3 Millionen Euro bereit.", 1300000)]
    [InlineData("Der Freistaat stellt 1,1 Mio. Euro bereit.", 1100000)]
    [InlineData("Der Bund gibt 2,5 Mrd. Euro.", 2500000000)]
    [InlineData("Es gibt zwei Millionen Euro.", 2000000)]
    [InlineData("Es kamen 250.000 Euro zusammen.", 250000)]
    [InlineData("Das dauert 1,5 Stunden.", 1.5)]
    [InlineData("Zwölf Studierende sind eingeschrieben.", 12)]
    [InlineData("Es sind einhundertfünfundzwanzig Kommunen.", 125)]
    [InlineData("Der Verein hat 2500 Mitglieder.", 2500)]
    [InlineData("Das kostet 2000 Euro.", 2000)]
    [InlineData("Das Land gibt eine Million Euro.", 1000000)]
    [InlineData("Es sind 1.250.000 Euro.", 1250000)]
    public void Reads_a_single_count(string text, double expected)
    {
        var n = Assert.Single(Read(text));
        Assert.Equal(NumberKind.Cardinal, n.Kind);
        Assert.Equal(expected, n.Value);
    }

    [Fact]
    public void Covers_the_scale_word_in_the_span() =>
        Assert.Equal("1,1 Mio.", Found("Es gibt 1,1 Mio. Euro.")[0].Text);

    [Theory]
    [InlineData("Am 6. Februar 2019 wurde die Allianz gegründet.")]
    [InlineData("Gegründet am 06.02.2019 in Dresden.")]
    [InlineData("Stand: 14.09.2023, 14:47 Uhr")]
    [InlineData("Beginn ist um 10 Uhr im Rathaus.")]
    [InlineData("Die Allianz wurde im Jahr 2019 gegründet.")]
    [InlineData("Seit 2019 arbeiten die Kommunen zusammen.")]
    [InlineData("das 2019 initiierte Projekt")]
    [InlineData("Auch im Jahr 2023 Fördermittel bereitstellen.")]
    [InlineData("Der Freistaat stellt auch 2024 Fördermittel bereit.")]
    [InlineData("Telefon +49 351 564 30400")]
    [InlineData("Wilhelm-Buck-Straße 2, 01097 Dresden")]
    [InlineData("nach § 5 Abs. 3 SächsPolG")]
    [InlineData("Informationen unter www.asskomm.sachsen.de/seite-2 abrufbar.")]
    [InlineData("Studium Präventionsmanagement (B.A./M.A. berufsbegleitend)")]
    [InlineData("Die Quote stieg auf 25 Prozent.")]
    [InlineData("mit einigen hundert bis wenigen tausend Einwohnern")]
    [InlineData("nach einem Jahr und in einer Stadt")]
    [InlineData("Straßenbahnlinien 3,6,7,8,9, 11")]
    public void Reads_no_count_from_dates_years_times_phones_postcodes_sections_and_links(string text) =>
        Assert.DoesNotContain(Read(text), n => n.Kind != NumberKind.Fraction);

    [Theory]
    [InlineData("Heidenau wird 53. Kommune im Verbund", 53)]
    [InlineData("die 4. Fachtagung im Jahr 2025", 4)]
    [InlineData("war genau die Einhundertste.", 100)]
    [InlineData("ist die dreiundfünfzigste Kommune", 53)]
    [InlineData("die sechste Kommune im Landkreis", 6)]
    public void Reads_ordinals_in_digits_and_words(string text, double expected)
    {
        var n = Assert.Single(Read(text));
        Assert.Equal(NumberKind.Ordinal, n.Kind);
        Assert.Equal(expected, n.Value);
    }

    [Fact]
    public void A_number_closing_the_sentence_is_a_cardinal_not_an_ordinal()
    {
        var n = Assert.Single(Read("Die Zahl der Mitglieder stieg auf 53."));
        Assert.Equal((53.0, NumberKind.Cardinal), (n.Value, n.Kind));
    }

    [Theory]
    [InlineData("über ein Drittel (64) arbeitet eng mit")]
    [InlineData("Gut ein Viertel der Experten")]
    [InlineData("zwei Drittel der Kommunen")]
    [InlineData("die Hälfte der Gemeinden")]
    public void Keeps_fractions_apart_from_counts(string text)
    {
        var found = Found(text);
        Assert.Contains(found, f => f.Kind == NumberKind.Fraction);
        Assert.DoesNotContain(found, f => f.Kind == NumberKind.Cardinal && f.Value is 1 or 2);
    }

    [Fact]
    public void Reads_the_count_in_parentheses_after_a_fraction() =>
        Assert.Contains((64.0, NumberKind.Cardinal, "64"), Found("wovon über ein Drittel (64) eng zusammenarbeitet"));

    [Fact]
    public void Reads_several_counts_of_one_sentence_in_order() =>
        Assert.Equal([53.0, 47, 25], Read("53 Kooperationsvereinbarungen wurden geschlossen, 47 Coaching-Prozesse in Gang gesetzt und 25 Sicherheitsanalysen durchgeführt.").Select(n => n.Value));
}
