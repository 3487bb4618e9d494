using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Cleaning;

/// <summary>Every clean character maps back to the source character it came from.</summary>
public class OffsetMapTests
{
    /// <summary>Each letter or digit of the clean text must map to the same character in the source.</summary>
    private static void AssertEveryLetterMapsBack(string source)
    {
        var doc = Texts.Clean(source);
        for (int i = 0; i < doc.Text.Length; i++)
        {
            char c = doc.Text[i];
            if (!char.IsLetterOrDigit(c)) continue;
            int s = doc.Map.ToSource(i);
            Assert.True(s >= 0 && s < source.Length && source[s] == c, $"clean[{i}]='{c}' maps to source[{s}]='{(s >= 0 && s < source.Length ? source[s] : '?')}'");
        }
    }

    [Fact]
    public void Offsets_survive_markdown_removal() =>
        AssertEveryLetterMapsBack("## **Titel** mit [Link](http://x.de)\n\nDer **Rat** berät \\*viele\\* Kommunen &amp; Städte, siehe <https://a.de>.\n\n- *Punkt* eins\n");

    [Fact]
    public void Offsets_survive_letterhead_removal_and_joined_lines() =>
        AssertEveryLetterMapsBack(Texts.Header("01.02.2023") + "Titel\n\nDer Satz geht über die\n" + Texts.Footer + "\nSeite hinweg und der Präventions-\nrat tagt.\r\n\r\nNoch   ein\tAbsatz.\n");

    [Fact]
    public void A_word_after_a_footer_locates_to_its_source_span()
    {
        var source = "Titel\n\nDer Satz geht über die\n" + Texts.Footer + "\nSeite hinweg nach Zschopau.\n";
        var doc = Texts.Clean(source);
        int clean = doc.Text.IndexOf("Zschopau", StringComparison.Ordinal);
        var loc = doc.Locate(clean, clean + "Zschopau".Length);
        Assert.Equal("Zschopau", source[loc.Start..loc.End]);
        Assert.Null(loc.Page);
    }

    [Fact]
    public void A_dehyphenated_word_locates_to_both_halves()
    {
        var source = "Titel\n\nEin Präventions-\nrat tagt.\n";
        var doc = Texts.Clean(source);
        int clean = doc.Text.IndexOf("Präventionsrat", StringComparison.Ordinal);
        var loc = doc.Locate(clean, clean + "Präventionsrat".Length);
        Assert.Equal("Präventions-\nrat", source[loc.Start..loc.End]);
    }

    [Fact]
    public void Bold_text_locates_inside_the_markup()
    {
        var source = "Titel\n\nEs sind **125** Kommunen.\n";
        var doc = Texts.Clean(source);
        int clean = doc.Text.IndexOf("125", StringComparison.Ordinal);
        var loc = doc.Locate(clean, clean + 3);
        Assert.Equal("125", source[loc.Start..loc.End]);
    }
}
