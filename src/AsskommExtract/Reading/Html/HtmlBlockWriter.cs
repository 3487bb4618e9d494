using System.Text;
using AngleSharp.Dom;
using AsskommExtract.Documents;
using AsskommExtract.Extractors.Dates;

namespace AsskommExtract.Reading.Html;

/// <summary>A block of a web page: its kind, heading level and lines, each character with its file span.</summary>
internal sealed record HtmlBlock(BlockKind Kind, int HeadingLevel, List<HtmlLine> Lines)
{
    public string Text => string.Join('\n', Lines.Select(l => l.Text));
}

internal sealed record HtmlLine(string Text, int[] Starts, int[] Ends);

/// <summary>
/// Writes an element's content as blocks: one per paragraph, list item and heading (h1 level 1,
/// h2–h6 level 2), a &lt;br&gt; as a line break inside the block, whitespace collapsed as a browser
/// shows it. The text is what the page shows, nothing added: a "#" or "-" opening a paragraph is text.
/// </summary>
internal sealed class HtmlBlockWriter(HtmlPositions positions, IElement?[] skip)
{
    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
        "tr", "pre", "header", "hgroup", "center", "details", "summary", "address", "figcaption",
    ];

    private readonly StringBuilder _inline = new();
    private readonly List<int> _starts = new(), _ends = new();
    private BlockKind _kind = BlockKind.Paragraph;
    private int _level;
    private IElement? _startAfter;
    private int _firstBlock;

    public List<HtmlBlock> Blocks { get; } = new();

    /// <summary>The page's headline: all its text as one line, whatever elements it holds.</summary>
    public void Headline(IElement headline)
    {
        _kind = BlockKind.Heading;
        _level = 1;
        foreach (var text in headline.Descendants<IText>()) Append(text);
        Flush();
    }

    /// <summary>A headline from outside the text (a meta element's content): its characters stand at the element.</summary>
    public void Headline(string title, IElement from)
    {
        int at = from.SourceReference?.Position.Position ?? -1;
        var spans = Enumerable.Repeat(at, title.Length).ToArray();
        Blocks.Add(new HtmlBlock(BlockKind.Heading, 1, [new HtmlLine(title, spans, spans)]));
    }

    public void Write(IElement container, IElement? startAfter)
    {
        _firstBlock = Blocks.Count;
        _startAfter = startAfter;
        Walk(container);
        Flush();
    }

    /// <summary>A date standing alone among the first blocks ("Zittau, 8. Februar 2021") is the dateline, not text.</summary>
    public string? TakeLeadingDateline(bool afterHeadline)
    {
        for (int i = _firstBlock; i < Math.Min(Blocks.Count, _firstBlock + 3); i++)
        {
            var text = Blocks[i].Text;
            if (Dateline.IsDateline(text))
            {
                Blocks.RemoveAt(i);
                return text;
            }
            if (text.Length > 80 && afterHeadline) break;
        }
        return null;
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                if (_startAfter is null) Append(text);
                continue;
            }
            if (child is not IElement e) continue;
            if (_startAfter is not null)
            {
                if (e == _startAfter) _startAfter = null;
                else if (e.Contains(_startAfter)) Walk(e);
                continue;
            }
            if (Array.IndexOf(skip, e) >= 0) continue;
            switch (e.LocalName)
            {
                case "br":
                    Made('\n');
                    break;
                case "li":
                    Block(e, BlockKind.ListItem, 0);
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Block(e, BlockKind.Heading, 2);
                    break;
                case "td" or "th":
                    Walk(e);
                    Made(' ');
                    break;
                case "q":
                    Made('„');
                    Walk(e);
                    Made('“');
                    break;
                case var name when BlockTags.Contains(name):
                    Block(e, BlockKind.Paragraph, 0);
                    break;
                default:
                    Walk(e);
                    break;
            }
        }
    }

    private void Block(IElement e, BlockKind kind, int level)
    {
        Flush();
        (_kind, _level) = (kind, level);
        Walk(e);
        Flush();
    }

    /// <summary>A character the page implies but does not hold (a line break, a quotation mark): no file span.</summary>
    private void Made(char c)
    {
        _inline.Append(c);
        _starts.Add(-1);
        _ends.Add(-1);
    }

    /// <summary>Appends a text node's data, each run of whitespace one space that spans the whole run.</summary>
    private void Append(IText node)
    {
        var data = node.Data;
        for (int i = 0; i < data.Length; i++)
        {
            var (start, end) = positions.Of(node, i);
            if (data[i] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (_inline.Length == 0 || _inline[^1] == '\n') continue;
                if (_inline[^1] == ' ')
                {
                    if (end >= 0 && _ends[^1] >= 0) _ends[^1] = end;
                    continue;
                }
                _inline.Append(' ');
            }
            else _inline.Append(data[i]);
            _starts.Add(start);
            _ends.Add(end);
        }
    }

    private void Flush()
    {
        var lines = new List<HtmlLine>();
        int from = 0;
        for (int i = 0; i <= _inline.Length; i++)
        {
            if (i < _inline.Length && _inline[i] != '\n') continue;
            int s = from, e = i;
            while (s < e && _inline[s] == ' ') s++;
            while (e > s && _inline[e - 1] == ' ') e--;
            if (e > s) lines.Add(new HtmlLine(_inline.ToString(s, e - s), _starts.GetRange(s, e - s).ToArray(), _ends.GetRange(s, e - s).ToArray()));
            from = i + 1;
        }
        _inline.Clear();
        _starts.Clear();
        _ends.Clear();
        if (lines.Count > 0)
        {
            // A heading is one line: its <br> breaks are spaces.
            Blocks.Add(new HtmlBlock(_kind, _level, _kind == BlockKind.Heading ? [Joined(lines)] : lines));
        }
        (_kind, _level) = (BlockKind.Paragraph, 0);
    }

    private static HtmlLine Joined(List<HtmlLine> lines)
    {
        if (lines.Count == 1) return lines[0];
        var text = string.Join(' ', lines.Select(l => l.Text));
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        foreach (var line in lines)
        {
            if (starts.Count > 0) { starts.Add(-1); ends.Add(-1); }
            starts.AddRange(line.Starts);
            ends.AddRange(line.Ends);
        }
        return new HtmlLine(text, [.. starts], [.. ends]);
    }
}
