using AsskommExtract.Extractors.Counts;

namespace AsskommExtract.Tests.Counts;

public class GermanNumbersTests
{
    [Theory]
    [InlineData("acht", 8)]
    [InlineData("zwölf", 12)]
    [InlineData("Siebzehn", 17)]
    [InlineData("dreißig", 30)]
    [InlineData("dreiundfünfzig", 53)]
    [InlineData("einundzwanzig", 21)]
    [InlineData("zweihundert", 200)]
    [InlineData("hundert", 100)]
    [InlineData("einhundertfünfundzwanzig", 125)]
    [InlineData("Einhundertvierzig", 140)]
    [InlineData("hundertundeins", null)]
    [InlineData("hunderteins", 101)]
    [InlineData("tausend", 1000)]
    [InlineData("zweitausenddreihundert", 2300)]
    [InlineData("neunhundertneunundneunzig", 999)]
    public void Reads_cardinal_words_including_compounds(string word, int? expected) =>
        Assert.Equal(expected, GermanNumbers.Cardinal(word));

    [Theory]
    [InlineData("Kommunen")]
    [InlineData("und")]
    [InlineData("einsund")]
    [InlineData("zweiundelf")]
    [InlineData("Achtung")]
    [InlineData("hunderte")]
    [InlineData("Tausende")]
    public void Rejects_words_that_are_not_cardinals(string word) => Assert.Null(GermanNumbers.Cardinal(word));

    [Theory]
    [InlineData("erste", 1)]
    [InlineData("zweiten", 2)]
    [InlineData("dritte", 3)]
    [InlineData("sechste", 6)]
    [InlineData("siebte", 7)]
    [InlineData("achten", 8)]
    [InlineData("zehnte", 10)]
    [InlineData("neunzehnter", 19)]
    [InlineData("zwanzigste", 20)]
    [InlineData("dreiundfünfzigste", 53)]
    [InlineData("Einhundertste", 100)]
    [InlineData("hundertsten", 100)]
    [InlineData("hunderterste", 101)]
    [InlineData("tausendste", 1000)]
    public void Reads_ordinal_words_in_any_inflection(string word, int expected) =>
        Assert.Equal(expected, GermanNumbers.Ordinal(word));

    [Theory]
    [InlineData("Gäste")]
    [InlineData("Feste")]
    [InlineData("Leute")]
    [InlineData("weiter")]
    [InlineData("Hälfte")]
    [InlineData("einer")]
    [InlineData("Mitte")]
    public void Rejects_words_that_only_look_like_ordinals(string word) => Assert.Null(GermanNumbers.Ordinal(word));
}
