using System.Text;
using AngleSharp.Dom;

namespace AsskommExtract.Reading.Html;

/// <summary>
/// Where each character of the page's text nodes stands in the file's text. The parser keeps the
/// position of an element's start tag only (<c>IsKeepingSourceReferences</c>), not of text, so the
/// file is scanned once for its character data — text outside tags and comments, entities decoded,
/// line ends made "\n" as the parser does — and the text nodes, in document order, are found in it
/// from a cursor that only moves forward, resynchronised at the start tag of the last element before
/// the node among its siblings, else of its parent. A node that cannot be found near there (one the parser moved, such as text
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
        if (c == '&' && decode && Entity(file, i, limit) is var (text, end))
        {
            foreach (var d in text) Emit(d, i, end);
            return end;
        }
        Emit(c, i, i + 1);
        return i + 1;
    }

    /// <summary>
    /// The character reference at <paramref name="i"/> as the parser reads it in text: "&amp;uuml;", "&amp;#228;",
    /// and the old Latin-1 names without their semicolon ("&amp;uuml" in "Gr&amp;uumlnhainichen", "&amp;amp" before a space).
    /// </summary>
    private static (string Text, int End)? Entity(string file, int i, int limit)
    {
        int n = i + 1;
        while (n < limit && n - i <= 32 && (char.IsAsciiLetterOrDigit(file[n]) || (n == i + 1 && file[n] == '#'))) n++;
        if (n < limit && file[n] == ';' && n > i + 1 && Decoded(file.AsSpan(i, n - i + 1)) is { } text) return (text, n + 1);
        n = i + 1;
        if (n < limit && file[n] == '#') return Numeric(file, i, limit);
        while (n < limit && n - i <= 8 && char.IsAsciiLetter(file[n])) n++;
        for (; n > i + 2; n--) // the longest name that is one of the old ones
        {
            if (Decoded(string.Concat(file.AsSpan(i, n - i), ";")) is { Length: 1 } legacy
                && (legacy[0] is >= '\u00A0' and <= '\u00FF' || legacy[0] is '&' or '<' or '>' or '"'))
                return (legacy, n);
        }
        return null;
    }

    /// <summary>"&amp;#228" or "&amp;#xE4" without its semicolon; a number that names no character is U+FFFD, as the parser reads it.</summary>
    private static (string Text, int End)? Numeric(string file, int i, int limit)
    {
        int n = i + 2;
        bool hex = n < limit && file[n] is 'x' or 'X';
        if (hex) n++;
        int digits = n, value = 0;
        while (n < limit && n - digits < 7 && (hex ? char.IsAsciiHexDigit(file[n]) : char.IsAsciiDigit(file[n])))
            value = value * (hex ? 16 : 10) + HexDigit(file[n++]);
        if (n == digits) return null;
        bool named = value is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF);
        return (named ? char.ConvertFromUtf32(value) : "\uFFFD", n < limit && file[n] == ';' ? n + 1 : n);
    }

    private static int HexDigit(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static string? Decoded(ReadOnlySpan<char> entity)
    {
        var text = System.Net.WebUtility.HtmlDecode(entity.ToString());
        return entity.SequenceEqual(text) ? null : text;
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

    /// <summary>
    /// Walks the tree in document order with a stack of child lists, so a node's siblings are counted
    /// once (asking a node for its previous sibling searches its parent's children) and depth costs no call stack.
    /// Each list carries its anchor: the start tag of the last element seen in it, at first its parent's.
    /// </summary>
    private void Align(IDocument document)
    {
        int cursor = 0;
        var text = _chars.ToString();
        var stack = new Stack<(INodeList Children, int Next, int Anchor)>();
        stack.Push((document.ChildNodes, 0, 0));
        while (stack.Count > 0)
        {
            var (children, next, anchor) = stack.Pop();
            if (next >= children.Length) continue;
            var child = children[next];
            int at = child is IElement { SourceReference: { } reference } ? reference.Position.Position : anchor;
            stack.Push((children, next + 1, at));
            if (child is IText node) cursor = Find(text, node, Math.Max(cursor, FirstAtOrAfter(anchor)), cursor);
            else if (child.HasChildNodes) stack.Push((child.ChildNodes, 0, at));
        }
    }

    /// <summary>Looks for the node's data from <paramref name="from"/> on; returns the cursor after it, or <paramref name="cursor"/> unchanged.</summary>
    private int Find(string text, IText node, int from, int cursor)
    {
        var data = node.Data;
        if (data.Length == 0) return cursor;
        int limit = Math.Min(text.Length - data.Length, from + Window);
        for (int at = from; at <= limit; at++)
        {
            if (text[at] != data[0] || string.CompareOrdinal(text, at, data, 0, data.Length) != 0) continue;
            _found[node] = at;
            return at + data.Length;
        }
        return cursor;
    }

    private int FirstAtOrAfter(int position)
    {
        int i = _starts.BinarySearch(position);
        return i < 0 ? ~i : i;
    }
}
