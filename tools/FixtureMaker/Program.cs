// Writes the reader fixtures from hand-written release texts in SMI shape (letterhead lines,
// "# headline", paragraphs, "- " list items, "### " sub-headings):
//   NAME.pdf         two-page SMI-style PDF: side column, footer, justified and hyphenated text, embedded DejaVu subsets
//   NAME.media.html  a media-service-like page (article, h1, time element) with cookie banner, nav, contact box, footer
//   NAME.news.html   a generic news page without <main>/<article>, dateline "Town, d. Monat yyyy"
// plus broken files (PNG named .pdf, truncated PDF, image-only PDF, encrypted PDF when qpdf is installed).
// Usage: dotnet run --project tools/FixtureMaker -- tests/AsskommExtract.Tests/Reading/Fixtures
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

var dir = args.Length > 0 ? args[0] : "tests/AsskommExtract.Tests/Reading/Fixtures";
var fonts = Path.Combine(AppContext.BaseDirectory, "Fonts");
foreach (var txt in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
{
    var release = Release.Parse(File.ReadAllText(txt));
    var name = Path.Combine(dir, Path.GetFileNameWithoutExtension(txt));
    File.WriteAllBytes(name + ".pdf", new PdfLayout(fonts).Render(release));
    File.WriteAllText(name + ".media.html", Html.MediaService(release));
    File.WriteAllText(name + ".news.html", Html.NewsPage(release, Path.GetFileNameWithoutExtension(txt)));
    Console.WriteLine($"wrote {name}.pdf/.media.html/.news.html");
}
Broken.Write(dir, fonts);

/// <summary>A release text split into its parts.</summary>
sealed record Release(string Contact, string ContactHeader, string[] Phones, string Email, string Date, string Headline, List<(string Kind, string Text)> Blocks)
{
    public static Release Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(StripMarkdown).ToArray();
        int i = 0;
        string contact = "", contactHeader = "", email = "", date = "";
        var phones = new List<string>();
        for (; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.Contains("Ansprechpartner")) { contactHeader = l; contact = lines[++i]; }
            else if (l.StartsWith("Telefon") || l.StartsWith("Telefax")) phones.Add(l);
            else if (l.Contains('@')) email = l;
            else if (Regex.IsMatch(l, @"^\d\d\.\d\d\.\d{4}$")) { date = l; i++; break; }
        }
        string headline = "";
        var blocks = new List<(string Kind, string Text)>();
        bool joinNext = false;
        for (; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.Length == 0) continue;
            if (l.StartsWith("Hausanschrift"))
            {
                // A converted release's footer in the middle of the text: the PDF draws its own; the broken paragraph goes on after it.
                while (i < lines.Length && !lines[i].Contains("vermerkten Voraussetzungen")) i++;
                joinNext = true;
                continue;
            }
            var heading = Regex.Match(l, @"^#+\s+(.*)$");
            if (headline.Length == 0) headline = heading.Success ? heading.Groups[1].Value : l;
            else if (heading.Success) blocks.Add(("h", heading.Groups[1].Value));
            else if (l.StartsWith("- ")) blocks.Add(("li", l[2..]));
            else if (joinNext && blocks.Count > 0 && blocks[^1].Kind == "p") blocks[^1] = ("p", blocks[^1].Text + " " + l);
            else blocks.Add(("p", l));
            joinNext = false;
        }
        return new Release(contact, contactHeader, phones.ToArray(), email, date, headline, blocks);
    }

    /// <summary>Bold markers, escapes and link targets off: the PDF and the page set the words, not the Markdown.</summary>
    private static string StripMarkdown(string line)
    {
        line = line.Replace("**", "").Replace("\\*", "*");
        line = Regex.Replace(line, @"\[([^\]]*)\]\([^)]*\)", "$1");
        return Regex.Replace(line, @"<(https?://[^>]+)>", "$1").Trim();
    }
}

/// <summary>Lays a release out like the ministry's PDFs: A4, body column left, contact column right, footer on page 1.</summary>
sealed class PdfLayout(string fontDir)
{
    private const double Left = 57, Page1Right = 400, Page2Right = 538, Size = 10.5, Leading = 14.5, ParagraphGap = 9;
    private readonly PdfDocumentBuilder _builder = new();
    private PdfDocumentBuilder.AddedFont _regular = null!, _bold = null!;
    private PdfPageBuilder _page = null!;
    private int _pageNumber;
    private double _y, _right, _bottom;

    public byte[] Render(Release r)
    {
        _regular = _builder.AddTrueTypeFont(File.ReadAllBytes(Path.Combine(fontDir, "DejaVuSans.ttf")));
        _bold = _builder.AddTrueTypeFont(File.ReadAllBytes(Path.Combine(fontDir, "DejaVuSans-Bold.ttf")));
        NewPage();
        // Content-stream order differs from reading order on purpose: footer first, side column last.
        Footer();
        _page.AddText("Medieninformation", 20, new PdfPoint(Left, 780), _bold);
        _page.AddText("Sächsisches Staatsministerium des Innern", 11, new PdfPoint(Left, 760), _regular);
        _y = 700;
        var headline = r.Headline.Split(' ').ToList();
        for (int next = 0; next < headline.Count; _y -= 19)
            DrawLine(TakeLine(headline, ref next, 15, _bold, Page1Right - Left, hyphenate: false), 15, _bold, Left, Page1Right - Left, justify: false);
        _y -= ParagraphGap;
        foreach (var (kind, text) in r.Blocks)
        {
            switch (kind)
            {
                case "h":
                    _y -= ParagraphGap;
                    Flow(text, _bold, Left, justify: false);
                    break;
                case "li":
                    Flow(text, _regular, Left + 14, justify: false, bullet: true);
                    _y += ParagraphGap - 3; // items sit closer together than paragraphs
                    break;
                default:
                    Flow(text, _regular, Left, justify: true);
                    break;
            }
            _y -= ParagraphGap;
        }
        SideColumn(r);
        return _builder.Build();
    }

    private void NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _pageNumber++;
        _right = _pageNumber == 1 ? Page1Right : Page2Right;
        _bottom = _pageNumber == 1 ? 160 : 70;
        _y = 780;
        if (_pageNumber > 1) _page.AddText($"Seite {_pageNumber} von 2", 8, new PdfPoint(480, 805), _regular);
    }

    private void Flow(string text, PdfDocumentBuilder.AddedFont font, double left, bool justify, bool bullet = false)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        int next = 0;
        while (next < words.Count)
        {
            if (_y < _bottom) NewPage();
            if (bullet && next == 0) _page.AddText("•", Size, new PdfPoint(left - 12, _y), font);
            var line = TakeLine(words, ref next, Size, font, _right - left, hyphenate: true);
            DrawLine(line, Size, font, left, _right - left, justify && next < words.Count);
            _y -= Leading;
        }
    }

    private void DrawLine(List<string> words, double size, PdfDocumentBuilder.AddedFont font, double left, double width, bool justify)
    {
        double space = Width(" ", size, font);
        double used = words.Sum(w => Width(w, size, font));
        double gap = justify && words.Count > 1 ? (width - used) / (words.Count - 1) : space;
        double x = left;
        foreach (var w in words)
        {
            _page.AddText(w, size, new PdfPoint(x, _y), font);
            x += Width(w, size, font) + gap;
        }
    }

    private readonly Dictionary<(string, double, PdfDocumentBuilder.AddedFont), double> _widths = new();

    private double Width(string s, double size, PdfDocumentBuilder.AddedFont font)
    {
        if (_widths.TryGetValue((s, size, font), out var w)) return w;
        var letters = _page.MeasureText(s, size, new PdfPoint(0, 0), font);
        w = letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        return _widths[(s, size, font)] = w;
    }

    /// <summary>Greedy line breaking; a word that does not fit is hyphenated at a syllable-ish point or at its own hyphen.</summary>
    private List<string> TakeLine(List<string> words, ref int next, double size, PdfDocumentBuilder.AddedFont font, double width, bool hyphenate)
    {
        var line = new List<string>();
        double used = 0, space = Width(" ", size, font);
        while (next < words.Count)
        {
            var word = words[next];
            double w = Width(word, size, font);
            double need = line.Count == 0 ? w : used + space + w;
            if (need <= width)
            {
                line.Add(word);
                used = need;
                next++;
                continue;
            }
            if (hyphenate && SplitToFit(word, width - used - (line.Count == 0 ? 0 : space), size, font) is var (head, tail))
            {
                line.Add(head);
                words[next] = tail;
            }
            break;
        }
        return line;
    }

    private (string, string)? SplitToFit(string word, double room, double size, PdfDocumentBuilder.AddedFont font)
    {
        for (int i = word.Length - 3; i >= 3; i--)
        {
            string head;
            if (word[i - 1] == '-' && char.IsLetter(word[i])) head = word[..i];
            // Not inside the first part of a compound ("Präven-tions-Strukturen"): the cleaner keeps that hyphen.
            else if (IsSyllableStart(word, i) && word.IndexOf('-', i) < 0) head = word[..i] + "-";
            else continue;
            if (Width(head, size, font) <= room) return (head, word[i..]);
        }
        return null;
    }

    private static bool IsSyllableStart(string w, int i)
    {
        const string vowels = "aeiouäöüy";
        bool consonant = char.IsLower(w[i]) && char.IsLetter(w[i]) && !vowels.Contains(w[i]);
        if (!consonant || !vowels.Contains(w[i + 1]) || !char.IsLetter(w[i - 1]) || !char.IsLetter(w[i - 2]) || w[i] == 'h') return false;
        bool before = vowels.Contains(w[i - 1]);
        // V-CV after a consonant ("Ge-mein-de"), or VC-CV keeping "ck", "sch" and consonant+r/l together.
        return before ? !vowels.Contains(w[i - 2])
            : vowels.Contains(w[i - 2]) && w[i] is not ('r' or 'l') && !(w[i - 1] == 'c') && !(w[i - 1] == 's' && w[i] == 'c');
    }

    private void SideColumn(Release r)
    {
        _page = _builder.Pages[1];
        double x = 440, y = 700;
        void Put(string s, bool bold = false, double size = 8, double after = 11)
        {
            _page.AddText(s, size, new PdfPoint(x, y), bold ? _bold : _regular);
            y -= after;
        }
        Put("Referat Presse- und", after: 10);
        Put("Öffentlichkeitsarbeit", after: 22);
        Put(r.ContactHeader, bold: true);
        Put(r.Contact, after: 22);
        Put("Durchwahl", bold: true);
        foreach (var p in r.Phones) Put(p);
        y -= 11;
        Put(r.Email, after: 22);
        Put(r.Date, size: 9);
    }

    private void Footer()
    {
        void Lines(double x, double y, params string[] lines)
        {
            for (int i = 0; i < lines.Length; i++)
                _page.AddText(lines[i], 7, new PdfPoint(x, y - i * 9), i == 0 && lines[0].EndsWith(':') ? _bold : _regular);
        }
        Lines(Left, 125, "Hausanschrift:", "Sächsisches Staatsministerium", "des Innern", "Wilhelm-Buck-Straße 2", "01097 Dresden");
        Lines(230, 125, "www.smi.sachsen.de", "Barrierefreier Eingang im Seitenflügel");
        Lines(390, 125, "Zu erreichen mit den", "Straßenbahnlinien 3, 6, 7, 8, 9, 11", "und 13. Haltestelle Carolaplatz.");
        Lines(Left, 70, "* Kein Zugang für verschlüsselte elektronische Dokumente. Zugang für qualifiziert elektronisch signierte",
            "Dokumente nur unter den auf www.lsf.sachsen.de/eSignatur.html vermerkten Voraussetzungen.");
        _page.AddText("Seite 1 von 2", 7, new PdfPoint(480, 40), _regular);
    }
}

static class Html
{
    /// <summary>Encodes text with a mix of named and numeric entities, as real pages do.</summary>
    private static string Encode(string s, bool numeric) =>
        WebUtility.HtmlEncode(s).Replace("»", "&raquo;").Replace("«", "&laquo;").Replace("–", "&ndash;").Replace("„", "&bdquo;")
            .Replace("“", "&ldquo;").Replace("ü", numeric ? "&#252;" : "ü").Replace(" Euro", "&nbsp;Euro");

    private static string Body(Release r, bool numeric, bool media)
    {
        var sb = new StringBuilder();
        bool inList = false, firstQuote = true;
        foreach (var (kind, text) in r.Blocks)
        {
            if (kind != "li" && inList) { sb.AppendLine("</ul>"); inList = false; }
            var enc = Encode(text, numeric);
            switch (kind)
            {
                case "h": sb.AppendLine($"<h2>{enc}</h2>"); break;
                case "li":
                    if (!inList) { sb.AppendLine("<ul>"); inList = true; }
                    sb.AppendLine($"  <li>{enc}</li>");
                    break;
                default:
                    enc = Regex.Replace(enc, @"www\.[\w.]+[a-z]", m => $"<a href=\"https://{m.Value}/\">{m.Value}</a>");
                    int colon = enc.IndexOf(": &raquo;", StringComparison.Ordinal);
                    if (colon < 0) colon = enc.IndexOf(": &bdquo;", StringComparison.Ordinal);
                    if (colon > 0 && colon < 80) enc = $"<strong>{enc[..(colon + 1)]}</strong>{enc[(colon + 1)..]}";
                    if (colon > 0 && firstQuote && media)
                    {
                        // One paragraph set with line breaks, as editors do.
                        enc = enc.Replace(". ", ".<br>\n", StringComparison.Ordinal);
                        firstQuote = false;
                    }
                    sb.AppendLine($"<p>{enc}</p>");
                    break;
            }
        }
        if (inList) sb.AppendLine("</ul>");
        return sb.ToString();
    }

    public static string MediaService(Release r)
    {
        var iso = DateTime.ParseExact(r.Date, "dd.MM.yyyy", null).ToString("yyyy-MM-dd");
        return $$"""
            <!DOCTYPE html>
            <html lang="de">
            <head>
            <meta charset="utf-8">
            <title>{{Encode(r.Headline, false)}} - Medienservice</title>
            <style>body { font-family: sans-serif } .cookie-banner { position: fixed }</style>
            <script>window.dataLayer = window.dataLayer || []; function consent() { return "Cookies"; }</script>
            </head>
            <body>
            <div id="cookie-consent" class="cookie-banner" role="dialog">
              <p>Diese Website verwendet Cookies, um Ihnen den bestmöglichen Service zu bieten.</p>
              <button>Alle akzeptieren</button> <button>Nur notwendige</button>
            </div>
            <a class="skip-link" href="#content">Zum Inhalt springen</a>
            <header class="site-header">
              <a href="/" class="logo">Medienservice Sachsen</a>
              <nav aria-label="Hauptnavigation"><ul>
                <li><a href="/">Startseite</a></li><li><a href="/ministerien">Ministerien</a></li><li><a href="/termine">Termine</a></li>
              </ul></nav>
            </header>
            <nav class="breadcrumb"><a href="/">Start</a> &gt; <a href="/smi">Innenministerium</a> &gt; Medieninformation</nav>
            <main id="content">
              <article class="medieninformation">
                <div class="mi-meta">
                  <span class="mi-kind">Medieninformation 112/{{iso[..4]}}</span>
                  <span class="mi-publisher">Sächsisches Staatsministerium des Innern</span>
                  <time class="mi-date" datetime="{{iso}}T14:47:00+01:00">{{r.Date}}, 14:47 Uhr</time>
                </div>
                <h1 class="mi-title">{{Encode(r.Headline, false)}}</h1>
                <div class="mi-text">
            {{Body(r, false, media: true)}}
                </div>
                <aside class="mi-contact">
                  <h2>{{r.ContactHeader}}</h2>
                  <p>{{r.Contact}}<br>{{string.Join("<br>", r.Phones)}}<br><a href="mailto:{{r.Email}}">{{r.Email}}</a></p>
                </aside>
                <div class="mi-downloads">
                  <h2>Downloads</h2>
                  <ul><li><a href="/download/mi.pdf">Medieninformation als PDF (120 KB)</a></li></ul>
                </div>
                <div class="share">Teilen: <a href="#">Mastodon</a> <a href="#">E-Mail</a></div>
              </article>
              <section class="related">
                <h2>Weitere Medieninformationen</h2>
                <ul><li><a href="/mi/1">Neue Polizeireviere eröffnet</a></li><li><a href="/mi/2">Katastrophenschutz geübt</a></li></ul>
              </section>
            </main>
            <footer class="site-footer"><p>© Freistaat Sachsen · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/barrierefreiheit">Barrierefreiheit</a></p></footer>
            <script src="/js/app.js"></script>
            </body>
            </html>
            """;
    }

    private static readonly string[] Months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    public static string NewsPage(Release r, string stem)
    {
        var d = DateTime.ParseExact(r.Date, "dd.MM.yyyy", null);
        var town = stem.Contains('-') ? char.ToUpperInvariant(stem[0]) + stem[1..stem.IndexOf('-')] : "Dresden";
        return $$"""
            <!DOCTYPE html>
            <html>
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
            <title>Lokalnachrichten</title>
            <style>.layout { display: flex }</style>
            </head>
            <body>
            <div class="consent-layer"><span>Wir nutzen Cookies und ähnliche Technologien. <a href="/datenschutz">Mehr erfahren</a></span> <a href="#" class="btn">OK</a></div>
            <div id="top">
              <div class="brand">Kreiszeitung Online</div>
              <ul class="menu"><li><a href="/region">Region</a></li><li><a href="/sport">Sport</a></li><li><a href="/kultur">Kultur</a></li><li><a href="/wetter">Wetter</a></li></ul>
            </div>
            <div class="layout">
              <div class="sidebar">
                <h3>Meistgelesen</h3>
                <ul><li><a href="/a">Stadtfest lockt Tausende</a></li><li><a href="/b">Neue Buslinie ab Montag</a></li><li><a href="/c">Baustelle an der B6 verlängert</a></li></ul>
              </div>
              <div class="content">
                <div class="story">
                  <h1>{{Encode(r.Headline, true)}}</h1>
                  <p class="byline">{{town}}, {{d.Day}}. {{Months[d.Month - 1]}} {{d.Year}}</p>
                  <div class="story-text">
            {{Body(r, true, media: false)}}
                  </div>
                </div>
                <div class="teaser-list"><h3>Auch interessant</h3><ul><li><a href="/x">Polizei zieht Bilanz</a></li><li><a href="/y">Gemeinderat tagt</a></li></ul></div>
              </div>
            </div>
            <div class="bottom">Kreiszeitung Online &copy; 2024 &middot; <a href="/impressum">Impressum</a> &middot; <a href="/agb">AGB</a></div>
            <noscript><img src="/pixel.gif" alt=""></noscript>
            </body>
            </html>
            """;
    }
}

static class Broken
{
    public static void Write(string dir, string fontDir)
    {
        var good = Directory.GetFiles(dir, "*.pdf").Where(f => !Path.GetFileName(f).StartsWith("broken-")).Order(StringComparer.Ordinal).First();
        var bytes = File.ReadAllBytes(good);
        File.WriteAllBytes(Path.Combine(dir, "broken-truncated.pdf"), bytes[..(bytes.Length / 2)]);
        File.WriteAllBytes(Path.Combine(dir, "broken-png-named.pdf"), Png());

        using (var b = new PdfDocumentBuilder())
        {
            var page = b.AddPage(PageSize.A4);
            page.AddPng(Png(), new PdfRectangle(57, 300, 538, 780)); // a "scan": an image, no text layer
            File.WriteAllBytes(Path.Combine(dir, "broken-scan.pdf"), b.Build());
        }
        try
        {
            using var qpdf = Process.Start("qpdf", ["--encrypt", "geheim", "owner", "256", "--", good, Path.Combine(dir, "broken-encrypted.pdf")]);
            qpdf.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.WriteLine("qpdf not installed: broken-encrypted.pdf left as it was");
        }
        Console.WriteLine("wrote broken-*.pdf");
    }

    /// <summary>A 1×1 grey PNG.</summary>
    private static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");
}
