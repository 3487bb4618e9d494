using AsskommExtract.Documents;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Cleaning;

public class MarkupAndHyphenationTests
{
    private static string[] Blocks(Document doc) => doc.Blocks.Select(doc.Slice).ToArray();

    [Theory]
    [InlineData("Der **Landespräventionsrat** berät **125** Kommunen.", "Der Landespräventionsrat berät 125 Kommunen.")]
    [InlineData("Das ist __wichtig__ und *kursiv* und _auch kursiv_.", "Das ist wichtig und kursiv und auch kursiv.")]
    [InlineData("***Fett und kursiv*** steht hier.", "Fett und kursiv steht hier.")]
    [InlineData("Alle Bürger*innen und Nutzer_innen sind eingeladen.", "Alle Bürger*innen und Nutzer_innen sind eingeladen.")]
    [InlineData("Es gilt *5 * 3 ist 15* und _mehr_.", "Es gilt 5 * 3 ist 15 und mehr.")]
    [InlineData(@"Sterne \*wie hier\* und 5 \* 3 bleiben \[so\].", "Sterne *wie hier* und 5 * 3 bleiben [so].")]
    [InlineData("Mehr auf [der Seite des LPR](https://www.lpr.sachsen.de/asskomm) lesen.", "Mehr auf der Seite des LPR lesen.")]
    [InlineData("Siehe <https://www.asskomm.sachsen.de> für Details.", "Siehe https://www.asskomm.sachsen.de für Details.")]
    [InlineData("Ein Bild ![Logo](logo.png) fällt weg.", "Ein Bild fällt weg.")]
    [InlineData("Der `Code` und <b>HTML</b>-Tags<br> fallen weg.", "Der Code und HTML-Tags fallen weg.")]
    [InlineData("Sicherheit &amp; Ordnung&nbsp;in Plauen &quot;jetzt&quot;.", "Sicherheit & Ordnung in Plauen \"jetzt\".")]
    [InlineData("Mehrere    Leerzeichen\tund Tabs werden eins.", "Mehrere Leerzeichen und Tabs werden eins.")]
    [InlineData("Ein wei\u00ADches Trenn\u00ADzeichen.", "Ein weiches Trennzeichen.")]
    public void Inline_markup_is_stripped(string line, string expected)
    {
        var doc = Texts.Clean("Titel\n\n" + line + "\n");
        Assert.Equal(expected, doc.Slice(doc.Blocks[1]));
    }

    [Fact]
    public void Headings_become_title_and_heading_blocks()
    {
        var doc = Texts.Clean("# Radebeul wird Teil von ASSKomm #\n\n### Minister: »Prävention wirkt«\n\nText des Absatzes.\n\n## Hintergrund\n\nMehr Text.\n");
        Assert.Equal(["Radebeul wird Teil von ASSKomm", "Minister: »Prävention wirkt«", "Text des Absatzes.", "Hintergrund", "Mehr Text."], Blocks(doc));
        Assert.Equal([BlockKind.Title, BlockKind.Heading, BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph], doc.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void Setext_heading_and_horizontal_rule_are_recognised()
    {
        var doc = Texts.Clean("Oschatz schließt sich der Allianz an\n===================================\n\nErster Absatz.\n\n---\n\nZweiter Absatz.\n");
        Assert.Equal(["Oschatz schließt sich der Allianz an", "Erster Absatz.", "Zweiter Absatz."], Blocks(doc));
        Assert.Equal(BlockKind.Title, doc.Blocks[0].Kind);
    }

    [Fact]
    public void List_items_become_their_own_blocks_without_bullets()
    {
        var doc = Texts.Clean("Titel\n\nThemen waren:\n\n- **Graffiti:** Was hilft?\n* Vermüllung von Plätzen\n+ Drogenmissbrauch\n• Extremismus\n");
        Assert.Equal(["Titel", "Themen waren:", "Graffiti: Was hilft?", "Vermüllung von Plätzen", "Drogenmissbrauch", "Extremismus"], Blocks(doc));
        Assert.All(doc.Blocks.Skip(2), b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void Blockquote_markers_are_stripped()
    {
        var doc = Texts.Clean("Titel\n\n> »Prävention wirkt«, sagt die Bürgermeisterin.\n> Sie freut sich.\n");
        Assert.Equal("»Prävention wirkt«, sagt die Bürgermeisterin. Sie freut sich.", doc.Slice(doc.Blocks[1]));
    }

    [Theory]
    [InlineData("ein Kommunaler Präventions-\nrat wurde gegründet.", "ein Kommunaler Präventionsrat wurde gegründet.")]
    [InlineData("das Hand-in-\nHand-Arbeiten ist wichtig.", "das Hand-in-Hand-Arbeiten ist wichtig.")]
    [InlineData("beim Auf-\nund Ausbau der Strukturen.", "beim Auf- und Ausbau der Strukturen.")]
    [InlineData("die Kinder-\noder Jugendarbeit.", "die Kinder- oder Jugendarbeit.")]
    [InlineData("die Sicherheits-\nanalyse liegt vor.", "die Sicherheitsanalyse liegt vor.")]
    [InlineData("die ASSKomm-\nKommunen treffen sich.", "die ASSKomm-Kommunen treffen sich.")]
    [InlineData("ein 3-\njähriges Projekt.", "ein 3-jähriges Projekt.")]
    [InlineData("ein Satz – \nmit Gedankenstrich.", "ein Satz – mit Gedankenstrich.")]
    [InlineData("ein Satz -\nmit Bindestrich als Strich.", "ein Satz - mit Bindestrich als Strich.")]
    [InlineData("ein ganz nor-  \nmales Wort.", "ein ganz normales Wort.")]
    public void Line_end_hyphenation_is_undone_only_where_it_split_a_word(string body, string expected)
    {
        var doc = Texts.Clean("Titel\n\nEs gibt " + body + "\n");
        Assert.Equal("Es gibt " + expected, doc.Slice(doc.Blocks[1]));
    }

    [Fact]
    public void Windows_line_endings_are_handled()
    {
        var doc = Texts.Clean("Titel\r\n\r\nEin Präventions-\r\nrat tagt.\r\n\r\nZweiter Absatz.\r\n");
        Assert.Equal(["Titel", "Ein Präventionsrat tagt.", "Zweiter Absatz."], Blocks(doc));
    }

    [Fact]
    public void Trailing_link_section_is_dropped()
    {
        var doc = Texts.Clean("Titel\n\nText.\n\nLinks:\n\n[ASSKomm](https://asskomm.de)\n");
        Assert.Equal(["Titel", "Text."], Blocks(doc));
    }
}
