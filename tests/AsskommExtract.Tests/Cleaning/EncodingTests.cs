using System.Text;
using AsskommExtract.Reading;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Cleaning;

/// <summary>Umlauts and ß come out right whatever the file's encoding.</summary>
public class EncodingTests
{
    private const string Release = "Großröhrsdorf und Königsbrück gründen Präventionsrat\n\nDie Bürgermeisterin äußert sich: »Süß ist das nicht.«\n";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static void AssertReadsBack(byte[] bytes)
    {
        var source = TextReleaseReader.Instance.Read(bytes);
        var doc = Texts.Clean(source.Text);
        Assert.Equal("Großröhrsdorf und Königsbrück gründen Präventionsrat", doc.Title);
        Assert.Contains("Die Bürgermeisterin äußert sich: »Süß ist das nicht.«", doc.Text);
    }

    [Fact]
    public void Utf8_without_bom() => AssertReadsBack(new UTF8Encoding(false).GetBytes(Release));

    [Fact]
    public void Utf8_with_bom_drops_the_bom() => AssertReadsBack([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Release)]);

    [Fact]
    public void Utf16_little_endian_with_bom() => AssertReadsBack([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Release)]);

    [Fact]
    public void Utf16_big_endian_with_bom() => AssertReadsBack([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Release)]);

    [Fact]
    public void Latin1() => AssertReadsBack(Encoding.Latin1.GetBytes(Release));

    [Fact]
    public void Windows1252_with_typographic_quotes()
    {
        var text = "Großröhrsdorf und Königsbrück gründen Präventionsrat\n\nDie Bürgermeisterin äußert sich: „Süß ist das nicht.“ – sagt sie.\n";
        var doc = Texts.Clean(TextReleaseReader.Instance.Read(Encoding.GetEncoding(1252).GetBytes(text)).Text);
        Assert.Contains("„Süß ist das nicht.“ – sagt sie.", doc.Text);
    }

    [Fact]
    public void Latin1_with_letterhead_is_cleaned()
    {
        var bytes = Encoding.Latin1.GetBytes(Texts.Header("11.10.2021") + Release + Texts.Footer);
        var doc = Texts.Clean(TextReleaseReader.Instance.Read(bytes).Text);
        Assert.Equal("11.10.2021", doc.Dateline);
        Assert.DoesNotContain("Hausanschrift", doc.Text);
        Assert.Contains("äußert", doc.Text);
    }
}
