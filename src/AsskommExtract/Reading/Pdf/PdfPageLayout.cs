using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace AsskommExtract.Reading.Pdf;

/// <summary>One paragraph of a page's body: its lines as printed.</summary>
internal sealed record PdfParagraph(List<string> Lines, bool IsHeadline, bool IsListItem, bool LastLineFull);

/// <summary>
/// One page split into body, side column and footer by position, the body into lines (words on
/// one baseline, left to right) and paragraphs (a wider line gap, a change of type size, a
/// bullet), top to bottom. Position first, because content-stream order is not reading order
/// (UglyToad/PdfPig#495) and repetition-based header detection cannot work on a one-page release:
/// <list type="bullet">
/// <item>side column: text that starts right of 55 % of the page width, at an x where at least
/// two such pieces line up (contact, phone, e-mail, date), or a lone date there;</item>
/// <item>footer: everything from the highest small-print line in the bottom quarter of the page
/// down; running heads in small print at the very top are dropped too. Small print only: a
/// converted release can carry the footer's wording in body type in the middle of the flow, with
/// body text below it, and that is the cleaner's to remove by wording.</item>
/// </list>
/// Lines are built from baselines rather than by DocstrumBoundingBoxes: on justified text its
/// default within-line distance scatters wide-gapped lines into one-word blocks, and a larger one
/// merges neighbouring lines (both seen on the samples set as PDFs). With side column and footer
/// gone, a release's body is a single column, which baseline order reads correctly.
/// </summary>
internal sealed class PdfPageLayout
{
    private const double SideColumnFrom = 0.55, FooterZone = 0.25, HeaderZone = 0.9, SmallPrint = 0.9;

    public List<PdfParagraph> Paragraphs { get; } = [];

    /// <summary>A date found in the side column, as printed.</summary>
    public string? Dateline { get; private set; }

    /// <summary>Printed characters on the page, to tell a scan from a text PDF.</summary>
    public int LetterCount { get; private set; }

    /// <summary>A horizontal run of words on one baseline, split at gaps wide enough to be a column gap.</summary>
    private sealed class Piece(int row, List<Word> words, double size)
    {
        public readonly int Row = row;
        public readonly List<Word> Words = words;
        public readonly double Size = size;
        public double Left => Words[0].BoundingBox.Left;
        public double Top => Words.Max(w => w.BoundingBox.Top);
        public double Bottom => Words.Min(w => w.BoundingBox.Bottom);
        public string Text => string.Join(' ', Words.Select(w => w.Text));
    }

    /// <param name="bodySize">The document's body type size (<see cref="BodySize"/>): a short last page has more footer than body letters.</param>
    public static PdfPageLayout Segment(Page page, double bodySize)
    {
        var layout = new PdfPageLayout();
        var letters = page.Letters;
        layout.LetterCount = letters.Count(l => !string.IsNullOrWhiteSpace(l.Value));
        if (layout.LetterCount == 0) return layout;

        var words = NearestNeighbourWordExtractor.Instance.GetWords(letters).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var segments = Rows(words, ColumnEdge(words, page.Width));

        var side = SideColumn(segments, page.Width);
        var rest = segments.Where(s => !side.Contains(s)).ToList();
        double footerTop = rest.Where(s => s.Top < page.Height * FooterZone && s.Size < bodySize * SmallPrint)
            .Select(s => s.Top).DefaultIfEmpty(double.NegativeInfinity).Max();
        var body = rest.Where(s => s.Top > footerTop + 0.5 && !(s.Bottom > page.Height * HeaderZone && s.Size < bodySize * SmallPrint)).ToList();

        layout.Dateline = side.OrderByDescending(s => s.Top).Select(s => s.Text).FirstOrDefault(Extractors.Dates.Dateline.IsDateline);
        var lines = body.GroupBy(s => s.Row).OrderBy(g => g.Key).Select(g => new Line(g.SelectMany(s => s.Words).OrderBy(w => w.BoundingBox.Left).ToList())).ToList();
        layout.BuildParagraphs(lines, bodySize);
        return layout;
    }

    /// <summary>The body font size: the size most letters of the document are set in (0 when it has none).</summary>
    public static double BodySize(IEnumerable<Page> pages) =>
        pages.SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .GroupBy(l => Math.Round(l.PointSize * 2) / 2)
            .MaxBy(g => g.Count())?.Key ?? 0;

    /// <summary>
    /// The left edge of a side column set close to the body in body type, where no gap wider than
    /// the body's or a size change shows it: right of <see cref="SideColumnFrom"/> of the page, at
    /// least three words start on one x, no word runs across it (a justified full-width body crosses
    /// any x many times), and the words on their left end at least an em before it (a column gap,
    /// not a word space). Null when the page has no such edge. At most <see cref="EdgeCandidates"/>
    /// x positions are tried, so a page of any size costs a few passes over its words.
    /// </summary>
    private static double? ColumnEdge(List<Word> words, double pageWidth)
    {
        var starts = words.Where(w => w.BoundingBox.Left >= pageWidth * SideColumnFrom).OrderBy(w => w.BoundingBox.Left).ToList();
        int tried = 0;
        for (int i = 0; i + 2 < starts.Count && tried < EdgeCandidates; i++)
        {
            double x = starts[i].BoundingBox.Left;
            if (starts[i + 2].BoundingBox.Left - x > 1.5 || i > 0 && x - starts[i - 1].BoundingBox.Left <= 1.5) continue;
            tried++;
            var aligned = starts.Skip(i).TakeWhile(w => w.BoundingBox.Left - x <= 1.5).ToList();
            bool crossed = words.Any(w => w.BoundingBox.Left < x - 1.5 && w.BoundingBox.Right > x + 1.5);
            bool spaced = words.Any(w => w.BoundingBox.Right <= x && aligned.Any(a =>
                Math.Abs(Baseline(a) - Baseline(w)) <= 0.4 * Size(a) && w.BoundingBox.Right > x - Size(a)));
            if (!crossed && !spaced) return x;
        }
        return null;
    }

    private const int EdgeCandidates = 20;

    /// <summary>
    /// Groups words by baseline and splits each row at a column gap: wider than 2.5 × the type
    /// size, or wider than the type size where the size changes (small side-column type close to the body),
    /// or at the side column's edge.
    /// </summary>
    private static List<Piece> Rows(List<Word> words, double? columnEdge)
    {
        var segments = new List<Piece>();
        int rowNumber = 0;
        var sorted = words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left).ToList();
        int i = 0;
        while (i < sorted.Count)
        {
            double y = Baseline(sorted[i]);
            int j = i;
            // The words of one printed line share their baseline; a tenth of the type size, not more: a contact
            // column set on its own pitch beside the body has baselines a point off the body's, and a wider
            // tolerance put its fragments ("30400") into the body's line.
            while (j < sorted.Count && Math.Abs(Baseline(sorted[j]) - y) <= 0.1 * Size(sorted[i])) j++;
            var row = sorted.GetRange(i, j - i).OrderBy(w => w.BoundingBox.Left).ToList();
            var current = new List<Word> { row[0] };
            for (int k = 1; k < row.Count; k++)
            {
                double gap = row[k].BoundingBox.Left - row[k - 1].BoundingBox.Right;
                double a = Size(row[k - 1]), b = Size(row[k]);
                bool atEdge = columnEdge is { } edge && row[k].BoundingBox.Left >= edge - 1.5 && row[k - 1].BoundingBox.Right <= edge;
                if (atEdge || gap > 2.5 * Math.Max(a, b) || (gap > Math.Max(a, b) && Math.Abs(a - b) > 0.15 * Math.Max(a, b)))
                {
                    segments.Add(new Piece(rowNumber, current, Median(current.Select(Size))));
                    current = [];
                }
                current.Add(row[k]);
            }
            segments.Add(new Piece(rowNumber++, current, Median(current.Select(Size))));
            i = j;
        }
        return segments;
    }

    private static double Baseline(Word w) => w.Letters[0].StartBaseLine.Y;

    private static double Size(Word w) => w.Letters[0].PointSize;

    private static double Median(IEnumerable<double> values)
    {
        var v = values.Order().ToList();
        return v[v.Count / 2];
    }

    /// <summary>Right-hand pieces lining up on one x (the contact column), plus a lone date out there.</summary>
    private static HashSet<Piece> SideColumn(List<Piece> segments, double pageWidth)
    {
        var candidates = segments.Where(s => s.Left >= pageWidth * SideColumnFrom).ToList();
        double? columnX = candidates.Select(s => s.Left).Order()
            .Where(x => candidates.Count(c => Math.Abs(c.Left - x) <= 1.5) >= 2)
            .Select(x => (double?)x).FirstOrDefault();
        return candidates.Where(s => (columnX is { } x && s.Left >= x - 1.5) || Extractors.Dates.Dateline.IsDateline(s.Text)).ToHashSet();
    }

    /// <summary>The body's words on one baseline, left to right.</summary>
    private sealed class Line(List<Word> words)
    {
        public readonly List<Word> Words = words;
        public readonly double Size = Median(words.Select(PdfPageLayout.Size));
        public double Baseline => PdfPageLayout.Baseline(Words[0]);
        public double Left => Words[0].BoundingBox.Left;
        public double Right => Words[^1].BoundingBox.Right;
    }

    private void BuildParagraphs(List<Line> lines, double bodySize)
    {
        if (lines.Count == 0) return;
        double columnRight = lines.Max(l => l.Right);
        var bodyLines = lines.Where(l => Math.Abs(l.Size - bodySize) < 0.5).ToList();
        var pitches = bodyLines.Zip(bodyLines.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(d => d > 0).ToList();
        // The usual distance between the baselines of body lines; a wider one ends a paragraph.
        double pitch = pitches.Count >= 2 ? Math.Min(Median(pitches), 1.6 * bodySize) : 1.3 * bodySize;
        var current = new List<Line>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && StartsNewParagraph(current[^1], line, pitch, bodySize))
            {
                Add(current, bodySize, columnRight);
                current = [];
            }
            current.Add(line);
        }
        Add(current, bodySize, columnRight);
    }

    /// <summary>
    /// A wider gap than the line pitch (scaled to the type size), a change of type size, a bullet,
    /// or a line starting left of the one before (the end of a list item's hanging indent).
    /// </summary>
    private static bool StartsNewParagraph(Line previous, Line line, double pitch, double bodySize)
    {
        double gap = previous.Baseline - line.Baseline;
        double a = previous.Size, b = line.Size;
        return gap > 1.35 * pitch * Math.Max(a, b) / bodySize || Math.Abs(a - b) > 0.15 * Math.Max(a, b)
            || IsBullet(line.Words[0].Text) || line.Left < previous.Left - 0.8 * bodySize;
    }

    private static bool IsBullet(string word) => word.Length >= 1 && word[0] is '•' or '▪' or '◦' or '●' or '■' or '‣' or '·';

    private void Add(List<Line> lines, double bodySize, double columnRight)
    {
        var texts = new List<string>(lines.Count);
        bool listItem = false;
        foreach (var line in lines)
        {
            var text = LineText(line);
            if (texts.Count == 0 && IsBullet(text))
            {
                listItem = true;
                text = text[1..].TrimStart();
            }
            if (text.Length > 0) texts.Add(text);
        }
        if (texts.Count == 0) return;
        bool headline = Median(lines.Select(l => l.Size)) > bodySize * 1.15;
        bool full = lines[^1].Right >= columnRight - 2 * bodySize;
        Paragraphs.Add(new PdfParagraph(texts, headline, listItem, full));
    }

    /// <summary>The line's words; ligatures spelled out, a soft or Unicode hyphen at the end made a plain one for the cleaner.</summary>
    private static string LineText(Line line)
    {
        var text = string.Join(' ', line.Words.Select(w => w.Text)).Trim()
            .Replace("ﬁ", "fi").Replace("ﬂ", "fl").Replace("ﬀ", "ff").Replace("ﬃ", "ffi").Replace("ﬄ", "ffl");
        if (text.Length > 1 && text[^1] is '\u00AD' or '\u2010' or '\u2011') text = text[..^1] + "-";
        return text;
    }
}
