using System.Text.RegularExpressions;
using AsskommExtract.Documents;

namespace AsskommExtract.Cleaning;

/// <summary>
/// Turns a reader's text into a <see cref="Document"/>: strips Markdown, removes the letterhead
/// and footer wherever they land, rejoins the sentence they broke, undoes line-end hyphenation,
/// drops trailing link lists, and records where every character came from.
/// </summary>
public static partial class ReleaseCleaner
{
    private sealed class Line
    {
        public required List<Piece> Pieces;
        public required string Text;
        public int SourceStart;
        public bool Blank, Removed, IsHeading, IsListItem;
        public int HeadingLevel;
        public Letterhead.LineKind Letterhead;
    }

    private sealed class PreBlock
    {
        public BlockKind Kind;
        public int HeadingLevel;
        public readonly List<Line> Lines = new();
        public bool AfterLetterhead;
        public string Text = "";
    }

    public static Document Clean(string source, SourceText input)
    {
        var src = input.Text;
        var lines = SplitLines(src);
        string? dateline = MarkLetterhead(lines);
        var blocks = GroupBlocks(lines);
        DropLinkSections(blocks);
        MergeBrokenParagraphs(blocks);
        AssignKinds(blocks);
        return Assemble(source, input, blocks, input.Dateline ?? dateline);
    }

    private static List<Line> SplitLines(string src)
    {
        var lines = new List<Line>();
        int pos = 0;
        while (pos <= src.Length)
        {
            int nl = src.IndexOfAny(['\n', '\r'], pos);
            int end = nl < 0 ? src.Length : nl;
            lines.Add(ParseLine(src, pos, end));
            if (nl < 0) break;
            pos = nl + (src[nl] == '\r' && nl + 1 < src.Length && src[nl + 1] == '\n' ? 2 : 1);
        }
        return lines;
    }

    private static Line ParseLine(string src, int start, int end)
    {
        int s = start, e = end;
        while (s < e && IsSpace(src[s])) s++;
        while (e > s && IsSpace(src[e - 1])) e--;
        bool heading = false, list = false;
        int level = 0;
        if (s < e && src[s] == '#')
        {
            int h = s;
            while (h < e && src[h] == '#') h++;
            if (h - s <= 6 && (h == e || src[h] == ' '))
            {
                heading = true;
                level = h - s;
                s = h;
                while (e > s && (src[e - 1] == '#' || src[e - 1] == ' ')) e--;
            }
        }
        else if (s + 1 < e && src[s] is '-' or '+' or '*' or '•' && src[s + 1] == ' ')
        {
            list = true;
            s += 2;
        }
        while (s < e && IsSpace(src[s])) s++;
        var (pieces, text) = InlineMarkdown.Strip(src, s, e);
        text = text.Trim();
        var kind = Letterhead.Classify(text);
        // "* Kein Zugang …" is the footer's footnote, not a list item.
        if (list && kind != Letterhead.LineKind.None) list = false;
        return new Line
        {
            Pieces = pieces, Text = text, SourceStart = start, Blank = text.Length == 0,
            IsHeading = heading && text.Length > 0, HeadingLevel = level, IsListItem = list, Letterhead = kind,
        };
    }

    /// <summary>Flags letterhead lines as removed and returns the first dateline seen.</summary>
    private static string? MarkLetterhead(List<Line> lines)
    {
        string? dateline = null;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            switch (line.Letterhead)
            {
                case Letterhead.LineKind.Dateline:
                    line.Removed = true;
                    dateline ??= line.Text;
                    break;
                case Letterhead.LineKind.Line:
                case Letterhead.LineKind.NoticeEnd:
                    line.Removed = true;
                    break;
                case Letterhead.LineKind.ContactHeader:
                    // The contact's name (and maybe function) follows the header up to the next blank line.
                    line.Removed = true;
                    for (int j = i + 1; j < lines.Count && j <= i + 2 && !lines[j].Blank && lines[j].Letterhead == Letterhead.LineKind.None; j++)
                        lines[j].Removed = true;
                    break;
                case Letterhead.LineKind.FooterStart:
                    RemoveThrough(lines, i, 25);
                    break;
                case Letterhead.LineKind.NoticeStart:
                    RemoveThrough(lines, i, 4);
                    break;
            }
        }
        return dateline;
    }

    /// <summary>Removes from <paramref name="start"/> through the e-signature notice's last line, if it follows within <paramref name="window"/> lines.</summary>
    private static void RemoveThrough(List<Line> lines, int start, int window)
    {
        lines[start].Removed = true;
        for (int j = start + 1; j < lines.Count && j <= start + window; j++)
        {
            if (lines[j].Letterhead == Letterhead.LineKind.NoticeEnd)
            {
                for (int k = start; k <= j; k++) lines[k].Removed = true;
                return;
            }
        }
    }

    private static List<PreBlock> GroupBlocks(List<Line> lines)
    {
        var blocks = new List<PreBlock>();
        PreBlock? current = null;
        bool letterheadSinceLastBlock = false;
        PreBlock Start(BlockKind kind)
        {
            var b = new PreBlock { Kind = kind, AfterLetterhead = letterheadSinceLastBlock };
            letterheadSinceLastBlock = false;
            blocks.Add(b);
            return b;
        }
        foreach (var line in lines)
        {
            if (line.Removed)
            {
                current = null;
                letterheadSinceLastBlock = true;
                continue;
            }
            if (line.Blank) { current = null; continue; }
            if (line.IsHeading)
            {
                var h = Start(BlockKind.Heading);
                h.HeadingLevel = line.HeadingLevel;
                h.Lines.Add(line);
                current = null;
                continue;
            }
            if (line.IsListItem) current = Start(BlockKind.ListItem);
            current ??= Start(BlockKind.Paragraph);
            current.Lines.Add(line);
        }
        foreach (var b in blocks) b.Text = string.Join(' ', b.Lines.Select(l => l.Text));
        return blocks;
    }

    [GeneratedRegex(@"^(Links|Medien|Downloads?|Dokumente|Bilder|Fotos|Weiterführende\s+Links|Mehr\s+zum\s+Thema|Verwandte\s+Themen|Teilen)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkSectionRegex();

    /// <summary>A trailing "Links:" or "Medien:" section lists downloads and pages, not release text.</summary>
    private static void DropLinkSections(List<PreBlock> blocks)
    {
        for (int i = 1; i < blocks.Count; i++)
        {
            if (LinkSectionRegex().IsMatch(blocks[i].Text))
            {
                blocks.RemoveRange(i, blocks.Count - i);
                return;
            }
        }
    }

    /// <summary>
    /// Rejoins a paragraph that a removed footer or a page break cut in two: the first part
    /// has no closing punctuation, and the second starts in lower case or followed the footer.
    /// </summary>
    private static void MergeBrokenParagraphs(List<PreBlock> blocks)
    {
        for (int i = blocks.Count - 1; i >= 2; i--)
        {
            var prev = blocks[i - 1];
            var cur = blocks[i];
            if (prev.Kind == BlockKind.Heading || cur.Kind != BlockKind.Paragraph) continue;
            if (EndsClosed(prev.Text)) continue;
            bool lower = cur.Text.Length > 0 && char.IsLower(cur.Text[0]);
            if (lower || (cur.AfterLetterhead && prev.Text.Length > 60))
            {
                prev.Lines.AddRange(cur.Lines);
                prev.Text += " " + cur.Text;
                blocks.RemoveAt(i);
            }
        }
    }

    private static bool EndsClosed(string text)
    {
        int n = text.Length;
        while (n > 0 && (SentenceSplitter.IsClosingQuote(text[n - 1]) || text[n - 1] == '*')) n--;
        return n > 0 && text[n - 1] is '.' or '!' or '?' or ':' or ';';
    }

    private static void AssignKinds(List<PreBlock> blocks)
    {
        if (blocks.Count == 0) return;
        var first = blocks[0];
        if (first.Kind == BlockKind.Heading || (first.Kind == BlockKind.Paragraph && first.Text.Length <= 300 && !first.Text.EndsWith('.')))
            first.Kind = BlockKind.Title;
        for (int i = 1; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // A short line without closing punctuation ("Hintergrund:", "Hintergrundinformationen zu »ASSKomm«") is a heading.
            if (b.Kind == BlockKind.Paragraph && b.Lines.Count == 1 && b.Text.Length <= 100 && (b.Text.EndsWith(':') || !EndsClosed(b.Text)))
                b.Kind = BlockKind.Heading;
        }
    }

    private static Document Assemble(string source, SourceText input, List<PreBlock> pre, string? dateline)
    {
        var src = input.Text;
        var tb = new TextBuilder();
        var blocks = new List<Block>(pre.Count);
        foreach (var b in pre)
        {
            if (tb.Length > 0) tb.Insert("\n\n", b.Lines[0].SourceStart);
            int start = tb.Length;
            for (int li = 0; li < b.Lines.Count; li++)
            {
                var line = b.Lines[li];
                if (li > 0) JoinLines(tb, start, b.Lines[li - 1].Text, line.Text, line.SourceStart);
                foreach (var piece in line.Pieces) AppendNormalised(tb, src, piece, start);
            }
            tb.TrimEnd();
            if (tb.Length > start) blocks.Add(new Block(b.Kind, start, tb.Length));
            else if (start > 0) tb.Truncate(start - 2);
        }
        return new Document(source, tb.ToString(), blocks, dateline, tb.BuildMap(), input);
    }

    /// <summary>Joins two lines of one paragraph: undoes "Präventions-\nrat", keeps "Hand-in-\nHand", else a space.</summary>
    private static void JoinLines(TextBuilder tb, int blockStart, string prev, string next, int sourceOffset)
    {
        if (prev.Length >= 2 && prev[^1] == '-' && char.IsLetter(prev[^2]) && next.Length > 0)
        {
            int w = next.IndexOf(' ');
            var firstWord = w < 0 ? next : next[..w];
            bool conjunction = firstWord is "und" or "oder" or "bzw." or "sowie" or "als";
            if (conjunction)
            {
                tb.Insert(" ", sourceOffset);
                return;
            }
            if (char.IsLower(next[0]) && !firstWord.Contains('-'))
            {
                tb.Truncate(tb.Length - 1);
                return;
            }
            return; // keep the hyphen of a compound: "Präventions-Strukturen", "Hand-in-Hand"
        }
        if (tb.Length > blockStart && tb[tb.Length - 1] != ' ') tb.Insert(" ", sourceOffset);
    }

    /// <summary>Copies a piece with whitespace runs collapsed, soft hyphens dropped and no-break spaces made plain.</summary>
    private static void AppendNormalised(TextBuilder tb, string src, Piece piece, int blockStart)
    {
        if (piece.Literal is not null)
        {
            tb.Insert(piece.Literal, piece.SourceStart);
            return;
        }
        int end = piece.SourceStart + piece.Length;
        int run = piece.SourceStart;
        for (int i = piece.SourceStart; i < end; i++)
        {
            char c = src[i];
            if (c == '\u00AD')
            {
                tb.Copy(src, run, i - run);
                run = i + 1;
            }
            else if (IsSpace(c))
            {
                tb.Copy(src, run, i - run);
                int j = i;
                while (j < end && IsSpace(src[j])) j++;
                bool atStart = tb.Length == blockStart || tb[tb.Length - 1] == ' ';
                if (!atStart)
                {
                    if (c == ' ' && j == i + 1) tb.Copy(src, i, 1);
                    else tb.Insert(" ", i);
                }
                run = j;
                i = j - 1;
            }
        }
        tb.Copy(src, run, end - run);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F' or '\f' or '\v';
}
