using System.Text;
using AngleSharp.Dom;
using AsskommExtract.Extractors.Dates;

namespace AsskommExtract.Reading.Html;

/// <summary>
/// Writes an element's content as the text reader's shape: one block per paragraph, "- " list
/// items, "## " sub-headings, a &lt;br&gt; as a line break inside the paragraph, whitespace collapsed.
/// </summary>
internal sealed class HtmlBlockWriter(List<string> blocks, IElement?[] skip)
{
    private static readonly HashSet<string> BlockTags =
    [
        "p", "div", "section", "article", "main", "blockquote", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody",
        "tr", "pre", "header", "hgroup", "center", "details", "summary", "address", "figcaption",
    ];

    private readonly StringBuilder _inline = new();
    private readonly int _firstBlock = blocks.Count;
    private string _prefix = "";
    private IElement? _startAfter;

    public void Write(IElement container, IElement? startAfter)
    {
        _startAfter = startAfter;
        Walk(container);
        Flush();
    }

    /// <summary>A date standing alone among the first blocks ("Zittau, 8. Februar 2021") is the dateline, not text.</summary>
    public string? TakeLeadingDateline(bool afterHeadline)
    {
        for (int i = _firstBlock; i < Math.Min(blocks.Count, _firstBlock + 3); i++)
        {
            if (Dateline.IsDateline(blocks[i]))
            {
                var line = blocks[i];
                blocks.RemoveAt(i);
                return line;
            }
            if (blocks[i].Length > 80 && afterHeadline) break;
        }
        return null;
    }

    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                if (_startAfter is null) Append(text.Data);
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
                    _inline.Append('\n');
                    break;
                case "li":
                    Block(e, "- ");
                    break;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    Block(e, "## ");
                    break;
                case "td" or "th":
                    Walk(e);
                    _inline.Append(' ');
                    break;
                case "q":
                    _inline.Append('„');
                    Walk(e);
                    _inline.Append('“');
                    break;
                case var name when BlockTags.Contains(name):
                    Block(e, "");
                    break;
                default:
                    Walk(e);
                    break;
            }
        }
    }

    private void Block(IElement e, string prefix)
    {
        Flush();
        _prefix = prefix;
        Walk(e);
        Flush();
    }

    private void Append(string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (_inline.Length > 0 && _inline[^1] is not (' ' or '\n')) _inline.Append(' ');
            }
            else _inline.Append(c);
        }
    }

    private void Flush()
    {
        var lines = _inline.ToString().Split('\n').Select(l => l.Trim(' ')).Where(l => l.Length > 0).ToList();
        _inline.Clear();
        if (lines.Count == 0) return;
        // A heading must stay one line for the cleaner to see it as one.
        blocks.Add(_prefix == "## " ? _prefix + string.Join(' ', lines) : _prefix + string.Join('\n', lines));
        _prefix = "";
    }
}
