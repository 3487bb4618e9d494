using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using AsskommExtract.Documents;
using AsskommExtract.Extractors.Municipalities;
using AsskommExtract.Extractors.Dates;
using AsskommExtract.Text;

namespace AsskommExtract.Cleaning;

/// <summary>
/// Turns a reader's text into a <see cref="Document"/>: reads a text file's Markdown or takes a
/// structured reader's blocks as they are, removes the letterhead
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
        /// <summary>'=', '-', '*' or '_' for a line that is only that character (a Setext underline or a rule), else '\0'.</summary>
        public char Rule;
    }

    private sealed class PreBlock
    {
        public BlockKind Kind;
        public int HeadingLevel;
        public readonly List<Line> Lines = new();
        public bool AfterLetterhead;
        /// <summary>A dateline was among the removed lines before it: on a web page it stands between headline and body.</summary>
        public bool AfterDateline;
        public string Text = "";
        /// <summary>The boilerplate stage's verdict, asked once per block and only of the blocks around the headline.</summary>
        public BlockJudgement? Judgement;

        public BlockJudgement Judge() => Judgement ??= Boilerplate.Judge(Text);
        public bool IsFurniture => Judge().IsFurniture;
    }

    public static Document Clean(string source, SourceText input)
    {
        var src = input.Text;
        List<Line> lines;
        if (input.Blocks is { } structure) lines = LinesOf(src, structure);
        else
        {
            lines = SplitLines(src);
            MarkSetextHeadings(lines);
        }
        string? dateline = MarkLetterhead(lines);
        var blocks = GroupBlocks(lines);
        DropLinkSections(blocks);
        SplitHead(blocks, OneParagraphPerLine(lines));
        SplitHeadlineFromBody(blocks);
        MergeBrokenParagraphs(blocks);
        var glued = AssignKinds(src, blocks);
        return Assemble(source, input, blocks, input.Dateline ?? dateline ?? glued);
    }

    private static List<Line> SplitLines(string src)
    {
        var lines = new List<Line>();
        int pos = 0;
        while (pos <= src.Length)
        {
            int at = src.AsSpan(pos).IndexOfAny('\n', '\r');
            int nl = at < 0 ? -1 : pos + at;
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
        // "> quoted" (Markdown block quote): the text counts, the marker does not.
        while (s < e && src[s] == '>' && (s + 1 == e || src[s + 1] == ' '))
        {
            s++;
            while (s < e && IsSpace(src[s])) s++;
        }
        if (IsRule(src, s, e)) return new Line { Pieces = [], Text = "", SourceStart = start, Blank = true, Rule = src[s] };
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
        return MakeLine(pieces, text, start, heading, level, list);
    }

    /// <summary>
    /// A structured reader's blocks as lines, a blank line between blocks: the kinds are the reader's and
    /// the text is literal (no Markdown: a "# " or "- " opening a web page's paragraph is text).
    /// </summary>
    private static List<Line> LinesOf(string src, IReadOnlyList<ReaderBlock> blocks)
    {
        var lines = new List<Line>();
        foreach (var block in blocks)
        {
            if (block.Lines.Count == 0) continue;
            if (lines.Count > 0) lines.Add(new Line { Pieces = [], Text = "", SourceStart = block.Lines[0].Start, Blank = true });
            for (int i = 0; i < block.Lines.Count; i++)
            {
                int s = block.Lines[i].Start, e = block.Lines[i].End;
                while (s < e && IsSpace(src[s])) s++;
                while (e > s && IsSpace(src[e - 1])) e--;
                // A list item's mark was its first line's: the lines after it continue the item, as in Markdown.
                lines.Add(MakeLine([new Piece(s, e - s)], src[s..e], block.Lines[i].Start,
                    heading: block.Kind == BlockKind.Heading, level: block.HeadingLevel, list: i == 0 && block.Kind == BlockKind.ListItem));
            }
        }
        return lines;
    }

    private static Line MakeLine(List<Piece> pieces, string text, int start, bool heading, int level, bool list)
    {
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

    /// <summary>"===", "- - -", "***": a horizontal rule or a Setext heading's underline.</summary>
    private static bool IsRule(string src, int s, int e)
    {
        if (s >= e || src[s] is not ('=' or '-' or '*' or '_')) return false;
        int n = 0;
        for (int i = s; i < e; i++)
        {
            if (src[i] == src[s]) n++;
            else if (!IsSpace(src[i])) return false;
        }
        return n >= 3;
    }

    /// <summary>A single text line above "===" or "---" is a Setext heading.</summary>
    private static void MarkSetextHeadings(List<Line> lines)
    {
        for (int i = 1; i < lines.Count; i++)
        {
            if (lines[i].Rule is not ('=' or '-')) continue;
            var above = lines[i - 1];
            if (above.Blank || above.IsHeading || above.IsListItem || (i >= 2 && !lines[i - 2].Blank)) continue;
            above.IsHeading = true;
            above.HeadingLevel = lines[i].Rule == '=' ? 1 : 2;
        }
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
                    // The contact's name follows the header, maybe a function line after it; a line
                    // that reads like running text (the body the column interrupted) stays.
                    line.Removed = true;
                    for (int j = i + 1; j < lines.Count && j <= i + 2 && !lines[j].Blank && lines[j].Letterhead == Letterhead.LineKind.None && Letterhead.IsContactLine(lines[j].Text, nameLine: j == i + 1); j++)
                        lines[j].Removed = true;
                    break;
                case Letterhead.LineKind.FooterStart:
                    RemoveThrough(lines, i, 25);
                    break;
                case Letterhead.LineKind.NoticeStart:
                    RemoveThrough(lines, i, 6);
                    break;
            }
        }
        return dateline;
    }

    /// <summary>
    /// Removes from <paramref name="start"/> through the e-signature notice's last line, if it follows
    /// within <paramref name="window"/> lines; a notice wrapped after "vermerkten" loses its last word too.
    /// </summary>
    private static void RemoveThrough(List<Line> lines, int start, int window)
    {
        lines[start].Removed = true;
        for (int j = start; j < lines.Count && j <= start + window; j++)
        {
            if (lines[j].Letterhead != Letterhead.LineKind.NoticeEnd && !(j > start && Letterhead.IsNoticeTail(lines[j].Text))) continue;
            if (j + 1 < lines.Count && Letterhead.IsNoticeTail(lines[j + 1].Text) && !Letterhead.IsNoticeTail(lines[j].Text)) j++;
            for (int k = start; k <= j; k++) lines[k].Removed = true;
            return;
        }
    }

    private static List<PreBlock> GroupBlocks(List<Line> lines)
    {
        var blocks = new List<PreBlock>();
        PreBlock? current = null;
        bool letterheadSinceLastBlock = false, datelineSinceLastBlock = false;
        PreBlock Start(BlockKind kind)
        {
            var b = new PreBlock { Kind = kind, AfterLetterhead = letterheadSinceLastBlock, AfterDateline = datelineSinceLastBlock };
            letterheadSinceLastBlock = datelineSinceLastBlock = false;
            blocks.Add(b);
            return b;
        }
        foreach (var line in lines)
        {
            if (line.Removed)
            {
                current = null;
                letterheadSinceLastBlock = true;
                datelineSinceLastBlock |= line.Letterhead == Letterhead.LineKind.Dateline;
                continue;
            }
            if (line.Blank) { current = null; continue; }
            if (line.IsHeading)
            {
                // "## Treuen gründet Kommunalen\n## Präventionsrat": one heading wrapped over adjacent lines.
                if (current is { Kind: BlockKind.Heading } open && open.HeadingLevel == line.HeadingLevel)
                {
                    open.Lines.Add(line);
                    continue;
                }
                var h = Start(BlockKind.Heading);
                h.HeadingLevel = line.HeadingLevel;
                h.Lines.Add(line);
                current = h;
                continue;
            }
            if (line.IsListItem || current?.Kind == BlockKind.Heading) current = null;
            if (line.IsListItem) current = Start(BlockKind.ListItem);
            current ??= Start(BlockKind.Paragraph);
            current.Lines.Add(line);
        }
        foreach (var b in blocks) b.Text = string.Join(' ', b.Lines.Select(l => l.Text));
        return blocks;
    }

    [GeneratedRegex(@"^(Links|Medien|Downloads?|Dokumente|Bilder|Fotos|Weiterführende\s+Links|Mehr\s+zum\s+Thema|Verwandte\s+Themen|Teilen)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LinkSectionRegex();

    /// <summary>
    /// A trailing "Links:" or "Medien:" section lists downloads and pages, not release text. Only after
    /// the body has begun: in a page's head the same words are menu items ("Drucken", "Teilen", "Bilder")
    /// and the article is still to come.
    /// </summary>
    private static void DropLinkSections(List<PreBlock> blocks)
    {
        bool bodySeen = false;
        for (int i = 1; i < blocks.Count; i++)
        {
            bodySeen |= blocks[i - 1].Kind == BlockKind.Paragraph && (IsSentence(blocks[i - 1].Text) || Boilerplate.Measure(blocks[i - 1].Text).IsProse);
            if (bodySeen && LinkSectionRegex().IsMatch(blocks[i].Text))
            {
                blocks.RemoveRange(i, blocks.Count - i);
                return;
            }
        }
    }

    /// <summary>
    /// Rejoins a paragraph that a removed footer or a page break cut in two: the first part
    /// has no closing punctuation, and the second starts in lower case, or the first ends in a
    /// word that cannot end a sentence ("der", "und", a comma), or the footer stood between them.
    /// </summary>
    private static void MergeBrokenParagraphs(List<PreBlock> blocks)
    {
        // Each join is decided on the two blocks as they came (the start of the later one, the end of the
        // earlier one), then every run of joined blocks is built once: joining pair by pair re-copied the
        // growing paragraph for every block ("a⏎⏎a⏎⏎…" cost gigabytes).
        var joins = new bool[blocks.Count];
        for (int i = 2; i < blocks.Count; i++)
        {
            var prev = blocks[i - 1];
            var cur = blocks[i];
            if (prev.Kind == BlockKind.Heading || cur.Kind != BlockKind.Paragraph) continue;
            if (SentenceSplitter.EndsClosed(prev.Text)) continue;
            bool lower = cur.Text.Length > 0 && char.IsLower(cur.Text[0]);
            // A list item ("- Anzeige -") is continued only by a lower-case start: a capital one is the next thing on the page.
            if (prev.Kind == BlockKind.ListItem && !lower) continue;
            if (Boilerplate.IsByline(cur.Text)) continue; // "von Jana Muster" under the headline is no more of it
            // After the letterhead even an upper-case start continues the sentence, unless the part before
            // could be a heading of its own (one short line not ending in "der", "und", a comma …).
            // A single line before a dateline is a web page's headline (title, dateline, body, one a line),
            // wherever the page's navigation put it; a wrapped paragraph the date interrupted has more lines.
            joins[i] = lower || EndsOpen(prev.Text) || (cur.AfterLetterhead && (prev.Lines.Count > 1 || prev.Text.Length > 60 && !cur.AfterDateline));
        }
        int kept = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (!joins[i])
            {
                blocks[kept++] = blocks[i];
                continue;
            }
            var into = blocks[kept - 1];
            into.Lines.AddRange(blocks[i].Lines);
            if (i + 1 == blocks.Count || !joins[i + 1]) into.Text = string.Join(' ', into.Lines.Select(l => l.Text));
        }
        blocks.RemoveRange(kept, blocks.Count - kept);
    }

    // A line ending in one of these words continues on the next: "Heidenau wird 53. Kommune im\n»ASSKomm«-Verbund".
    // Verb particles that end a clause ("tritt … bei", "schließt sich … an") are not among them.
    private static readonly FrozenSet<string> ContinuingWords = new[]
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "sowie", "für",
        "von", "vom", "zum", "zur", "im", "in", "am", "unter", "als", "wird", "werden", "ihre", "seine", "neue", "neuen",
        "neuer", "gegen",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Words that open the first sentence of a release body.
    private static readonly FrozenSet<string> BodyOpeners = new[]
    {
        "Am", "Im", "In", "Der", "Die", "Das", "Mit", "Heute", "Seit", "Nach", "Auf", "Bei", "Unter", "Zum", "Zur", "Ab", "Vor", "Auch", "Innenminister",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool EndsOpen(string line)
    {
        if (line.Length == 0 || line[^1] is '-' or ',' or '–') return true;
        int w = line.Length;
        while (w > 0 && char.IsLetter(line[w - 1])) w--;
        return ContinuingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line.AsSpan(w));
    }

    private static string FirstWord(string line)
    {
        int w = 0;
        while (w < line.Length && char.IsLetter(line[w])) w++;
        return line[..w];
    }

    private static bool StartsLikeSentence(string line) =>
        line.Length > 0 && (char.IsUpper(line[0]) || char.IsDigit(line[0]) || SentenceSplitter.IsOpeningQuote(line[0]));

    /// <summary>
    /// Plain text without a blank line after the headline ("Headline\nAm 5. Mai 2021 haben …"): the
    /// headline is the first short lines, up to a line that does not run on and a next line that
    /// opens the body (longer, or with a typical first word).
    /// </summary>
    private static void SplitHeadlineFromBody(List<PreBlock> blocks)
    {
        if (blocks.Count == 0 || blocks[0].Kind != BlockKind.Paragraph || blocks[0].Lines.Count < 2 || IsTitleCandidate(blocks[0])) return;
        var first = blocks[0];
        int length = 0;
        for (int k = 0; k < first.Lines.Count - 1; k++)
        {
            var line = first.Lines[k].Text;
            var next = first.Lines[k + 1].Text;
            length += line.Length + 1;
            if (length > 200 || SentenceSplitter.EndsClosed(line)) return;
            if (EndsOpen(line) || !StartsLikeSentence(next)) continue;
            if (line.Length >= next.Length * 0.8 && !BodyOpeners.Contains(FirstWord(next))) continue;
            var body = new PreBlock { Kind = BlockKind.Paragraph };
            body.Lines.AddRange(first.Lines.Skip(k + 1));
            first.Lines.RemoveRange(k + 1, first.Lines.Count - k - 1);
            first.Text = string.Join(' ', first.Lines.Select(l => l.Text));
            body.Text = string.Join(' ', body.Lines.Select(l => l.Text));
            blocks.Insert(1, body);
            return;
        }
    }

    private static bool IsTitleCandidate(PreBlock b) =>
        b.Kind == BlockKind.Heading || (b.Kind == BlockKind.Paragraph && b.Text.Length <= 300 && !b.Text.EndsWith('.'));

    /// <summary>A headline the PDF wrapped into two blocks: the second is short and unpunctuated and continues the first.</summary>
    private static void JoinWrappedHeadline(List<PreBlock> blocks, int at)
    {
        if (blocks.Count < at + 2) return;
        var (first, second) = (blocks[at], blocks[at + 1]);
        if (second.Kind is not (BlockKind.Paragraph or BlockKind.Heading) || second.Text.Length > 150 || SentenceSplitter.EndsClosed(second.Text)) return;
        if (Boilerplate.IsByline(second.Text)) return; // "von Jana Muster" is who wrote it, not the headline's second line
        if (!(char.IsLower(second.Text[0]) || EndsOpen(first.Text))) return;
        first.Lines.AddRange(second.Lines);
        first.Text += " " + second.Text;
        blocks.RemoveAt(at + 1);
    }

    /// <summary>How many blocks from the top the headline is looked for in: the page's head, never its whole body.</summary>
    private const int HeadBlocks = 12;

    /// <summary>
    /// A page with lines longer than any wrapped text has (a crawler's text, one paragraph a line) is not
    /// hard-wrapped: there each line of the page's head is a block of its own. The letterhead's long
    /// e-signature notice does not count.
    /// </summary>
    private static bool OneParagraphPerLine(List<Line> lines)
    {
        foreach (var line in lines)
            if (!line.Removed && line.Text.Length > 160) return true;
        return false;
    }

    /// <summary>
    /// Splits the head's blocks (before the first paragraph of prose) where the lines are separate things:
    /// every line of a page written one paragraph a line; elsewhere the furniture lines at a block's top
    /// ("image", "Anzeige", a site header) that a missing blank line glued to the headline.
    /// </summary>
    private static void SplitHead(List<PreBlock> blocks, bool everyLine)
    {
        for (int i = 0; i < blocks.Count && i < HeadBlocks; i++)
        {
            var b = blocks[i];
            if (b.Kind == BlockKind.Heading) continue;
            // A line of prose: the body has begun, and nothing below is the head.
            if (Boilerplate.Measure(b.Lines[0].Text).IsProse) break;
            if (b.Lines.Count < 2) continue;
            int keep = 0;
            if (everyLine)
            {
                // A line ending in "der", "und" or a comma runs on: those stay with the next.
                while (keep < b.Lines.Count - 1 && !EndsOpen(b.Lines[keep].Text) && !Boilerplate.Measure(b.Lines[keep].Text).IsProse) keep++;
            }
            else
            {
                while (keep < b.Lines.Count - 1 && IsGluedFurniture(b.Lines[keep].Text)) keep++;
            }
            if (keep == 0) continue;
            var parts = new List<PreBlock>();
            for (int k = 0; k < keep; k++) parts.Add(LineBlock(b.Lines[k], k == 0 && b.AfterLetterhead));
            // A list item's marker stood on its first line; the lines a missing blank line glued under it
            // ("- Anzeige -⏎Lohsa tritt … bei") are a paragraph of their own, not more of the item.
            parts[0].Kind = b.Kind;
            var rest = new PreBlock { Kind = b.Kind == BlockKind.ListItem ? BlockKind.Paragraph : b.Kind };
            rest.Lines.AddRange(b.Lines.Skip(keep));
            rest.Text = string.Join(' ', rest.Lines.Select(l => l.Text));
            parts.Add(rest);
            blocks.RemoveAt(i);
            blocks.InsertRange(i, parts);
            i += parts.Count - 1;
            if (Boilerplate.Measure(rest.Text).IsProse) break;
        }
    }

    /// <summary>A furniture line glued on top of a wrapped block: one the rules settle, or a word or three without punctuation the model calls furniture (never a sentence or a wrapped sentence's first line).</summary>
    private static bool IsGluedFurniture(string line)
    {
        var features = Boilerplate.Measure(line);
        var judgement = Boilerplate.Judge(line, features);
        return judgement.IsFurniture && (judgement.Method == "rule" || (features.Words <= 3 && features.Last is not ('.' or '!' or '?' or ':' or ',')));
    }

    private static PreBlock LineBlock(Line line, bool afterLetterhead)
    {
        var block = new PreBlock { Kind = BlockKind.Paragraph, AfterLetterhead = afterLetterhead, Text = line.Text };
        block.Lines.Add(line);
        return block;
    }

    /// <summary>
    /// The headline is the first heading-like content block of the page's head; furniture and datelines
    /// before it are passed over, and so is a kicker (one word, a section or place tag, right above
    /// another heading-like block). A dateline glued to the headline is cut off and returned (dd.MM.yyyy).
    /// The other short unpunctuated blocks are headings.
    /// </summary>
    private static string? AssignKinds(string src, List<PreBlock> blocks)
    {
        if (blocks.Count == 0) return null;
        int title = FindHeadline(blocks);
        string? glued = null;
        if (title >= 0)
        {
            JoinWrappedHeadline(blocks, title);
            blocks[title].Kind = BlockKind.Title;
            glued = CutGluedDateline(src, blocks[title]);
        }
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            if (i == title || (i < title && b.IsFurniture)) continue;
            // A short line without closing punctuation ("Hintergrund:", "Hintergrundinformationen zu »ASSKomm«") is a heading.
            if (b.Kind == BlockKind.Paragraph && b.Lines.Count == 1 && b.Text.Length <= 100 && (b.Text.EndsWith(':') || !SentenceSplitter.EndsClosed(b.Text)))
                b.Kind = BlockKind.Heading;
        }
        return glued;
    }

    private static int FindHeadline(List<PreBlock> blocks)
    {
        for (int i = 0; i < blocks.Count && i < HeadBlocks; i++)
        {
            var b = blocks[i];
            if (b.IsFurniture && !(b.Judge().Method == "model" && BodyFollows(blocks, i))) continue;
            if (Dateline.Read(b.Text) is { Rest: "" })
            {
                b.Judgement = new BlockJudgement("dateline", "rule", 0.95);
                continue;
            }
            if (!IsHeadingLike(b) && !AboveDateline(blocks, i)) return -1;
            if (IsKicker(blocks, i))
            {
                b.Judgement = new BlockJudgement("tag", "rule", 0.8);
                continue;
            }
            return i;
        }
        return -1;
    }

    /// <summary>
    /// The model's furniture is overruled by the neighbours: a block right below the letterhead or a
    /// dateline, or right above one or above the body's first sentence, is where the article starts
    /// ("Förderung" above its text).
    /// </summary>
    private static bool BodyFollows(List<PreBlock> blocks, int i)
    {
        if (blocks[i].AfterLetterhead) return true;
        if (i + 1 >= blocks.Count) return false;
        var next = blocks[i + 1];
        // A headline below reads like prose too, but it is no body: the label above it stays furniture.
        return (Boilerplate.Measure(next.Text).IsProse && !IsHeadingLike(next)) || (next.Kind == BlockKind.Paragraph && IsSentence(next.Text));
    }

    /// <summary>
    /// One short line with a dateline right under it, the body after: a web page's headline even where it
    /// ends in a period ("Treuen unterzeichnet Vereinbarung mit dem Landespräventionsrat.").
    /// </summary>
    private static bool AboveDateline(List<PreBlock> blocks, int i) =>
        blocks[i].Kind == BlockKind.Paragraph && blocks[i].Lines.Count == 1 && blocks[i].Text.Length <= 150 &&
        i + 1 < blocks.Count && blocks[i + 1].AfterDateline;

    /// <summary>A closed sentence ("… unterschrieben.", "… dabei ist.«"), not an exclamation a headline may end in.</summary>
    private static bool IsSentence(string t) => SentenceSplitter.EndsClosed(t) && t.TrimEnd('«', '»', '"', '“', '”', '\'', '‘', '’', ')')[^1] is '.' or ':';

    /// <summary>A headline's shape: a heading, or a short block that starts like a headline and does not end like a sentence.</summary>
    private static bool IsHeadingLike(PreBlock b)
    {
        if (b.Kind == BlockKind.Heading) return true;
        var t = b.Text;
        if (b.Kind != BlockKind.Paragraph || t.Length == 0 || t.Length > 200 || char.IsLower(t[0])) return false;
        if (IsSentence(t) && !EndsInAbbreviation(t)) return false;
        return t[^1] is not ('.' or ':' or ',' or ';') || EndsInAbbreviation(t);
    }

    /// <summary>"… in der Stadt Oelsnitz/Erzgeb.", "… Rothenburg/O.L.": a headline whose last word is an abbreviated place name.</summary>
    private static bool EndsInAbbreviation(string t)
    {
        if (t[^1] != '.' || t.Split(' ').Length > 20) return false;
        int start = t.LastIndexOfAny([' ', '/']) + 1;
        var word = t.AsSpan(start, t.Length - start);
        return word.Length is >= 3 and <= 8 && char.IsUpper(word[0]) && ((start > 0 && t[start - 1] == '/') || word[..^1].Contains('.'));
    }

    /// <summary>
    /// A newspaper's place tag: a town's name alone right above the next heading-like block, with no
    /// dateline between. Other one-word labels there ("Neuigkeiten", "ASSKomm-Fachtagung") are what the
    /// page shows as its headline, and a section tag that is page furniture was judged so before.
    /// </summary>
    private static bool IsKicker(List<PreBlock> blocks, int i)
    {
        var b = blocks[i];
        if (b.Kind == BlockKind.Heading || b.Text.Length > 30 || b.Text.Contains(' ') || Gazetteer.Find(b.Text) is not { Form: Form.Name }) return false;
        for (int j = i + 1; j < blocks.Count && j < HeadBlocks; j++)
        {
            var next = blocks[j];
            if (next.AfterLetterhead) return false;
            if (next.IsFurniture) continue;
            return IsHeadingLike(next) && Dateline.Read(next.Text) is null;
        }
        return false;
    }

    /// <summary>"Headline veröffentlicht am: 26.10.2020", "26.06.2018 – Headline": keeps the headline's part of the line, returns the date.</summary>
    private static string? CutGluedDateline(string src, PreBlock title)
    {
        for (int k = 0; k < title.Lines.Count; k++)
        {
            var line = title.Lines[k];
            if (Dateline.SplitGlued(line.Text) is not var (headline, iso)) continue;
            var raw = string.Concat(line.Pieces.Select(p => p.Literal ?? src.Substring(p.SourceStart, p.Length)));
            int at = raw.IndexOf(headline, StringComparison.Ordinal);
            if (at < 0) continue;
            title.Lines[k] = SliceLine(src, line, at, headline.Length, headline);
            title.Text = string.Join(' ', title.Lines.Select(l => l.Text));
            return DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        }
        return null;
    }

    /// <summary>The part [from, from+length) of a line's text, its pieces cut to match so offsets still point into the source.</summary>
    private static Line SliceLine(string src, Line line, int from, int length, string text)
    {
        var pieces = new List<Piece>();
        int pos = 0, to = from + length;
        foreach (var p in line.Pieces)
        {
            int s = Math.Max(from, pos), e = Math.Min(to, pos + p.TextLength);
            if (e > s) pieces.Add(p.Literal is null ? new Piece(p.SourceStart + (s - pos), e - s) : new Piece(p.SourceStart, e - s, p.Literal.Substring(s - pos, e - s)));
            pos += p.TextLength;
        }
        return new Line { Pieces = pieces, Text = text, SourceStart = pieces.Count > 0 ? pieces[0].SourceStart : line.SourceStart, Letterhead = line.Letterhead };
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
            if (tb.Length > start) blocks.Add(new Block(b.Kind, start, tb.Length, b.Judgement is { IsFurniture: true } j ? j.Label : null));
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
        if (prev.Length >= 2 && prev[^1] == '-' && char.IsDigit(prev[^2]) && next.Length > 0 && char.IsLower(next[0]))
            return; // "3-\njährig" → "3-jährig"
        if (tb.Length > blockStart && tb[tb.Length - 1] != ' ') tb.Insert(" ", sourceOffset);
    }

    /// <summary>
    /// Copies a piece with whitespace runs collapsed, no-break spaces made plain and the characters
    /// <see cref="UnicodeCleanup"/> deals with dropped, composed or made ASCII digits.
    /// </summary>
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
            if (UnicodeCleanup.IsFormat(c)) // soft hyphen, zero-width space and joiner, bidi controls
            {
                tb.Copy(src, run, i - run);
                run = i + 1;
            }
            else if (c > '9' && char.IsDigit(c)) // "２０２３", "٠٩": read by value
            {
                tb.Copy(src, run, i - run);
                tb.Insert(Digits.AsAscii(c).ToString(), i);
                run = i + 1;
            }
            else if (i > run && UnicodeCleanup.IsCombining(c) && UnicodeCleanup.TryCompose(src[i - 1], c, out char composed)) // "u"+U+0308 → "ü"
            {
                int letter = i - 1;
                tb.Copy(src, run, letter - run);
                while (i + 1 < end && UnicodeCleanup.TryCompose(composed, src[i + 1], out char more)) (composed, i) = (more, i + 1);
                tb.Insert(composed.ToString(), letter);
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
