using System.Text;
using AsskommExtract.Documents;
using AsskommExtract.Extractors.Counts;
using AsskommExtract.Extractors.Dates;
using AsskommExtract.Extractors.Kinds;
using AsskommExtract.Extractors.Municipalities;
using AsskommExtract.Extractors.Quotes;
using AsskommExtract.Extractors.Titles;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;
using AsskommExtract.Reading.Html;
using AsskommExtract.Results;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Robustness;

/// <summary>
/// Every stage does work linear in its input, on inputs built to make a rescanning or re-copying
/// stage blow up: the same construct repeated n and 4n times (see <see cref="Work"/>).
/// </summary>
[Collection(MeasuredWork.Name)]
public sealed class LinearWorkTests
{
    private static string Repeat(string unit, int n) => new StringBuilder(unit.Length * n).Insert(0, unit, n).ToString();

    /// <summary>A release around the repeated construct, so every extractor has its usual frame to work in.</summary>
    private static string InRelease(string body) =>
        "Stadt Musterhain tritt der Allianz bei\n\nAm 3. März 2023 unterzeichnete die Stadt Musterhain die Kooperationsvereinbarung. " + body + "\n";

    public static TheoryData<string, string> CleanerInputs => new()
    {
        { "nested links", "[[[…x](u)](u)](u)" },
        { "unclosed emphasis", "_a _a _a …" },
        { "unclosed strong", "*a *a *a …" },
        { "open brackets", "[[[[…" },
        { "links without target", "[a](" },
        { "angle brackets", "<<<<…" },
        { "lower-case paragraphs", "a⏎⏎a⏎⏎…" },
        { "open-ended paragraphs", "und der⏎⏎…" },
        { "letterhead between paragraphs", "Text ohne Punkt⏎⏎Seite 1⏎⏎…" },
        { "hyphenated lines", "Prä-⏎ventions-⏎…" },
    };

    private static string CleanerInput(string name, int n) => name switch
    {
        "nested links" => Repeat("[", n) + "x" + Repeat("](u)", n),
        "unclosed emphasis" => Repeat("_a ", n),
        "unclosed strong" => Repeat("*a ", n),
        "open brackets" => Repeat("[", n),
        "links without target" => Repeat("[a](", n),
        "angle brackets" => Repeat("<", n),
        "lower-case paragraphs" => Repeat("a\n\n", n),
        "open-ended paragraphs" => Repeat("und der\n\n", n),
        "letterhead between paragraphs" => Repeat("Text ohne Punkt\n\nSeite 1\n\n", n),
        "hyphenated lines" => Repeat("Prä-\nventions-\n", n),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(CleanerInputs))]
    public void Cleaning_is_linear(string name, string shape)
    {
        _ = shape;
        Work.AssertLinear(n => CleanerInput(name, n), text => Texts.Clean(text), 20_000);
    }

    public static TheoryData<string, string> ExtractorInputs => new()
    {
        { "towns listed", "Leipzig, Dresden, Chemnitz, …" },
        { "towns joined by und", "Leipzig und Dresden und …" },
        { "ambiguous towns in one sentence", "Reichenbach, Oelsnitz, …" },
        { "towns in headings", "# Leipzig⏎…" },
        { "figures", "120 Kommunen 120 Kommunen …" },
        { "number words", "zwölf und zwölf und … Kommunen" },
        { "open quotes", "»a »a »a …" },
        { "quotes with speakers", "»Gut.«, sagte Max Muster. …" },
        { "colon quotes", "Max Muster: »Gut.« …" },
        { "unclosed low quotes", "„a „a …" },
        { "dates", "am 3. März 2023 am 3. März 2023 …" },
        { "one long sentence", "Wort Wort Wort …" },
    };

    private static string ExtractorBody(string name, int n) => name switch
    {
        "towns listed" => "Die Städte " + Repeat("Leipzig, Dresden, Chemnitz, Zwickau, Plauen, ", n) + "und Bautzen treten bei.",
        "towns joined by und" => "Die Städte " + Repeat("Leipzig und Dresden und ", n) + "Chemnitz treten bei.",
        "ambiguous towns in one sentence" => "Beteiligt sind " + Repeat("Reichenbach, Oelsnitz, Bernsdorf, ", n) + "und Thum.",
        "towns in headings" => Repeat("\n\n# Leipzig und Dresden\n\n", n),
        "figures" => Repeat("120 Kommunen, ", n) + "1,3 Millionen Euro.",
        "number words" => "über " + Repeat("zwölf und ", n) + "zwölf Kommunen.",
        "open quotes" => Repeat("»a ", n),
        "quotes with speakers" => Repeat("»Das ist gut für die Stadt.«, sagte Bürgermeister Max Muster. ", n),
        "colon quotes" => Repeat("Bürgermeisterin Erika Beispiel: »Wir machen mit.« ", n),
        "unclosed low quotes" => Repeat("„a ", n),
        "dates" => Repeat("am 3. März 2023 ", n),
        "one long sentence" => Repeat("Wort ", n),
        _ => throw new ArgumentException(name),
    };

    private static readonly ExtractionPipeline Components = PipelineFactory.CreateDefault();

    public static TheoryData<string, string, string> ExtractorCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var extractor in Components.Extractors)
            foreach (var row in ExtractorInputs)
                data.Add(extractor.Name, (string)row[0], (string)row[1]);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExtractorCases))]
    public void Every_extractor_is_linear(string extractor, string name, string shape)
    {
        _ = shape;
        var stage = Components.Extractors.Single(e => e.Name == extractor);
        Work.AssertLinear(n =>
        {
            var document = Texts.Clean(InRelease(ExtractorBody(name, n)));
            Components.AnnotateBefore(stage, document); // what the stage requires, outside the measurement
            return document;
        }, stage.Extract, 2_000);
    }

    [Fact]
    public void Speaker_ids_are_linear_in_the_quotes_of_a_run()
    {
        var extract = PipelineFactory.CreateDefault();
        Work.AssertLinear(n => extract.Extract("s.txt", new SourceText(InRelease(ExtractorBody("quotes with speakers", n)))),
            release => new SpeakerIds().Annotate(release), 2_000);
    }

    [Theory]
    [InlineData("<p>a")]
    [InlineData("<div><p>a</p></div>")]
    [InlineData("<ul><li><a href=x>a</a></li></ul>")]
    [InlineData("<b>a")]
    // Text the parser moves (fostered, misnested) or that the scan of the file passes over (comments, references).
    [InlineData("<table>fostered<tr><td>cell</td></tr></table>")]
    [InlineData("a<!--c-->&amp; <x-y>b</x-y>")]
    [InlineData("<b><i>a</b>b</i>")]
    // Many siblings: a text node's place is searched from the element before it, which must not cost a search of its parent's children.
    [InlineData("<b>a</b>b&amp; ")]
    public void Html_reading_is_linear(string unit)
    {
        var reader = new HtmlReleaseReader();
        Work.AssertLinear(n => Encoding.UTF8.GetBytes("<html><body><article>" + Repeat(unit, n) + "</article></body></html>"),
            bytes =>
            {
                try { reader.Read(bytes); }
                catch (ReadException) { } // refused (nested too deep, nothing readable): a cap, reported, is also bounded work
            }, 2_000);
    }

    [Fact]
    public void Html_nested_past_the_cap_is_refused_with_the_reason()
    {
        var deep = "<html><body>" + Repeat("<div>", 100_000) + "Text" + Repeat("</div>", 100_000) + "</body></html>";
        var e = Assert.Throws<ReadException>(() => new HtmlReleaseReader().Read(Encoding.UTF8.GetBytes(deep)));
        Assert.Contains("nest deeper than 512", e.Message);
    }

    [Fact]
    public void Html_nested_as_deep_as_real_pages_is_read()
    {
        var page = "<html><body><article><h1>Stadt Musterhain tritt bei</h1>" + Repeat("<div>", 200) + "<p>Am 3. März 2023 trat Musterhain bei.</p>"
            + Repeat("</div>", 200) + Repeat("<p>Unclosed paragraph", 2_000) + "</article></body></html>";
        var text = new HtmlReleaseReader().Read(Encoding.UTF8.GetBytes(page)).Text;
        Assert.Contains("Am 3. März 2023 trat Musterhain bei.", text);
    }
}
