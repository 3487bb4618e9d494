using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AsskommExtract.Cleaning;
using AsskommExtract.Documents;
using AsskommExtract.Output;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Reading.Html;
using AsskommExtract.Reading.Pdf;
using AsskommExtract.Synthetic;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Reading;

/// <summary>
/// Web pages and PDFs hand over blocks whose text is literal, and every start/end points into the file:
/// Markdown is read only where the input is text.
/// </summary>
public partial class ReaderStructureTests
{
    private static readonly ExtractionPipeline Pipeline = PipelineFactory.CreateDefault();

    private static string Page(string body) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><main><h1>Neuer Präventionsrat in Annaberg-Buchholz</h1>\n{body}\n</main></body></html>";

    private static SourceText ReadHtml(string html) => new HtmlReleaseReader().Read(Encoding.UTF8.GetBytes(html));

    private static Document CleanHtml(string html) => ReleaseCleaner.Clean("p.html", ReadHtml(html));

    private static Block BlockHolding(Document d, string text) => d.Blocks.Single(b => d.Slice(b).Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Html_paragraph_opening_with_a_hash_stays_a_paragraph_with_its_hash()
    {
        var d = CleanHtml(Page("<p>Die Stadt hat am Montag einen Kommunalen Präventionsrat gegründet.</p><p># 1 im Erzgebirge ist die Stadt damit nicht, aber unter den ersten.</p>"));
        var block = BlockHolding(d, "1 im Erzgebirge");
        Assert.Equal(BlockKind.Paragraph, block.Kind);
        Assert.StartsWith("# 1 im Erzgebirge", d.Slice(block));
    }

    [Fact]
    public void Html_paragraph_opening_with_a_dash_stays_a_paragraph_and_its_figure_is_read()
    {
        var html = Page("<p>Die Landesstrategie wächst weiter.</p><p>- 5 Kommunen aus dem Landkreis Bautzen sind der Allianz Sichere Sächsische Kommunen im vergangenen Jahr beigetreten.</p>");
        var d = CleanHtml(html);
        var block = BlockHolding(d, "5 Kommunen");
        Assert.Equal(BlockKind.Paragraph, block.Kind);
        Assert.StartsWith("- 5 Kommunen", d.Slice(block));
        var release = Pipeline.Extract("p.html", ReadHtml(html));
        var metric = Assert.Single(release.Metrics, m => m.Value == 5);
        Assert.Equal("5", html[metric.Start..metric.End]);
    }

    [Fact]
    public void Stars_and_underscores_in_html_text_are_kept()
    {
        var d = CleanHtml(Page("<p>Alle Bürger*innen sind eingeladen, **ausdrücklich** auch die Vereine der Stadt, sagte die Beauftragte für _Prävention_ heute.</p>"));
        Assert.Contains("Bürger*innen sind eingeladen, **ausdrücklich** auch die Vereine der Stadt, sagte die Beauftragte für _Prävention_ heute.", d.Text);
    }

    [Fact]
    public void Text_release_is_still_read_as_markdown()
    {
        var d = Texts.Clean("# Neuer Präventionsrat in Zwönitz\n\nDer Rat tagt **erstmals** am Montag.\n\n- 5 Kommunen sind dabei\n");
        Assert.Equal(BlockKind.Title, d.Blocks[0].Kind);
        Assert.Equal("Neuer Präventionsrat in Zwönitz", d.Slice(d.Blocks[0]));
        Assert.Equal("Der Rat tagt erstmals am Montag.", d.Slice(BlockHolding(d, "Rat tagt")));
        var item = BlockHolding(d, "5 Kommunen");
        Assert.Equal(BlockKind.ListItem, item.Kind);
        Assert.Equal("5 Kommunen sind dabei", d.Slice(item));
    }

    [Fact]
    public void Html_offsets_slice_the_file_through_entities_tags_and_line_ends()
    {
        var html = Page("<p>Die Gemeinde\r\n   Gr&uuml;nhainichen tritt der <b>Allianz</b> bei, teilte\tdie Stadt mit.</p>\r\n<p>&raquo;Wir freuen uns&laquo;, sagte Bürgermeisterin Jana Muster.</p>");
        var release = Pipeline.Extract("p.html", ReadHtml(html));
        var town = Assert.Single(release.Municipalities, m => m.Surface == "Grünhainichen");
        Assert.Equal("Gr&uuml;nhainichen", html[town.Start..town.End]);
        var quote = Assert.Single(release.Quotes);
        Assert.Equal("&raquo;Wir freuen uns&laquo;", html[quote.Start..quote.End]);
    }

    [Fact]
    public void Speaker_of_a_blockquote_moved_before_its_quote_leaves_the_offsets_in_the_file()
    {
        var html = Page("<p>Die Gemeinde Thalheim ist der Allianz Sichere Sächsische Kommunen beigetreten.</p>"
            + "<blockquote><p>»Wir machen mit, weil Vorbeugung wirkt.«</p><footer>– Jana Muster, Bürgermeisterin</footer></blockquote>"
            + "<p>Auch Zwönitz plant den Beitritt.</p>");
        var release = Pipeline.Extract("p.html", ReadHtml(html));
        var quote = Assert.Single(release.Quotes);
        Assert.Equal("Jana Muster", quote.Speaker);
        Assert.Equal("»Wir machen mit, weil Vorbeugung wirkt.«", html[quote.Start..quote.End]);
        Assert.Contains(release.Municipalities, m => m.Surface == "Zwönitz");
        Assert.True(CheckSpans(ReleaseJson.Serialize(release), html) >= 3);
    }

    [Fact]
    public void Html_offsets_slice_the_file_through_references_without_their_semicolon()
    {
        var html = Page("<p>Die Gemeinde Gr&uumlnhainichen tritt der Allianz bei, auch Zw&#246nitz pr&uuml;ft den Beitritt.</p>");
        var release = Pipeline.Extract("p.html", ReadHtml(html));
        Assert.Equal("Gr&uumlnhainichen", Assert.Single(release.Municipalities, m => m.Surface == "Grünhainichen") is var g ? html[g.Start..g.End] : null);
        Assert.Equal("Zw&#246nitz", Assert.Single(release.Municipalities, m => m.Surface == "Zwönitz") is var z ? html[z.Start..z.End] : null);
    }

    public static TheoryData<string> HtmlFixtures() => new(
        Directory.GetFiles(FormatEquivalenceTests.Fixtures, "*.html").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(HtmlFixtures))]
    public void Every_offset_of_an_html_fixture_slices_the_file_to_its_item(string file)
    {
        var path = Path.Combine(FormatEquivalenceTests.Fixtures, file);
        var release = Pipeline.Process(new Input(file, path));
        Assert.Null(release.Error);
        Assert.True(CheckSpans(ReleaseJson.Serialize(release), File.ReadAllText(path)) > 0);
    }

    [Fact]
    public void Every_offset_of_generated_web_pages_slices_the_file_to_its_item()
    {
        var generator = new ReleaseGenerator(seed: 14, formats: ["html"]);
        int spans = 0;
        for (int i = 0; i < 40; i++)
        {
            var page = generator.Generate(i);
            var release = Pipeline.Extract(page.FileName, ReadHtml(page.Text));
            spans += CheckSpans(ReleaseJson.Serialize(release), page.Text);
        }
        Assert.True(spans > 40, $"{spans} spans");
    }

    [Theory]
    [InlineData("oschatz-beitritt.pdf")]
    [InlineData("plauen-fachtag.pdf")]
    public void Pdf_offsets_and_pages_point_into_the_readers_page_text(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FormatEquivalenceTests.Fixtures, file));
        var source = new PdfReleaseReader().Read(bytes);
        var release = Pipeline.Extract(file, source);
        int spans = 0;
        foreach (var (item, kind) in Spans(ReleaseJson.Serialize(release)))
        {
            int start = (int)item["start"]!, end = (int)item["end"]!;
            // The reader's lines are the page's: a line break there is a space or an undone hyphen in the item.
            HoldsItem(item, kind, Regex.Replace(source.Text[start..end], "-\n(?=\\p{Ll})", ""));
            Assert.Equal(source.PageAt(start), (int?)item["page"]);
            spans++;
        }
        Assert.True(spans > 0);
        Assert.NotNull(source.PageStarts);
    }

    [Fact]
    public void Text_command_with_reader_prints_the_pdf_text_that_offsets_count_in()
    {
        var path = Path.Combine(FormatEquivalenceTests.Fixtures, "plauen-fachtag.pdf");
        var result = Robustness.Cli.Run(FormatEquivalenceTests.Fixtures, "text", "--reader", path);
        Assert.Equal(0, result.ExitCode);
        var printed = result.Stdout[(result.Stdout.IndexOf('\n') + 1)..];
        Assert.StartsWith(new PdfReleaseReader().Read(File.ReadAllBytes(path)).Text, printed);
    }

    /// <summary>Checks each span of the release JSON against <paramref name="file"/>; returns how many it checked.</summary>
    private static int CheckSpans(string json, string file)
    {
        int n = 0;
        foreach (var (item, kind) in Spans(json))
        {
            HoldsItem(item, kind, file[(int)item["start"]!..(int)item["end"]!]);
            n++;
        }
        return n;
    }

    /// <summary>
    /// The span holds the item: a municipality's surface; a quote's first and last words (an attribution
    /// may stand between its parts); a figure as it stands in its evidence sentence.
    /// </summary>
    private static void HoldsItem(JsonObject item, string kind, string span)
    {
        var slice = Normalise(span);
        switch (kind)
        {
            case "municipalities":
                Assert.Equal((string)item["surface"]!, slice);
                break;
            case "quotes":
                var text = Normalise((string)item["text"]!);
                Assert.StartsWith(text[..Math.Min(text.Length, 25)], slice);
                Assert.EndsWith(text[^Math.Min(text.Length, 25)..], slice);
                break;
            default:
                Assert.True(slice.Length is > 0 and < 40, slice);
                Assert.Contains(slice, Normalise((string)item["evidence"]!));
                break;
        }
    }

    private static IEnumerable<(JsonObject Item, string Kind)> Spans(string json)
    {
        var release = JsonNode.Parse(json)!.AsObject();
        foreach (var kind in new[] { "municipalities", "metrics", "quotes" })
            foreach (var item in release[kind]?.AsArray() ?? [])
                if (item?["start"] is not null) yield return (item.AsObject(), kind);
    }

    /// <summary>The JSON's items are compared after this on both sides: tags out, entities decoded, whitespace collapsed, quote marks off the ends.</summary>
    private static string Normalise(string s)
    {
        s = WebUtility.HtmlDecode(Tag().Replace(s, ""));
        s = Regex.Replace(s, @"\s+", " ").Trim().Trim('»', '«', '›', '‹', '„', '“', '”', '"', '‚', '‘', '’', ' ');
        return s;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
