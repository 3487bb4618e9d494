using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Quotes;

/// <summary>Unbalanced or stray marks must never fail a release.</summary>
public class OddTextTests
{
    [Theory]
    [InlineData("»")]
    [InlineData("«")]
    [InlineData("»«")]
    [InlineData("Titel\n\nX: »")]
    [InlineData("Titel\n\n»a«b«c»d»\n\n«")]
    [InlineData("Titel\n\n„“”‘‚›‹››‹‹\"\"\"")]
    [InlineData("Titel\n\nBürgermeister Max Muster:\n\n»\n\n«, sagte er.")]
    [InlineData("Titel\n\n»Wir sind dabei,« sagte")]
    [InlineData("Titel\n\n: »x« , so")]
    [InlineData("»Alles« – »in« – »Guillemets«: »ja«, so »der«.")]
    public void Stray_marks_give_a_release_without_error(string body)
    {
        var release = Texts.Extract(Texts.Header("01.01.2024") + body);
        Assert.Null(release.Error);
    }
}
