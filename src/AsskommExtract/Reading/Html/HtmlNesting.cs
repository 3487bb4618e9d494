namespace AsskommExtract.Reading.Html;

/// <summary>
/// How deep a page's elements nest, counted on the raw markup before the parser sees it: the HTML
/// parser looks through its whole stack of open elements for many tags, so a page nested 100 000
/// deep costs it time by the square of the depth (and the tree walks after it a deep stack).
/// Counted: start tags minus end tags of elements that need an end tag — the ones whose end tag may
/// be left out ("&lt;p&gt;", "&lt;li&gt;", "&lt;td&gt;") close themselves and do not nest that way; void
/// elements, comments, doctypes and the text of scripts and styles do not count.
/// </summary>
internal static class HtmlNesting
{
    /// <summary>Browsers stop nesting at 512 too; real pages stay below 60.</summary>
    public const int MaxDepth = 512;

    private static readonly HashSet<string> DoNotNest = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        // end tag optional: the next one of its kind closes it
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb", "rt", "rp", "rtc", "colgroup", "caption",
        "html", "head", "body",
    };

    /// <summary>The deepest nesting reached, counting stopped as soon as it passes <paramref name="limit"/>.</summary>
    public static int Depth(string html, int limit = MaxDepth)
    {
        int depth = 0, max = 0;
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (html.AsSpan(i).StartsWith("<!--"))
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) break;
                i = close + 3;
                continue;
            }
            bool end = i + 1 < html.Length && html[i + 1] == '/';
            int n = i + (end ? 2 : 1);
            int nameStart = n;
            while (n < html.Length && (char.IsAsciiLetterOrDigit(html[n]) || html[n] == '-')) n++;
            if (n == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var name = html.AsSpan(nameStart, n - nameStart);
            int tagEnd = html.IndexOf('>', n);
            if (tagEnd < 0) break;
            bool selfClosing = html[tagEnd - 1] == '/';
            i = tagEnd + 1;
            if (!end && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                int close = html.IndexOf("</" + name.ToString(), i, StringComparison.OrdinalIgnoreCase);
                if (close < 0) break;
                i = close;
                continue;
            }
            if (selfClosing || DoNotNest.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name)) continue;
            if (end) depth = Math.Max(0, depth - 1);
            else if (++depth > max && (max = depth) > limit) return max;
        }
        return max;
    }
}
