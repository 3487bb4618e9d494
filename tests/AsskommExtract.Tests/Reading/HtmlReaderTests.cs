using System.Text;
using AsskommExtract.Cleaning;
using AsskommExtract.Reading;
using AsskommExtract.Reading.Html;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Reading;

public class HtmlReaderTests
{
    private static readonly HtmlReleaseReader Reader = new();

    private static AsskommExtract.Documents.SourceText Read(string html) => Reader.Read(Encoding.UTF8.GetBytes(html));

    [Fact]
    public void Generic_page_keeps_the_main_content_and_drops_furniture()
    {
        var source = Read("""
            <html><head><meta charset="utf-8"><title>Stadt Kamenz</title><script>var x = "Skript";</script></head><body>
            <div class="cc-cookie-notice">Wir verwenden Cookies.</div>
            <nav><a href="/">Start</a> <a href="/rathaus">Rathaus</a></nav>
            <main>
              <h1>Kamenz gr&uuml;ndet Pr&auml;ventionsrat</h1>
              <p>Der Stadtrat hat am Montag die Gr&uuml;ndung beschlossen.<br>Erste Sitzung ist im Mai.</p>
              <blockquote><p>&raquo;Wir packen es gemeinsam an&laquo;, sagte B&uuml;rgermeister Jens Adler.</p></blockquote>
              <ul><li><a href="/a">Mehr aus dem Rathaus</a></li><li><a href="/b">Veranstaltungen</a></li></ul>
            </main>
            <footer>Impressum &middot; Datenschutz</footer>
            </body></html>
            """);
        Assert.Equal("""
            # Kamenz gründet Präventionsrat

            Der Stadtrat hat am Montag die Gründung beschlossen.
            Erste Sitzung ist im Mai.

            »Wir packen es gemeinsam an«, sagte Bürgermeister Jens Adler.
            """.ReplaceLineEndings("\n"), Outline.Of(source));
    }

    [Fact]
    public void A_blockquote_keeps_its_speaker_from_the_footer()
    {
        var text = Read("""
            <html><body><article><h1>Zschopau tritt bei</h1><p>Die Stadt ist dabei.</p>
            <blockquote><p>&bdquo;Wir machen gerne mit.&ldquo;</p><footer>&ndash; Jana Vogt, Leiterin des Polizeireviers Zschopau</footer></blockquote>
            </article></body></html>
            """).Text;
        Assert.Contains("Jana Vogt, Leiterin des Polizeireviers Zschopau: „Wir machen gerne mit.“", text);
    }

    [Fact]
    public void A_box_of_two_article_links_is_furniture()
    {
        var text = Read("""
            <html><body><main><article><h1>Präventionsrat in Weißwasser</h1>
            <p>Der Präventionsrat hat sich heute konstituiert.</p></article>
            <section><h3>Auch interessant</h3><a href="#">Boxberg: Neue Kita eröffnet</a> &middot; <a href="#">Rietschen feiert Erntefest</a></section>
            </main></body></html>
            """).Text;
        Assert.Contains("konstituiert", text);
        Assert.DoesNotContain("Rietschen", text);
    }

    [Fact]
    public void Line_break_inside_a_paragraph_joins_with_a_space_after_cleaning()
    {
        var source = Read("<html><body><article><h1>Titel</h1><time>03.05.2022</time><p>Erster Satz.<br>Zweiter&nbsp;Satz.</p></article></body></html>");
        var doc = ReleaseCleaner.Clean("x.html", source);
        Assert.Equal("Titel\n\nErster Satz. Zweiter Satz.", doc.Text);
        Assert.Equal("03.05.2022", doc.Dateline);
    }

    [Fact]
    public void Media_service_article_date_without_time_element_is_the_dateline()
    {
        var source = Read("""
            <!DOCTYPE html><html><body>
            <article class="pressemitteilung">
              <p class="kicker">Medieninformation 7/2023</p>
              <p class="datum">14.09.2023, 14:47 Uhr</p>
              <h1>Zwenkau erhält Fördermittel</h1>
              <p class="lead">Der Freistaat fördert ein Jugendprojekt.</p>
              <div class="text"><p>Die Stadt Zwenkau erhält Mittel für ein Jugendprojekt.</p><p>Das Projekt startet im Herbst.</p></div>
              <aside class="kontakt"><p>Pressestelle, Telefon 0351 000</p></aside>
            </article></body></html>
            """);
        Assert.Equal("14.09.2023, 14:47 Uhr", source.Dateline);
        Assert.Equal("# Zwenkau erhält Fördermittel\n\nDer Freistaat fördert ein Jugendprojekt.\n\nDie Stadt Zwenkau erhält Mittel für ein Jugendprojekt.\n\nDas Projekt startet im Herbst.", Outline.Of(source));
    }

    [Fact]
    public void Machine_readable_time_is_used_when_the_time_text_is_no_date()
    {
        var source = Read("""<html><body><article><h1>Titel</h1><time datetime="2021-06-25">gestern</time><p>Text des Beitrags.</p></article></body></html>""");
        Assert.Equal("25.06.2021", source.Dateline);
    }

    [Fact]
    public void Dateline_opening_a_news_story_is_taken_out_of_the_text()
    {
        var source = Read("""
            <html><body><div class="wrap"><h1>Neue Wege in Zittau</h1><div class="body">
            <p>Zittau, 8. Februar 2021</p>
            <p>In Zittau haben Stadt und Polizei eine Sicherheitspartnerschaft vereinbart, die Jugendliche einbezieht.</p>
            <p>Weitere Treffen sollen folgen, so die Verwaltung in einer Mitteilung.</p>
            </div></div></body></html>
            """);
        Assert.Equal("Zittau, 8. Februar 2021", source.Dateline);
        Assert.StartsWith("# Neue Wege in Zittau\n\nIn Zittau haben", Outline.Of(source));
    }

    [Fact]
    public void Page_without_h1_takes_its_headline_from_the_title_metadata()
    {
        var source = Read("""<html><head><meta property="og:title" content="Riesa tritt bei"></head><body><div><p>Riesa ist der Allianz beigetreten, teilte die Stadt mit.</p></div></body></html>""");
        Assert.StartsWith("# Riesa tritt bei\n\n", Outline.Of(source));
    }

    [Fact]
    public void Undeclared_latin1_page_decodes_its_umlauts()
    {
        var bytes = Encoding.Latin1.GetBytes("<html><body><h1>Grimma st\u00e4rkt Pr\u00e4vention</h1><p>Gr\u00fc\u00dfe aus Grimma.</p></body></html>");
        Assert.StartsWith("# Grimma stärkt Prävention", Outline.Of(Reader.Read(bytes)));
    }

    [Fact]
    public void Page_without_text_is_an_error()
    {
        var e = Assert.Throws<ReadException>(() => Read("<html><head><script>1</script></head><body><nav><a href='/'>Start</a></nav></body></html>"));
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void Converted_letterhead_page_cleans_like_its_text()
    {
        // What a Markdown converter makes of a release text: the letterhead as ordinary elements.
        var source = Read("""
            <html><head><title>release-017</title></head><body>
            <h1>Medieninformation</h1>
            <p>Sächsisches Staatsministerium des Innern</p>
            <p><strong>Ihr Ansprechpartner</strong><br>Jana Roth</p>
            <p><strong>Durchwahl</strong><br>Telefon +49 351 564 30400<br>Telefax +49 351 564 30409</p>
            <p>presse@smi.sachsen.de*</p>
            <p>02.06.2022</p>
            <h2>Markranstädt gründet Kommunalen Präventionsrat</h2>
            <p>In Markranstädt hat sich heute ein Kommunaler Präventionsrat gegründet.</p>
            </body></html>
            """);
        var doc = ReleaseCleaner.Clean("x.html", source);
        Assert.Equal("Markranstädt gründet Kommunalen Präventionsrat\n\nIn Markranstädt hat sich heute ein Kommunaler Präventionsrat gegründet.", doc.Text);
        Assert.Equal("02.06.2022", doc.Dateline);
    }

    [Fact]
    public void Sniffs_html_bytes()
    {
        Assert.True(Reader.Sniff("\uFEFF<!DOCTYPE html><html>"u8));
        Assert.True(Reader.Sniff("  <html lang=\"de\">"u8));
        Assert.False(Reader.Sniff("Medieninformation\n<b>"u8));
        Assert.IsType<HtmlReleaseReader>(AsskommExtract.Pipeline.PipelineFactory.CreateDefault().Readers.ForContent("<!doctype html><title>x</title>"u8));
    }
}
