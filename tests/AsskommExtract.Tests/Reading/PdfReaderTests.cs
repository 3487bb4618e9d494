using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Reading.Pdf;
using AsskommExtract.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AsskommExtract.Tests.Reading;

public class PdfReaderTests
{
    [Fact]
    public void An_exception_of_our_own_code_is_not_called_a_damaged_pdf()
    {
        // A bug in the layout code must reach the report as an internal error.
        var ours = Record.Exception(() => Vocabulary.Lexicon.List("no-such-file", "list"))!;
        Assert.False(PdfReleaseReader.FromParser(ours));
    }

    [Fact]
    public void An_exception_of_the_pdf_parser_is_a_damaged_pdf()
    {
        var parser = Record.Exception(() => UglyToad.PdfPig.PdfDocument.Open("%PDF-1.4 no objects here"u8.ToArray()))!;
        Assert.True(PdfReleaseReader.FromParser(parser));
    }

    private static readonly PdfReleaseReader Reader = new();

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(FormatEquivalenceTests.Fixtures, name));

    [Fact]
    public void Side_column_and_footer_are_left_out_by_position_even_where_the_wording_is_unknown()
    {
        var text = Reader.Read(Fixture("oschatz-beitritt.pdf")).Text;
        // Neither line matches the cleaner's letterhead patterns: only their place on the page gives them away.
        Assert.DoesNotContain("Referat Presse", text);
        Assert.DoesNotContain("Barrierefreier Eingang", text);
        foreach (var letterhead in new[] { "Ansprechpartner", "Durchwahl", "Telefon", "presse@", "Hausanschrift", "Carolaplatz", "Kein Zugang", "Seite 1 von 2", "Seite 2 von 2" })
            Assert.DoesNotContain(letterhead, text);
    }

    [Fact]
    public void Dateline_is_read_from_the_side_column()
    {
        Assert.Equal("12.03.2024", Reader.Read(Fixture("oschatz-beitritt.pdf")).Dateline);
        Assert.Equal("27.09.2022", Reader.Read(Fixture("plauen-fachtag.pdf")).Dateline);
    }

    [Fact]
    public void Paragraph_lines_stay_lines_so_the_cleaner_undoes_line_end_hyphens()
    {
        var source = Reader.Read(Fixture("oschatz-beitritt.pdf")).Text;
        Assert.Contains("-\n", source);
        var clean = FormatEquivalenceTests.Clean("oschatz-beitritt.pdf").Text;
        Assert.Contains("Landespräventionsrat Sachsen", clean);
        Assert.Contains("Hand-in-Hand-Arbeiten", clean);
        Assert.DoesNotMatch(@"\p{Ll}- \p{Ll}", clean);
    }

    [Fact]
    public void Quote_running_over_the_page_break_comes_out_whole_and_maps_to_both_pages()
    {
        var doc = FormatEquivalenceTests.Clean("oschatz-beitritt.pdf");
        Assert.Single(doc.Origin.PageStarts!);
        int at = doc.Text.IndexOf("»Die Zusammenarbeit zwischen dem Polizeirevier", StringComparison.Ordinal);
        Assert.True(at >= 0);
        var sentence = doc.SentenceAt(at);
        Assert.Equal(1, doc.Locate(sentence.Start, sentence.Start + 1).Page);
        Assert.Equal(2, doc.Locate(sentence.End - 1, sentence.End).Page);
    }

    [Fact]
    public void Sentence_continuing_with_a_capital_on_the_next_page_is_joined()
    {
        var doc = FormatEquivalenceTests.Clean("plauen-fachtag.pdf");
        int at = doc.Text.IndexOf("Geschäftsführerin des Landespräventionsrates", StringComparison.Ordinal);
        Assert.True(at >= 0, doc.Text);
        Assert.Equal(1, doc.Locate(at, at + 1).Page);
        int next = doc.Text.IndexOf("Handreichung", StringComparison.Ordinal);
        Assert.Equal(2, doc.Locate(next, next + 1).Page);
    }

    [Fact]
    public void Page_numbers_follow_the_pages()
    {
        var doc = FormatEquivalenceTests.Clean("oschatz-beitritt.pdf");
        int title = doc.Blocks[0].Start;
        Assert.Equal(1, doc.Locate(title, title + 5).Page);
        int background = doc.Text.IndexOf("Hintergrundinformationen", StringComparison.Ordinal);
        Assert.Equal(2, doc.Locate(background, background + 5).Page);
    }

    public static TheoryData<string, string> BrokenFiles() => new()
    {
        { "broken-png-named.pdf", "not a PDF: the file is a PNG image" },
        { "broken-truncated.pdf", "truncated PDF" },
        { "broken-encrypted.pdf", "encrypted" },
        { "broken-scan.pdf", "no text layer" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Broken_pdf_gives_a_one_line_error(string file, string expected)
    {
        var release = PipelineFactory.CreateDefault().Process(new Input(file, Path.Combine(FormatEquivalenceTests.Fixtures, file)));
        Assert.NotNull(release.Error);
        Assert.Contains(expected, release.Error);
        Assert.DoesNotContain('\n', release.Error);
    }

    [Fact]
    public void Folder_mixing_formats_and_broken_files_runs_to_the_end()
    {
        var pipeline = PipelineFactory.CreateDefault();
        var inputs = InputWalker.Expand([FormatEquivalenceTests.Fixtures], pipeline.Readers).ToList();
        var releases = pipeline.Run(inputs, parallelism: 2).ToList();
        Assert.Equal(Directory.GetFiles(FormatEquivalenceTests.Fixtures).Length, releases.Count);
        Assert.All(releases, r => Assert.Equal(Path.GetFileName(r.Source).StartsWith("broken-"), r.Failed));
    }

    [Fact]
    public void Pdf_over_the_page_cap_is_refused()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int i = 0; i <= PdfReleaseReader.MaxPages; i++)
            builder.AddPage(PageSize.A4).AddText("Seite", 10, new PdfPoint(50, 700), font);
        var e = Assert.Throws<ReadException>(() => Reader.Read(builder.Build()));
        Assert.Contains("pages", e.Message);
    }

    [Fact]
    public void Single_column_letter_without_side_column_reads_in_order()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        // Written bottom-up: the content stream order must not decide the reading order.
        page.AddText("Zweiter Absatz mit einem Satz.", 10, new PdfPoint(60, 600), font);
        page.AddText("weiter im Text und endet hier.", 10, new PdfPoint(60, 640), font);
        page.AddText("Erster Absatz beginnt hier und geht", 10, new PdfPoint(60, 652), font);
        page.AddText("Eine Headline", 16, new PdfPoint(60, 700), bold);
        var text = Outline.Of(Reader.Read(builder.Build()));
        Assert.Equal("# Eine Headline\n\nErster Absatz beginnt hier und geht\nweiter im Text und endet hier.\n\nZweiter Absatz mit einem Satz.", text);
    }

    [Fact]
    public void Word_hyphenated_over_the_page_break_is_joined()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(AsskommExtract.Tests.Support.Repo.Path_("tools", "FixtureMaker", "Fonts", "DejaVuSans.ttf")));
        var first = builder.AddPage(PageSize.A4);
        first.AddText("Titel der Meldung", 16, new PdfPoint(60, 760), font);
        first.AddText("In Wurzen berät seit heute ein neuer Kommunaler", 10, new PdfPoint(60, 700), font);
        first.AddText("Präventionsrat, den Stadt und Polizei gemeinsam mit dem Landespräven-", 10, new PdfPoint(60, 686), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("tionsrat gegründet haben, über die Sicherheit am Markt.", 10, new PdfPoint(60, 780), font);
        second.AddText("Ein zweiter Absatz folgt hier.", 10, new PdfPoint(60, 752), font);
        var source = Reader.Read(builder.Build());
        var doc = AsskommExtract.Cleaning.ReleaseCleaner.Clean("x.pdf", source);
        Assert.Contains("gemeinsam mit dem Landespräventionsrat gegründet haben", doc.Text);
        int at = doc.Text.IndexOf("gegründet", StringComparison.Ordinal);
        Assert.Equal(2, doc.Locate(at, at + 1).Page);
    }

    [Fact]
    public void Side_column_set_close_to_the_body_in_smaller_type_stays_out()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(File.ReadAllBytes(AsskommExtract.Tests.Support.Repo.Path_("tools", "FixtureMaker", "Fonts", "DejaVuSans.ttf")));
        var page = builder.AddPage(PageSize.A4);
        string[] body = ["Die Gemeinde Laußig hat heute eine", "Vereinbarung mit der Polizei und dem", "Landespräventionsrat unterzeichnet."];
        string[] side = ["Pressestelle", "Anke Vogel", "03.04.2025"];
        for (int i = 0; i < 3; i++)
        {
            var letters = page.AddText(body[i], 10.5, new PdfPoint(60, 700 - i * 14), font);
            // The side column starts one em after the longest body line, on the same baselines.
            page.AddText(side[i], 8, new PdfPoint(340, 700 - i * 14), font);
            Assert.True(letters[^1].EndBaseLine.X < 330);
        }
        var source = Reader.Read(builder.Build());
        Assert.Equal("Die Gemeinde Laußig hat heute eine\nVereinbarung mit der Polizei und dem\nLandespräventionsrat unterzeichnet.", source.Text);
        Assert.Equal("03.04.2025", source.Dateline);
    }

    private static byte[] DejaVu => File.ReadAllBytes(AsskommExtract.Tests.Support.Repo.Path_("tools", "FixtureMaker", "Fonts", "DejaVuSans.ttf"));

    [Fact]
    public void Side_column_in_body_type_a_short_gap_away_leaves_the_body_whole_and_gives_its_date()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(DejaVu);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Titel der Meldung aus Laußig", 16, new PdfPoint(60, 760), font);
        string[] body = ["Die Gemeinde Laußig hat heute eine", "Vereinbarung mit der Polizei und dem", "Landespräventionsrat unterzeichnet. Sie", "will damit die Prävention im Ort stärken."];
        // The contact column in the body's type, 16 pt right of the body, wrapped its own way: the
        // number on a line of its own, the date at its foot, lines between the body's baselines too.
        string[] side = ["Telefon +49 341 555", "20417", "Telefax +49 341 555", "20419", "03.04.2025"];
        for (int i = 0; i < body.Length; i++) page.AddText(body[i], 10, new PdfPoint(60, 700 - i * 14), font);
        for (int i = 0; i < side.Length; i++) page.AddText(side[i], 10, new PdfPoint(330, 700 - i * 12), font);
        var source = Reader.Read(builder.Build());
        Assert.Equal("# Titel der Meldung aus Laußig\n\n" + string.Join('\n', body), Outline.Of(source));
        Assert.Equal("03.04.2025", source.Dateline);
    }

    [Fact]
    public void Headline_run_into_the_first_paragraph_is_split_where_a_sentence_opener_follows_it()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(DejaVu);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Pressemitteilung", 18, new PdfPoint(60, 780), font);
        // One flow in one type: the headline ends mid-line and the lead goes on after it.
        string[] lines = ["Rodewisch schließt sich dem Netzwerk für", "mehr Sicherheit an Die Stadt hat am Montag", "die Vereinbarung unterzeichnet und will", "gemeinsam mit der Polizei vorbeugen."];
        for (int i = 0; i < lines.Length; i++) page.AddText(lines[i], 12, new PdfPoint(60, 740 - i * 16), font);
        var text = Outline.Of(Reader.Read(builder.Build()));
        Assert.Equal("# Pressemitteilung\n\n# Rodewisch schließt sich dem Netzwerk für mehr Sicherheit an\n\n"
            + "Die Stadt hat am Montag\ndie Vereinbarung unterzeichnet und will\ngemeinsam mit der Polizei vorbeugen.", text);
    }

    [Fact]
    public void First_paragraph_that_is_a_sentence_is_not_split()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(DejaVu);
        var page = builder.AddPage(PageSize.A4);
        string[] lines = ["Rodewisch hat sich dem Netzwerk angeschlossen.", "Die Stadt hat am Montag die Vereinbarung", "unterzeichnet."];
        for (int i = 0; i < lines.Length; i++) page.AddText(lines[i], 12, new PdfPoint(60, 740 - i * 16), font);
        Assert.Equal(string.Join('\n', lines), Reader.Read(builder.Build()).Text);
    }

    [Fact]
    public void A_short_last_page_is_body_text_however_much_footer_it_carries()
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddTrueTypeFont(DejaVu);
        var first = builder.AddPage(PageSize.A4);
        first.AddText("Titel der Meldung", 16, new PdfPoint(60, 760), font);
        for (int i = 0; i < 20; i++) first.AddText("Ein Satz im Text der Meldung, der über die Zeile geht und", 11, new PdfPoint(60, 700 - i * 15), font);
        first.AddText("das Sicherheitsgefühl der Bürgerinnen und Bürger stärken", 11, new PdfPoint(60, 400), font);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("Sicherheitsgefühl wächst.", 11, new PdfPoint(60, 780), font);
        // The footer on every page: on the last one it has more letters than the body.
        foreach (var page in new[] { first, second })
        {
            page.AddText("Hausanschrift: Ministerium · Musterstraße 1 · 01099 Dresden · www.example.org · Zu erreichen mit der Linie 3", 7, new PdfPoint(60, 90), font);
            page.AddText("Kein Zugang für verschlüsselte elektronische Dokumente. Zugang für signierte Dokumente nur unter Voraussetzungen.", 7, new PdfPoint(60, 82), font);
        }
        var text = Reader.Read(builder.Build()).Text;
        Assert.EndsWith("stärken\nSicherheitsgefühl wächst.", text); // one paragraph, not a heading "# Sicherheitsgefühl wächst."
    }

    [Fact]
    public void Sniffs_pdf_bytes()
    {
        Assert.True(Reader.Sniff("%PDF-1.7\n"u8));
        Assert.False(Reader.Sniff("<html>"u8));
        Assert.IsType<PdfReleaseReader>(PipelineFactory.CreateDefault().Readers.ForContent("%PDF-1.4\n%âãÏÓ"u8));
    }
}
