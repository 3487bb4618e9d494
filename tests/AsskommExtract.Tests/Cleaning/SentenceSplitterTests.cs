using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Cleaning;

public class SentenceSplitterTests
{
    private static string[] Sentences(string paragraph)
    {
        var doc = Texts.Clean("Titel\n\n" + paragraph + "\n");
        return doc.Sentences.Skip(1).Select(doc.Slice).ToArray();
    }

    [Theory]
    [InlineData("Heidenau wird 53. Kommune im Verbund. Das freut alle.", new[] { "Heidenau wird 53. Kommune im Verbund.", "Das freut alle." })]
    [InlineData("Am 8. Februar 2021 tagte der Rat. Die Sitzung war öffentlich.", new[] { "Am 8. Februar 2021 tagte der Rat.", "Die Sitzung war öffentlich." })]
    [InlineData("Staatsminister Prof. Dr. Roland Wöllner und u. a. die Stadt Frankenberg/Sa. waren dabei.", new[] { "Staatsminister Prof. Dr. Roland Wöllner und u. a. die Stadt Frankenberg/Sa. waren dabei." })]
    [InlineData("»Prävention wirkt.« Das sagte die Ministerin.", new[] { "»Prävention wirkt.«", "Das sagte die Ministerin." })]
    [InlineData("»Warum nicht?«, fragt er. »Wir sind bereit!«", new[] { "»Warum nicht?«, fragt er.", "»Wir sind bereit!«" })]
    [InlineData("Es gab 1,3 Mio. Euro und ca. 40 Projekte. Im Jahr 2023 kamen 12 hinzu.", new[] { "Es gab 1,3 Mio. Euro und ca. 40 Projekte.", "Im Jahr 2023 kamen 12 hinzu." })]
    [InlineData("Das Ziel ist klar: mehr Sicherheit. 2024 geht es weiter.", new[] { "Das Ziel ist klar: mehr Sicherheit.", "2024 geht es weiter." })]
    public void Sentences_end_at_punctuation_but_not_after_abbreviations_ordinals_or_initials(string paragraph, string[] expected) =>
        Assert.Equal(expected, Sentences(paragraph));

    [Fact]
    public void Sentence_at_finds_the_sentence_around_an_offset()
    {
        var doc = Texts.Clean("Titel\n\nErster Satz hier. Zweiter Satz mit Zwickau darin. Dritter Satz.\n");
        int at = doc.Text.IndexOf("Zwickau", StringComparison.Ordinal);
        Assert.Equal("Zweiter Satz mit Zwickau darin.", doc.Slice(doc.SentenceAt(at)));
    }
}
