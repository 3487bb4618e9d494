using AsskommExtract.Extractors.Counts;

namespace AsskommExtract.Tests.Counts;

public class QualifierTests
{
    /// <summary>The qualifier of the first figure in the text, as the extractor reads it.</summary>
    private static string Of(string text)
    {
        var n = NumberReader.Read(text, 0, text.Length).First(m => m.Kind != NumberKind.Fraction);
        return Qualifiers.Before(text, 0, n.Start);
    }

    [Theory]
    [InlineData("hat der LPR 125 Kommunen beraten", "exact")]
    [InlineData("hat der LPR über 140 Kommunen beraten", "over")]
    [InlineData("Über 200 Gäste kamen", "over")]
    [InlineData("mit mehr als 60 Kommunen", "over")]
    [InlineData("Mit weit über 200 Teilnehmenden", "over")]
    [InlineData("weit mehr als 90 Städte", "over")]
    [InlineData("gut 70 Gemeinden", "over")]
    [InlineData("rund 230 Interessierte", "about")]
    [InlineData("etwa 50 Kommunen", "about")]
    [InlineData("ca. 40 Kommunen", "about")]
    [InlineData("circa 40 Kommunen", "about")]
    [InlineData("ungefähr 45 Kommunen", "about")]
    [InlineData("knapp 150 Kommunen", "under")]
    [InlineData("fast 150 Kommunen", "under")]
    [InlineData("nahezu einhundert Kommunen", "under")]
    [InlineData("mindestens 30 Kommunen", "at_least")]
    public void Reads_the_qualifier_touching_the_figure(string text, string expected) => Assert.Equal(expected, Of(text));

    [Theory]
    [InlineData("hat der LPR bereits über 140 Kommunen beraten", "over")]
    [InlineData("über inzwischen 140 Kommunen", "over")]
    [InlineData("rund insgesamt 90 Kommunen", "about")]
    [InlineData("knapp schon 100 Kommunen", "under")]
    public void Skips_time_words_between_qualifier_and_figure(string text, string expected) => Assert.Equal(expected, Of(text));

    [Theory]
    [InlineData("hat der LPR inzwischen bereits 125 Kommunen beraten")]
    [InlineData("beteiligen sich nun 105 Kommunen")]
    [InlineData("Insgesamt 17 Vorträge")]
    [InlineData("mittlerweile 30 Städte")]
    public void Time_words_alone_are_no_qualifier(string text) => Assert.Equal("exact", Of(text));

    [Fact]
    public void A_qualifier_of_a_fraction_does_not_reach_the_figure_in_parentheses() =>
        Assert.Equal("exact", Of("wovon über ein Drittel (64) eng mit ASSKomm zusammenarbeitet"));

    [Fact]
    public void A_qualifier_in_an_earlier_clause_does_not_reach_the_figure() =>
        Assert.Equal("exact", Of("Es waren über, so der Minister, 50 Kommunen"));
}
