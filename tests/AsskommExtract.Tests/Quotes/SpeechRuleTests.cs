using AsskommExtract.Extractors.Quotes;

namespace AsskommExtract.Tests.Quotes;

/// <summary>The rules that tell a short quotation's kind before any model is asked.</summary>
public class SpeechRuleTests
{
    [Theory]
    [InlineData("ASSKomm")]
    [InlineData("Allianz Sichere Sächsische Kommunen")]
    [InlineData("Beccaria – Fachkraft für Kriminalprävention")]
    [InlineData("Sicherheit ist eine gemeinsame Aufgabe")]
    public void Short_unpunctuated_quotations_look_like_names(string content) =>
        Assert.True(QuoteExtractor.LooksLikeName(content));

    [Theory]
    [InlineData("Wir sind dabei.")]
    [InlineData("Kurz gesagt: Prävention wirkt")]
    [InlineData("Die Stadt hat sich in den letzten Jahren sehr gut entwickelt")]
    public void Punctuated_or_long_quotations_do_not(string content) =>
        Assert.False(QuoteExtractor.LooksLikeName(content));

    [Theory]
    [InlineData("Prävention wirkt", true)]
    [InlineData("Wir lassen niemanden allein", true)]
    [InlineData("Sicherheit ist eine gemeinsame Aufgabe", true)]
    [InlineData("Sicher im Quartier", false)]
    [InlineData("Gemeinsam für mehr Sicherheit", false)]
    [InlineData("Licht an in Plauen", false)]
    public void A_statement_has_a_finite_verb_or_a_speakers_pronoun(string content, bool says) =>
        Assert.Equal(says, QuoteExtractor.SaysSomething(content));
}
