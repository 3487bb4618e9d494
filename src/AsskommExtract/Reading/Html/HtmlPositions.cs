using System.Text;
using AngleSharp.Dom;

namespace AsskommExtract.Reading.Html;

/// <summary>
/// Where each character of the page's text nodes stands in the file's text. The parser keeps the
/// position of an element's start tag only (<c>IsKeepingSourceReferences</c>), not of text, so the
/// file is scanned once for its character data — text outside tags and comments, entities decoded,
/// line ends made "\n" as the parser does — and the text nodes, in document order, are found in it
/// from a cursor that only moves forward, resynchronised at the start tag of each node's parent or
/// preceding sibling. A node that cannot be found near there (one the parser moved, such as text
/// fostered out of a table) has no positions; its characters then stand where the text before them ended.
/// </summary>
internal sealed class HtmlPositions
{
    /// <summary>How far past its anchor a text node is looked for: whitespace the parser dropped, a stray character.</summary>
    private const int Window = 256;

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "xmp", "iframe", "noembed", "noframes" };
    private static readonly HashSet<string> EscapableRawText = new(StringComparer.OrdinalIgnoreCase) { "title", "textarea" };

    private readonly StringBuilder _chars = new();
    private readonly List<int> _starts = new(), _ends = new();
    private readonly Dictionary<IText, int> _found = new();

    private HtmlPositions() { }

    /// <summary>Finds the text nodes of <paramref name="document"/> in <paramref name="file"/>, the text it was parsed from.</summary>
    public static HtmlPositions Of(IDocument document, string file)
    {
        var positions = new HtmlPositions();
        positions.Scan(file);
        positions.Align(document);
        return positions;
    }

    /// <summary>The file span of character <paramref name="index"/> of <paramref name="node"/>'s data, or (-1, -1).</summary>
    public (int Start, int End) Of(IText node, int index) =>
        _found.TryGetValue(node, out int at) ? (_starts[at + index], _ends[at + index]) : (-1, -1);

    private void Scan(string file)
    {
        int i = 0;
        while (i < file.Length)
        {
            char c = file[i];
            if (c == '<' && TagEnd(file, i) is var (end, rawName))
            {
                i = end;
                if (rawName is null) continue;
                int close = file.IndexOf("</" + rawName, i, StringComparison.OrdinalIgnoreCase);
                if (close < 0) close = file.Length;
                bool decode = EscapableRawText.Contains(rawName);
                while (i < close) i = Character(file, i, close, decode);
                continue;
            }
            i = Character(file, i, file.Length, decode: true);
        }
    }

    /// <summary>Emits the character data at <paramref name="i"/> and returns where the next begins.</summary>
    private int Character(string file, int i, int limit, bool decode)
    {
        char c = file[i];
        if (c == '\r')
        {
            int next = i + 1 < limit && file[i + 1] == '\n' ? i + 2 : i + 1;
            Emit('\n', i, next);
            return next;
        }
        if (c == '&' && decode)
        {
            int semi = file.IndexOf(';', i + 1, Math.Min(32, limit - i - 1));
            if (semi > i + 1)
            {
                var entity = file.AsSpan(i, semi - i + 1);
                var text = System.Net.WebUtility.HtmlDecode(entity.ToString());
                if (!entity.SequenceEqual(text))
                {
                    foreach (var d in text) Emit(d, i, semi + 1);
                    return semi + 1;
                }
            }
        }
        Emit(c, i, i + 1);
        return i + 1;
    }

    private void Emit(char c, int start, int end)
    {
        _chars.Append(c);
        _starts.Add(start);
        _ends.Add(end);
    }

    /// <summary>
    /// The end of the tag or comment at <paramref name="i"/>, and the name of a start tag whose content
    /// is raw text (a script, a title); null when the '&lt;' opens no tag and is text.
    /// </summary>
    private static (int End, string? RawName)? TagEnd(string file, int i)
    {
        if (i + 1 >= file.Length) return null;
        char next = file[i + 1];
        if (file.AsSpan(i).StartsWith("<!--"))
        {
            int close = file.IndexOf("-->", i + 4, StringComparison.Ordinal);
            return (close < 0 ? file.Length : close + 3, null);
        }
        if (next is '!' or '?' || (next == '/' && i + 2 < file.Length && char.IsAsciiLetter(file[i + 2])))
        {
            int close = file.IndexOf('>', i + 1);
            return (close < 0 ? file.Length : close + 1, null);
        }
        if (!char.IsAsciiLetter(next)) return null;
        int n = i + 1;
        while (n < file.Length && (char.IsAsciiLetterOrDigit(file[n]) || file[n] == '-')) n++;
        var name = file[(i + 1)..n];
        char quote = '\0';
        for (; n < file.Length; n++)
        {
            char c = file[n];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'' && file[n - 1] == '=') quote = c;
            else if (c == '>') return (n + 1, RawText.Contains(name) || EscapableRawText.Contains(name) ? name : null);
        }
        return (file.Length, null);
    }

    private void Align(IDocument document)
    {
        int cursor = 0;
        var text = _chars.ToString();
        foreach (var node in document.Descendants<IText>())
        {
            var data = node.Data;
            if (data.Length == 0) continue;
            cursor = Math.Max(cursor, FirstAtOrAfter(Anchor(node)));
            int limit = Math.Min(text.Length - data.Length, cursor + Window);
            for (int at = cursor; at <= limit; at++)
            {
                if (text[at] != data[0] || string.CompareOrdinal(text, at, data, 0, data.Length) != 0) continue;
                _found[node] = at;
                cursor = at + data.Length;
                break;
            }
        }
    }

    /// <summary>
    /// A file position the node's text stands after: the start tag of the element right before it, else
    /// of its parent (only the nearest node is asked, so many siblings cost no more than one each).
    /// </summary>
    private static int Anchor(IText node) =>
        (node.PreviousSibling is IElement { SourceReference: { } sibling } ? sibling : node.ParentElement?.SourceReference)?.Position.Position ?? 0;

    private int FirstAtOrAfter(int position)
    {
        int i = _starts.BinarySearch(position);
        return i < 0 ? ~i : i;
    }
}
