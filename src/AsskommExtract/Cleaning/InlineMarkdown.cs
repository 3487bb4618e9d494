using System.Text;

namespace AsskommExtract.Cleaning;

/// <summary>A piece of a cleaned line: a run copied from the source, or a literal with a source position.</summary>
internal readonly record struct Piece(int SourceStart, int Length, string? Literal = null)
{
    public int TextLength => Literal?.Length ?? Length;
}

/// <summary>
/// Removes inline Markdown (bold, italics, escapes, links, autolinks, code ticks, HTML tags and entities) from one line,
/// keeping track of where each remaining character came from.
/// </summary>
internal static class InlineMarkdown
{
    public static (List<Piece> Pieces, string Text) Strip(string src, int start, int end)
    {
        var pieces = new List<Piece>();
        LineIndex? lineIndex = null;
        int lineStart = start, lineEnd = end; // start and end narrow to a link's text below; the index covers the line
        LineIndex Index() => lineIndex ??= new LineIndex(src, lineStart, lineEnd);
        int runStart = -1;
        void Flush(int upTo)
        {
            if (runStart >= 0 && upTo > runStart) pieces.Add(new Piece(runStart, upTo - runStart));
            runStart = -1;
        }
        void Keep(int i) { if (runStart < 0) runStart = i; }

        // A link's text is stripped by the same rules; the frames of the links it sits in wait on a
        // stack, not the call stack, so "[[[…](u)](u)](u)" nests as deep as the line without overflowing.
        Stack<(int Resume, int Start, int End, int PendingClose)>? outer = null;
        int pendingClose = -1;
        int p = start;
        while (true)
        {
            if (p >= end)
            {
                if (outer is not { Count: > 0 }) break;
                Flush(end);
                (p, start, end, pendingClose) = outer.Pop();
                continue;
            }
            char c = src[p];
            if (c == '*' || c == '_')
            {
                int run = p;
                while (run < end && src[run] == c) run++;
                // "**bold**", "***both***": a run of two or more is always markup.
                bool markup = run - p >= 2 || p == pendingClose;
                if (!markup && pendingClose < p && IsEmphasisOpener(src, start, end, p, Index(), out int close))
                {
                    markup = true;
                    pendingClose = close;
                }
                if (markup)
                {
                    Flush(p);
                    p = run;
                    continue;
                }
            }
            if (c == '&' && TryEntity(src, p, end, out int entityEnd, out string? decoded))
            {
                Flush(p);
                pieces.Add(new Piece(p, entityEnd - p, decoded));
                p = entityEnd;
                continue;
            }
            if (c == '\\' && p + 1 < end && char.IsAsciiLetterOrDigit(src[p + 1]) is false && !char.IsWhiteSpace(src[p + 1]))
            {
                Flush(p);
                runStart = p + 1;
                p += 2;
                continue;
            }
            if (c == '`')
            {
                Flush(p);
                p++;
                continue;
            }
            if (c == '!' && p + 1 < end && src[p + 1] == '[' && TryLink(src, p + 1, end, Index(), out _, out _, out int imgEnd))
            {
                Flush(p);
                p = imgEnd;
                continue;
            }
            if (c == '[' && TryLink(src, p, end, Index(), out int textStart, out int textEnd, out int linkEnd))
            {
                Flush(p);
                (outer ??= new()).Push((linkEnd, start, end, pendingClose));
                (p, start, end, pendingClose) = (textStart, textStart, textEnd, -1);
                continue;
            }
            if (c == '<')
            {
                int close = Index().Next('>', p + 1);
                if (close > p + 1 && close < end)
                {
                    var inside = src.AsSpan(p + 1, close - p - 1);
                    bool autolink = inside.StartsWith("http", StringComparison.OrdinalIgnoreCase) || inside.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
                    if (autolink)
                    {
                        Flush(p);
                        runStart = p + 1;
                        Flush(close);
                        p = close + 1;
                        continue;
                    }
                    if (IsHtmlTagName(inside))
                    {
                        Flush(p);
                        p = close + 1;
                        continue;
                    }
                }
            }
            Keep(p);
            p++;
        }
        Flush(end);
        var sb = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Literal is not null) sb.Append(piece.Literal);
            else sb.Append(src, piece.SourceStart, piece.Length);
        }
        return (pieces, sb.ToString());
    }

    /// <summary>
    /// A single '*' or '_' opens emphasis when it starts a word and a matching closer ends a word
    /// later on the line ("*kursiv*", "_so_"); "Bürger*innen" and "5 * 3" are text.
    /// </summary>
    private static bool IsEmphasisOpener(string src, int start, int end, int p, LineIndex index, out int close)
    {
        close = -1;
        char c = src[p];
        bool leftOk = p == start || !char.IsLetterOrDigit(src[p - 1]);
        if (!leftOk || p + 1 >= end || char.IsWhiteSpace(src[p + 1])) return false;
        int i = index.NextCloser(c, p + 2);
        if (i < 0 || i >= end) return false;
        close = i;
        return true;
    }

    /// <summary>An HTML entity ("&amp;amp;", "&amp;nbsp;", "&amp;#228;") as the character it stands for; a no-break space becomes a plain one.</summary>
    private static bool TryEntity(string src, int p, int end, out int entityEnd, out string? decoded)
    {
        entityEnd = -1;
        decoded = null;
        int semi = src.IndexOf(';', p + 1, Math.Min(10, end - p - 1));
        if (semi < p + 2) return false;
        var entity = src.Substring(p, semi - p + 1);
        var text = System.Net.WebUtility.HtmlDecode(entity);
        if (text == entity) return false;
        decoded = text.Replace('\u00A0', ' ');
        entityEnd = semi + 1;
        return true;
    }

    private static bool IsHtmlTagName(ReadOnlySpan<char> inside)
    {
        if (inside[0] == '/') inside = inside[1..];
        int n = 0;
        while (n < inside.Length && char.IsAsciiLetterOrDigit(inside[n])) n++;
        if (n == 0) return false;
        var name = inside[..n].ToString().ToLowerInvariant();
        return name is "br" or "b" or "strong" or "i" or "em" or "span" or "p" or "div" or "u" or "sup" or "sub" or "a" or "small";
    }

    /// <summary>Matches [text](target) starting at '['.</summary>
    private static bool TryLink(string src, int open, int end, LineIndex index, out int textStart, out int textEnd, out int linkEnd)
    {
        textStart = open + 1;
        textEnd = linkEnd = -1;
        int i = index.MatchingBracket(open);
        if (i < 0 || i >= end) return false;
        if (i + 1 >= end || src[i + 1] != '(') return false;
        int close = index.Next(')', i + 2);
        if (close < 0 || close >= end) return false;
        textEnd = i;
        linkEnd = close + 1;
        return true;
    }

    /// <summary>
    /// What the rules above look ahead for — the next closer, bracket or character — computed once per
    /// line on first use, so each look-up is constant time and stripping a line stays linear in its length
    /// ("[[[[…", "_a _a _a …", "&lt;&lt;&lt;…" each rescanned the rest of the line before).
    /// </summary>
    private sealed class LineIndex(string src, int start, int end)
    {
        private int[]? _nextStar, _nextUnderscore, _nextParen, _nextAngle, _bracketMatch;

        /// <summary>The first position at or after <paramref name="from"/> holding <paramref name="c"/> (')' or '>'), or -1.</summary>
        public int Next(char c, int from)
        {
            ref var table = ref c == ')' ? ref _nextParen : ref _nextAngle;
            table ??= NextWhere(i => src[i] == c);
            return from >= end ? -1 : table[from - start];
        }

        /// <summary>
        /// The first '*' or '_' at or after <paramref name="from"/> that ends a word: after a non-space,
        /// not followed by a letter, digit or the same character ("*kursiv*", "_so_").
        /// </summary>
        public int NextCloser(char c, int from)
        {
            ref var table = ref c == '*' ? ref _nextStar : ref _nextUnderscore;
            table ??= NextWhere(i => src[i] == c && i > start && !char.IsWhiteSpace(src[i - 1])
                && !(i + 1 < end && (char.IsLetterOrDigit(src[i + 1]) || src[i + 1] == c)));
            return from >= end ? -1 : table[from - start];
        }

        /// <summary>The ']' that closes the '[' at <paramref name="open"/>, brackets between counted, or -1.</summary>
        public int MatchingBracket(int open)
        {
            if (_bracketMatch is null)
            {
                _bracketMatch = new int[end - start];
                Array.Fill(_bracketMatch, -1);
                var opens = new Stack<int>();
                for (int i = start; i < end; i++)
                {
                    if (src[i] == '[') opens.Push(i);
                    else if (src[i] == ']' && opens.Count > 0) _bracketMatch[opens.Pop() - start] = i;
                }
            }
            return _bracketMatch[open - start];
        }

        private int[] NextWhere(Func<int, bool> hit)
        {
            var table = new int[end - start];
            int next = -1;
            for (int i = end - 1; i >= start; i--)
            {
                if (hit(i)) next = i;
                table[i - start] = next;
            }
            return table;
        }
    }
}
