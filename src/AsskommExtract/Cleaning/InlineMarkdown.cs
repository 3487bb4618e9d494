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
        int runStart = -1;
        void Flush(int upTo)
        {
            if (runStart >= 0 && upTo > runStart) pieces.Add(new Piece(runStart, upTo - runStart));
            runStart = -1;
        }
        void Keep(int i) { if (runStart < 0) runStart = i; }

        int pendingClose = -1;
        int p = start;
        while (p < end)
        {
            char c = src[p];
            if (c == '*' || c == '_')
            {
                int run = p;
                while (run < end && src[run] == c) run++;
                // "**bold**", "***both***": a run of two or more is always markup.
                bool markup = run - p >= 2 || p == pendingClose;
                if (!markup && pendingClose < p && IsEmphasisOpener(src, start, end, p, out int close))
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
            if (c == '!' && p + 1 < end && src[p + 1] == '[' && TryLink(src, p + 1, end, out _, out _, out int imgEnd))
            {
                Flush(p);
                p = imgEnd;
                continue;
            }
            if (c == '[' && TryLink(src, p, end, out int textStart, out int textEnd, out int linkEnd))
            {
                Flush(p);
                var (inner, _) = Strip(src, textStart, textEnd);
                pieces.AddRange(inner);
                p = linkEnd;
                continue;
            }
            if (c == '<')
            {
                int close = src.IndexOf('>', p + 1, end - p - 1);
                if (close > p + 1)
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
    private static bool IsEmphasisOpener(string src, int start, int end, int p, out int close)
    {
        close = -1;
        char c = src[p];
        bool leftOk = p == start || !char.IsLetterOrDigit(src[p - 1]);
        if (!leftOk || p + 1 >= end || char.IsWhiteSpace(src[p + 1])) return false;
        for (int i = p + 2; i < end; i++)
        {
            if (src[i] != c || char.IsWhiteSpace(src[i - 1])) continue;
            if (i + 1 < end && (char.IsLetterOrDigit(src[i + 1]) || src[i + 1] == c)) continue;
            close = i;
            return true;
        }
        return false;
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
    private static bool TryLink(string src, int open, int end, out int textStart, out int textEnd, out int linkEnd)
    {
        textStart = open + 1;
        textEnd = linkEnd = -1;
        int depth = 0;
        for (int i = open; i < end; i++)
        {
            if (src[i] == '[') depth++;
            else if (src[i] == ']' && --depth == 0)
            {
                if (i + 1 >= end || src[i + 1] != '(') return false;
                int close = src.IndexOf(')', i + 2, end - i - 2);
                if (close < 0) return false;
                textEnd = i;
                linkEnd = close + 1;
                return true;
            }
        }
        return false;
    }
}
