using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AsskommExtract.Documents;
using AsskommExtract.Extractors.Dates;

namespace AsskommExtract.Reading.Html;

/// <summary>
/// Web pages: the release's own content — headline, dateline, paragraphs, list items, quotes —
/// as blocks (the headline a level-1 heading) whose characters know their place in the file, without navigation, cookie banners,
/// link lists, side boxes, footers, scripts and styles.
/// Two ways to find the content: a media-service page (an article with an h1 and a date
/// element: the article after its headline, the date as dateline), and for other sites the main element
/// or the container holding most paragraph text, widened to take in its headline.
/// </summary>
public sealed class HtmlReleaseReader : IReleaseReader
{
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public bool Sniff(ReadOnlySpan<byte> head) => LooksLikeHtml(head);

    internal static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var start = Encoding.Latin1.GetString(head[..Math.Min(head.Length, 1024)]).TrimStart('\uFEFF', 'ï', '»', '¿', ' ', '\t', '\r', '\n');
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith('<') && start.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    public SourceText Read(byte[] bytes)
    {
        if (bytes.Length == 0) throw new ReadException("empty file");
        if (HtmlNesting.Depth(MarkupOf(bytes)) > HtmlNesting.MaxDepth)
            throw new ReadException($"HTML elements nest deeper than {HtmlNesting.MaxDepth} levels (not a web page's shape)");
        var document = Parse(bytes);
        if (document.Body is not { } body) throw new ReadException("HTML page has no body");
        // Found before the tree is changed: the speaker text written before a quote is not the file's.
        var positions = HtmlPositions.Of(document, document.Source.Text);
        AttributeBlockquotes(body);
        HtmlNoise.Remove(body);

        var (container, headline, dateElement) = FindContent(document, body);
        var writer = new HtmlBlockWriter(positions, skip: [headline, dateElement]);
        if (headline is not null && Collapse(headline.TextContent).Length > 0) writer.Headline(headline);
        else if (MetaTitle(document) is ({ } fallback, { } meta)) writer.Headline(fallback, meta);
        string? dateline = dateElement is null ? null : DatelineOf(dateElement);

        // What stands before the headline in the container is kicker and meta ("Medieninformation 12/2024").
        writer.Write(container, startAfter: headline is not null && container.Contains(headline) ? headline : null);
        if (dateline is null) dateline = writer.TakeLeadingDateline(headline is not null);

        if (writer.Blocks.Count == 0) throw new ReadException("HTML page has no readable text");
        var text = new BlockTextBuilder(withFile: true);
        foreach (var block in writer.Blocks)
        {
            text.Block(block.Kind, block.HeadingLevel);
            foreach (var line in block.Lines) text.Line(line.Text, line.Starts, line.Ends);
        }
        return text.Build(dateline: dateline);
    }

    /// <summary>The bytes as characters good enough to see the tags by: UTF-16 by its BOM, else byte for byte.</summary>
    private static string MarkupOf(byte[] bytes) => bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode.GetString(bytes)
        : bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? Encoding.BigEndianUnicode.GetString(bytes)
        : Encoding.Latin1.GetString(bytes);

    /// <summary>A declared charset (BOM or meta) is AngleSharp's to follow; otherwise decode as the text reader does.</summary>
    private static IHtmlDocument Parse(byte[] bytes)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        bool declared = head.Contains("charset", StringComparison.OrdinalIgnoreCase)
            || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]);
        return declared ? parser.ParseDocument(new MemoryStream(bytes, writable: false)) : parser.ParseDocument(TextDecoding.Decode(bytes));
    }

    /// <summary>
    /// A blockquote names its speaker in a footer or cite ("– Name, Rolle"), which the furniture
    /// removal would drop: written before the quote as "Name, Rolle: „…“", it reads like the text form.
    /// </summary>
    private static void AttributeBlockquotes(IElement body)
    {
        foreach (var quote in body.QuerySelectorAll("blockquote"))
        {
            var source = quote.QuerySelector("footer, cite, figcaption");
            if (source is null) continue;
            var speaker = Collapse(source.TextContent).Trim().TrimStart('–', '—', '-', ' ').Trim();
            source.Remove();
            if (speaker.Length == 0) continue;
            var first = quote.QuerySelector("p") ?? quote;
            first.Prepend(first.Owner!.CreateTextNode(speaker + ": "));
        }
    }

    private static (IElement Container, IElement? Headline, IElement? DateElement) FindContent(IHtmlDocument document, IElement body)
    {
        // Media-service shape: an article carrying its headline and a date element.
        foreach (var article in body.QuerySelectorAll("article"))
        {
            var h1 = article.QuerySelector("h1");
            var time = article.QuerySelector("time") ?? FindDateElement(article);
            // The whole article, not its densest box: a lead paragraph often sits apart from the text.
            if (h1 is not null && time is not null)
                return (article, h1, time);
        }
        var container = body.QuerySelector("main, [role=main]") is { } main && ParagraphText(main) * 2 >= ParagraphText(body)
            ? main
            : DensestContainer(body) ?? body;
        // Widen to the nearest ancestor holding the headline (the story's h1 sits beside its text).
        var headline = container.QuerySelector("h1");
        for (var up = container; headline is null && up.ParentElement is { } parent && up != body && Depth(container, parent) <= 3; up = parent)
        {
            if (parent.QuerySelector("h1") is { } h1)
            {
                container = parent;
                headline = h1;
            }
        }
        headline ??= body.QuerySelector("h1");
        var date = container.QuerySelector("time");
        return (container, headline, date);
    }

    private static int Depth(IElement from, IElement ancestor)
    {
        int d = 0;
        for (var e = from; e is not null && e != ancestor; e = e.ParentElement) d++;
        return d;
    }

    /// <summary>The element whose own paragraphs hold the most text (the classic readability heuristic).</summary>
    private static IElement? DensestContainer(IElement root)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var p in root.QuerySelectorAll("p"))
            if (p.ParentElement is { } parent)
                scores[parent] = scores.GetValueOrDefault(parent) + Collapse(p.TextContent).Length;
        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    private static int ParagraphText(IElement root) => root.QuerySelectorAll("p").Sum(p => Collapse(p.TextContent).Length);

    /// <summary>A short leaf element whose text is a date ("14.09.2023, 14:47 Uhr").</summary>
    private static IElement? FindDateElement(IElement root) =>
        root.QuerySelectorAll("p, span, div").FirstOrDefault(e => e.ChildElementCount == 0 && Dateline.IsDateline(Collapse(e.TextContent)));

    /// <summary>The date element's text when it reads as a date, else its machine-readable datetime as dd.mm.yyyy.</summary>
    private static string? DatelineOf(IElement element)
    {
        var text = Collapse(element.TextContent);
        if (Dateline.IsDateline(text)) return text;
        var attr = element.GetAttribute("datetime");
        return attr is { Length: >= 10 } && DateTime.TryParseExact(attr[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
            : null;
    }

    private static (string Title, IElement Meta)? MetaTitle(IHtmlDocument document)
    {
        // Not <title>: it carries the site's name or, from converters, the file name.
        var meta = document.QuerySelector("meta[property='og:title']");
        var title = meta?.GetAttribute("content");
        return meta is null || string.IsNullOrWhiteSpace(title) ? null : (Collapse(title), meta);
    }

    /// <summary>HTML whitespace (not no-break spaces) collapsed to single spaces, trimmed.</summary>
    internal static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            }
            else sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
