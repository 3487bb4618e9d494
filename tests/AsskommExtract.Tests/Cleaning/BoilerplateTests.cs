using AsskommExtract.Cleaning;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Cleaning;

/// <summary>Content versus page furniture (Cleaning/Boilerplate.cs), and the headline it lets the cleaner find.</summary>
public class BoilerplateTests
{
    [Theory]
    [InlineData("Zum Inhalt springen")]
    [InlineData("Bild Bild Bild")]
    [InlineData("KopfbildKopfbildKopfbildKopfbild")]
    [InlineData("0371/4880-12")]
    [InlineData("Schulz Peter Foto Anna Weber Jpg")]
    [InlineData("Die Partner bei der Unterzeichnung im Ratssaal. © Stadt Lößnitz")]
    [InlineData("StartRathausAktuelles")]
    [InlineData("+++ Wertstoffhof am Samstag geschlossen +++")]
    [InlineData("Startseite Themen Sicherheit Prävention Kommunen")]
    [InlineData("Montag, 04.11.2024 (45.KW)")]
    [InlineData("Home > Rathaus > Presse")]
    [InlineData("Startseite › Aktuelles › Meldungen aus dem Rathaus")]
    [InlineData("von Jana Muster")]
    [InlineData("Text: Jana Muster")]
    public void Furniture_by_its_features(string block) => Assert.True(Boilerplate.Judge(block).IsFurniture, Boilerplate.Judge(block).ToString());

    [Theory]
    [InlineData("Am Montag haben die Stadt, die Polizeidirektion und der Landespräventionsrat in Lößnitz eine Vereinbarung unterzeichnet.")]
    [InlineData("Mehr Sicherheit durch Zusammenarbeit in Lößnitz")]
    [InlineData("Sicherheit > Ordnung: Warum Lößnitz auf Prävention setzt und was die Partner dafür tun wollen")]
    public void Content_stays_content(string block) => Assert.False(Boilerplate.Judge(block).IsFurniture, Boilerplate.Judge(block).ToString());

    [Theory]
    // Navigation, a logo and a byline above the headline.
    [InlineData("Zum Inhalt springen\n\nStadtlogo\nKerstin Wolf\n\nSchwarzenberg schmiedet Bündnis für Sicherheit\n\nIm Rathaus haben die Partner heute eine Vereinbarung unterzeichnet, die für drei Jahre gilt.", "Schwarzenberg schmiedet Bündnis für Sicherheit")]
    // An ad marker, a site header with the day's date and a section tag, one a line, glued to the headline.
    [InlineData("Anzeige\nFreitag, 08.11.2024 (45.KW)\nLokales\nBrandis ist jetzt dabei\n\nDie Stadt Brandis gehört seit dieser Woche zum Netzwerk der Allianz, wie der Bürgermeister mitteilte.", "Brandis ist jetzt dabei")]
    // A dateline glued to the headline is cut off.
    [InlineData("Stadt Treuen gründet Präventionsrat veröffentlicht am: 02.03.2021\n\nDer Rat tagt künftig viermal im Jahr und bindet Schulen, Vereine und die Polizei ein.", "Stadt Treuen gründet Präventionsrat")]
    // A one-word heading above its text is the headline.
    [InlineData("Weiterbildung\n\nDer berufsbegleitende Studiengang bildet Fachleute für kommunale Prävention aus und beginnt jedes Jahr im Herbst.", "Weiterbildung")]
    // A town's name alone above the headline is a newspaper's place tag.
    [InlineData("Hauptnavigation\n\nMarkneukirchen\n\nGeigenbauerstadt setzt auf Prävention\n\nDie Stadt hat am Dienstag die Vereinbarung mit dem Landespräventionsrat unterzeichnet.", "Geigenbauerstadt setzt auf Prävention")]
    // Another one-word label above the headline, not page furniture, is what the page shows as its headline.
    [InlineData("Hauptnavigation\n\nPräventionstag\n\nGeigenbauerstadt setzt auf Prävention\n\nDie Stadt hat am Dienstag die Vereinbarung mit dem Landespräventionsrat unterzeichnet.", "Präventionstag")]
    // Navigation above a letterhead label is not the headline because the label is letterhead.
    [InlineData("Startseite\n\nPressemitteilung\n\nGeigenbauerstadt setzt auf Prävention\n\nDie Stadt hat am Dienstag die Vereinbarung mit dem Landespräventionsrat unterzeichnet.", "Geigenbauerstadt setzt auf Prävention")]
    // Navigation, then headline, dateline and body: the headline is not joined to the body across the dateline.
    [InlineData("Zum Inhalt springen\n\nSuche\n\nMenü\n\nStadt Treuen baut ihr Netzwerk für mehr Sicherheit im Alltag weiter aus\n\n14.03.2024, 10:05 Uhr — Erstveröffentlichung (aktuell)\n\nDie Stadt Treuen hat am Donnerstag die Vereinbarung mit dem Landespräventionsrat unterzeichnet.", "Stadt Treuen baut ihr Netzwerk für mehr Sicherheit im Alltag weiter aus")]
    // A section label above a headline that reads like prose stays furniture: the headline is no body.
    [InlineData("Startseite\n\nKommunales\n\nStadt Treuen baut ihr Netzwerk für mehr Sicherheit im Alltag weiter aus\n\nDie Stadt Treuen hat am Donnerstag die Vereinbarung mit dem Landespräventionsrat unterzeichnet.", "Stadt Treuen baut ihr Netzwerk für mehr Sicherheit im Alltag weiter aus")]
    // Menu items as list items right above the headline, no blank line between: the headline is no more of the last item.
    [InlineData("* Startseite\n* Aktuelles\nLohsa tritt dem Verbund bei\n25.05.2021\nDie Gemeinde Lohsa ist der Allianz beigetreten. Der Bürgermeister unterzeichnete.", "Lohsa tritt dem Verbund bei")]
    [InlineData("- Anzeige -\n- Anzeige -\nLohsa tritt dem Verbund bei\n\n25.05.2021, 16:13 Uhr\n\nDie Gemeinde Lohsa ist der Allianz beigetreten. Der Bürgermeister unterzeichnete.", "Lohsa tritt dem Verbund bei")]
    // A one-line headline ending in a period, with the dateline under it, under a breadcrumb trail.
    [InlineData("Zum Inhalt springen\n\nStartseite > Aktuelles > Pressemitteilungen\n\nLöbau unterzeichnet die Vereinbarung mit dem Landespräventionsrat.\n\n14.03.2024\n\nDie Stadt Löbau hat am Donnerstag die Vereinbarung unterzeichnet. Damit ist sie Teil des Netzwerks.", "Löbau unterzeichnet die Vereinbarung mit dem Landespräventionsrat.")]
    // A byline under the headline is not the headline's second line.
    [InlineData("Präventionsrat in Zittau gegründet\n\nvon Jana Muster\n\nIn Zittau hat sich am Mittwoch ein Kommunaler Präventionsrat gegründet.", "Präventionsrat in Zittau gegründet")]
    // A headline ending in an abbreviated place name.
    [InlineData("08.02.2022\n\nVereinbarung unterzeichnet in Adorf/Vogtl.\n\nDie Stadt Adorf ist seit heute Mitglied des Verbunds, wie der Bürgermeister mitteilte.", "Vereinbarung unterzeichnet in Adorf/Vogtl.")]
    public void Headline_is_the_first_heading_like_content_block(string page, string title) => Assert.Equal(title, Texts.Extract(page).Title);

    [Theory]
    [InlineData("Drucken\n\nTeilen\n\nE-Mail")]
    [InlineData("Startseite\n\nBilder\n\nDownloads")]
    public void Menu_items_named_like_a_link_section_do_not_cut_the_article_off(string menu)
    {
        var doc = Texts.Clean(menu + "\n\nStadt Rodewisch baut ihr Netzwerk aus\n\nDie Stadt Rodewisch hat am Donnerstag die Vereinbarung mit dem Landespräventionsrat unterzeichnet.");
        Assert.Equal("Stadt Rodewisch baut ihr Netzwerk aus", doc.Title);
        Assert.Contains("die Vereinbarung mit dem Landespräventionsrat unterzeichnet", doc.Text);
    }

    [Fact]
    public void One_word_headline_above_its_text_is_not_furniture() =>
        Assert.Equal("Titel", Texts.Clean("Titel\n\nInnenminister Armin Schuster: »Wir sind froh, dass Zwenkau nun dabei ist und mitmacht.«").Title);

    [Fact]
    public void Page_whose_first_content_is_body_text_has_no_headline() =>
        Assert.Null(Texts.Extract("Bild Bild Bild\n\nDie Stadt Brandis gehört seit dieser Woche zum Netzwerk der Allianz, wie der Bürgermeister am Montag mitteilte.").Title);

    [Fact]
    public void Furniture_blocks_carry_their_class()
    {
        var doc = Texts.Clean("Zum Inhalt springen\n\nBrandis ist jetzt dabei\n\nDie Stadt Brandis gehört seit dieser Woche zum Netzwerk der Allianz, wie der Bürgermeister mitteilte.");
        Assert.Equal("navigation", doc.Blocks[0].Furniture);
        Assert.Equal("Brandis ist jetzt dabei", doc.Title);
        Assert.Null(doc.Blocks[^1].Furniture);
    }
}
