using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.ReleaseFields;

/// <summary>The headline, markup removed and whitespace collapsed, whatever shape the release arrives in.</summary>
public class TitleTests
{
    [Theory]
    [InlineData("## **Radeberg** tritt dem  »ASSKomm«-Verbund bei\n\nText.", "Radeberg tritt dem »ASSKomm«-Verbund bei")]
    [InlineData("# Fachtag in Plauen\n\nText.", "Fachtag in Plauen")]
    [InlineData("Fachtag in Plauen\n\nText des Absatzes.", "Fachtag in Plauen")]
    [InlineData("Bilanz nach drei Jahren\n\n### Minister: »Prävention wirkt«\n\nText.", "Bilanz nach drei Jahren")]
    [InlineData("Bilanz nach drei Jahren\n\nMinister: »Prävention wirkt«\n\nDer Text beginnt hier und ist ein ganzer Satz.", "Bilanz nach drei Jahren")]
    // No blank line between headline and body.
    [InlineData("Stollberg tritt ASSKomm-Verbund bei\nAm 5. Mai 2022 haben die Bürgermeisterin und der Polizeipräsident eine Kooperationsvereinbarung unterzeichnet.", "Stollberg tritt ASSKomm-Verbund bei")]
    [InlineData("Kamenz gründet Präventionsrat\nDer Stadtrat hat heute beschlossen, einen Kommunalen Präventionsrat einzurichten, der alle Akteure bündelt.", "Kamenz gründet Präventionsrat")]
    // A headline the PDF wrapped over two lines.
    [InlineData("Präventiv vorausdenken: Limbach-Oberfrohna wird\n54. Kommune im »ASSKomm«-Verbund\n\nIm Beisein des Ministers unterzeichneten heute alle Partner.", "Präventiv vorausdenken: Limbach-Oberfrohna wird 54. Kommune im »ASSKomm«-Verbund")]
    [InlineData("Präventiv vorausdenken: Limbach-Oberfrohna wird\n\n54. Kommune im »ASSKomm«-Verbund\n\nIm Beisein des Ministers unterzeichneten heute alle Partner.", "Präventiv vorausdenken: Limbach-Oberfrohna wird 54. Kommune im »ASSKomm«-Verbund")]
    [InlineData("Hohenstein-Ernstthal schließt sich der Landes-\n\nstrategie ASSKomm an\n\nText des Absatzes.", "Hohenstein-Ernstthal schließt sich der Landesstrategie ASSKomm an")]
    [InlineData("## Markranstädt wird Teil der Allianz\n## im Landkreis Leipzig\n\nText.", "Markranstädt wird Teil der Allianz im Landkreis Leipzig")]
    [InlineData("Großenhain: Präventionsrat tagt erstmals\nim neuen Rathaus\nAm Montag kamen 15 Mitglieder zur ersten Sitzung zusammen, darunter Vertreter von Polizei und Schulen.", "Großenhain: Präventionsrat tagt erstmals im neuen Rathaus")]
    [InlineData("Oschatz schließt sich der Allianz an\n=====\n\nText.", "Oschatz schließt sich der Allianz an")]
    [InlineData("## Treuen gründet Kommunalen\n## Präventionsrat\n\n### Bürgermeister: »Ein guter Tag«\n\nText.", "Treuen gründet Kommunalen Präventionsrat")]
    [InlineData("## Bilanz nach vier Jahren\n\n## Minister dankt den Kommunen\n\nText.", "Bilanz nach vier Jahren")]
    public void Title_is_the_headline(string text, string expected) => Assert.Equal(expected, Texts.Extract(text).Title);

    [Fact]
    public void Title_after_letterhead()
    {
        var release = Texts.Extract(Texts.Header("03.04.2023") + "Auerbach/Vogtl. tritt bei\n\nDie Stadt hat heute unterzeichnet.\n" + Texts.Footer);
        Assert.Equal("Auerbach/Vogtl. tritt bei", release.Title);
    }

    [Fact]
    public void Title_after_web_dateline_and_html_reader_heading()
    {
        var release = Texts.Extract("14.09.2023, 14:47 Uhr\n\n# Rochlitz &amp; Geringswalde gründen gemeinsamen Präventionsrat\n\nText.");
        Assert.Equal("Rochlitz & Geringswalde gründen gemeinsamen Präventionsrat", release.Title);
    }

    [Fact]
    public void News_page_dateline_line_is_not_the_title()
    {
        var release = Texts.Extract("Zittau, 8. Februar 2021\n\nZittau gründet Präventionsrat\n\nDer Rat tagte heute.");
        Assert.Equal("Zittau gründet Präventionsrat", release.Title);
        Assert.Equal("2021-02-08", release.Date);
    }

    [Fact]
    public void Body_without_headline_has_no_title()
    {
        var release = Texts.Extract(Texts.Header("05.05.2021") + "Am 5. Mai 2021 haben die Bürgermeisterin und der Polizeipräsident eine Vereinbarung unterzeichnet.\n\nEin zweiter Absatz.\n");
        Assert.Null(release.Title);
    }
}
