using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Cleaning;

/// <summary>
/// Text is matched as it reads, not as it was typed: format characters removed, base letter plus
/// combining mark composed (NFC), digits of other scripts read by value — and none of it an exception.
/// </summary>
public class UnicodeTests
{
    private const string Lead = "Am 3. März 2023 unterzeichnete die Stadt Musterhain die Kooperationsvereinbarung.";

    [Theory]
    [InlineData("\u200D")] // zero-width joiner
    [InlineData("\u200B")] // zero-width space
    [InlineData("\u2060")] // word joiner
    [InlineData("\u202E")] // right-to-left override
    [InlineData("\u2066")] // left-to-right isolate
    [InlineData("\uFEFF")] // BOM inside the text
    public void Format_characters_inside_a_town_name_do_not_hide_it(string format)
    {
        var release = Texts.Extract($"Stadt Musterhain tritt der Allianz bei\n\n{Lead} Auch die Stadt Zscho{format}pau ist dabei.\n");
        Assert.Contains(release.Municipalities, m => m.Name == "Zschopau");
        Assert.DoesNotContain(format, Texts.Clean("Zscho" + format + "pau ist dabei.").Text);
    }

    [Fact]
    public void A_letter_with_a_combining_mark_reads_as_the_precomposed_letter()
    {
        var document = Texts.Clean("Lo\u0308bau tritt bei\n\nDie Stadt Lo\u0308bau und Bu\u0308rgermeister Anton Mu\u0308ller unterzeichneten.");
        Assert.Equal("Löbau tritt bei", document.Title);
        Assert.Contains("Bürgermeister Anton Müller", document.Text);
        var release = Texts.Extract("Lo\u0308bau tritt der Allianz bei\n\n" + Lead + " Die Stadt Lo\u0308bau ist dabei.\n");
        var town = Assert.Single(release.Municipalities, m => m.Name == "Löbau");
        Assert.Equal("Löbau", town.Surface);
    }

    [Theory]
    [InlineData("Am ２０. März ２０２３ trat die Stadt Musterhain bei.", "2023-03-20")]
    [InlineData("Am ٢٠. März ٢٠٢٣ trat die Stadt Musterhain bei.", "2023-03-20")]
    [InlineData("Am 20. März 2023 trat die Stadt Musterhain bei.", "2023-03-20")]
    public void Dates_in_any_script_of_digits_are_read_by_value(string body, string iso)
    {
        var release = Texts.Extract("Musterhain tritt bei\n\n" + body + "\n");
        Assert.False(release.Failed, release.Error);
        Assert.Equal(iso, release.Date);
    }

    [Fact]
    public void A_dateline_in_full_width_digits_is_read_not_a_crash()
    {
        var release = Texts.Extract("０１.１１.２０２１\n\nMusterhain tritt bei\n\nDie Stadt Musterhain tritt der Allianz bei.\n");
        Assert.False(release.Failed, release.Error);
        Assert.Equal("2021-11-01", release.Date);
    }

    [Theory]
    [InlineData("١٣٣", "٤٨")]
    [InlineData("１３３", "４８")]
    public void Figures_in_other_digits_are_read_as_their_ascii_twins(string advised, string close)
    {
        static string Release(string a, string b) => Texts.Header("14.03.2024") + "Zschopau tritt ASSKomm bei\n\n"
            + "Die Stadt Zschopau hat heute eine Kooperationsvereinbarung im Rahmen der »Allianz Sichere Sächsische Kommunen« (ASSKomm) unterzeichnet.\n\n"
            + $"Über den Landespräventionsrat konnten schon {a} Gemeinden beraten werden, von denen {b} eng mit ASSKomm zusammenarbeiten.\n";
        var ascii = Texts.Extract(Release("133", "48"));
        var other = Texts.Extract(Release(advised, close));
        Assert.False(other.Failed, other.Error);
        Assert.Contains(ascii.Metrics, m => m.Value == 133);
        Assert.Equal(ascii.Metrics.Select(m => (m.Name, m.Value)), other.Metrics.Select(m => (m.Name, m.Value)));
    }
}
