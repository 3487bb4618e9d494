using System.Text;
using AsskommExtract.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace AsskommExtract.Reading.Pdf;

/// <summary>
/// PDF releases: the body text in reading order, with the letterhead's side column and the page
/// footer left out by their position (see <see cref="PdfPageLayout"/>), the side column's date as
/// the dateline, and where each page starts. Paragraph lines stay separate lines so the cleaner
/// undoes line-end hyphenation; a paragraph running over a page break is continued on the next
/// line so its sentence (or word) comes out whole.
/// </summary>
public sealed class PdfReleaseReader : IReleaseReader
{
    /// <summary>A release has a few pages; anything this long is not one and would only cost time.</summary>
    public const int MaxPages = 200;

    /// <summary>
    /// Some PDFs take PdfPig very long (UglyToad/PdfPig#465): stop and report rather than hang. A release
    /// reads in well under a second; checked inside pages too, as streams are decoded (<see cref="PdfBudget"/>).
    /// </summary>
    public static readonly TimeSpan MaxTime = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Decoded stream bytes one PDF may take (content, fonts, images as far as read). A release's
    /// streams decode to a few megabytes; PdfPig holds what they decode to, and more per content operator.
    /// </summary>
    public const long MaxDecodedBytes = 64L * 1024 * 1024;

    private readonly TimeSpan _maxTime;
    private readonly long _maxDecodedBytes;

    public PdfReleaseReader() : this(MaxTime, MaxDecodedBytes) { }

    /// <summary>Other limits than the tool's, for tests.</summary>
    internal PdfReleaseReader(TimeSpan maxTime, long maxDecodedBytes) => (_maxTime, _maxDecodedBytes) = (maxTime, maxDecodedBytes);

    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    public bool Sniff(ReadOnlySpan<byte> head) => LooksLikePdf(head);

    private static bool LooksLikePdf(ReadOnlySpan<byte> head) => head[..Math.Min(head.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public SourceText Read(byte[] bytes)
    {
        CheckStructure(bytes);
        var budget = new PdfBudget(_maxDecodedBytes, _maxTime);
        try
        {
            using var pdf = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = budget.Filters() });
            if (pdf.NumberOfPages > MaxPages)
                throw new ReadException($"PDF has {pdf.NumberOfPages} pages, more than the {MaxPages} a release can have");
            var parsed = new List<Page>(pdf.NumberOfPages);
            for (int n = 1; n <= pdf.NumberOfPages; n++)
            {
                parsed.Add(pdf.GetPage(n));
                budget.CheckTime($"after page {n}");
            }
            double bodySize = PdfPageLayout.BodySize(parsed);
            var pages = parsed.Select(page => PdfPageLayout.Segment(page, bodySize)).ToList();
            budget.CheckTime("after the layout");
            budget.CheckOpen(); // PdfPig may have caught the budget's failure and read on without the stream
            if (pages.Sum(p => p.LetterCount) < 20)
                throw new ReadException($"PDF has no text layer ({pages.Count} page{(pages.Count == 1 ? "" : "s")}, a scan?); OCR is not supported");
            return Compose(pages);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ReadException("PDF is encrypted and needs a password");
        }
        catch (Exception e) when (budget.Exceeded is not null && e is not OperationCanceledException)
        {
            throw new ReadException(budget.Exceeded); // whatever PdfPig wrapped the budget's failure in
        }
        catch (Exception e) when (e is not ReadException and not OperationCanceledException && FromParser(e))
        {
            throw new ReadException("damaged PDF: " + e.Message.ReplaceLineEndings(" ").Trim());
        }
    }

    /// <summary>
    /// Whether PdfPig threw it, reading a file it cannot make sense of, rather than our own layout code:
    /// a bug of ours must surface as an internal error, not pass for a damaged file. The frame nearest
    /// the throw that belongs to either decides.
    /// </summary>
    internal static bool FromParser(Exception e)
    {
        var ours = typeof(PdfReleaseReader).Assembly;
        foreach (var frame in new System.Diagnostics.StackTrace(e).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            if (assembly == ours) return false;
            if (assembly?.GetName().Name?.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal) == true) return true;
        }
        return false;
    }

    /// <summary>Refuses what is not a PDF (whatever its name) or was cut off, before the parser guesses at it.</summary>
    private static void CheckStructure(byte[] bytes)
    {
        if (!LooksLikePdf(bytes))
            throw new ReadException(bytes.Length == 0 ? "empty file" : $"not a PDF: {Describe(bytes.AsSpan(0, Math.Min(bytes.Length, 1024)))}");
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 1024));
        if (tail.IndexOf("%%EOF"u8) < 0)
            throw new ReadException("truncated PDF: the end-of-file marker is missing (incomplete download?)");
    }

    private static string Describe(ReadOnlySpan<byte> head) => head switch
    {
        _ when head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) => "the file is a PNG image",
        _ when head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) => "the file is a JPEG image",
        _ when head.StartsWith("PK\u0003\u0004"u8) => "the file is a ZIP archive (a Word or ODF document?)",
        _ when head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) => "the file is an old Office document",
        _ when Html.HtmlReleaseReader.LooksLikeHtml(head) => "the file is an HTML page",
        _ => "no %PDF- header",
    };

    private static SourceText Compose(List<PdfPageLayout> pages)
    {
        // Before the body only a one-word label ("Medieninformation") may stand in large type: no headline of its own.
        var opening = pages[0].Paragraphs;
        int lead = opening.FindIndex(p => !p.IsHeadline);
        if (lead >= 0 && opening.Take(lead).All(p => p.Lines.Count == 1 && !p.Lines[0].Contains(' ')) && RunInHeadline.Split(opening[lead]) is { } split)
        {
            opening[lead] = split.Body;
            opening.Insert(lead, split.Headline);
        }
        var text = new BlockTextBuilder(withFile: false);
        var pageStarts = new List<int>();
        string? dateline = null;
        PdfParagraph? last = null;
        foreach (var page in pages)
        {
            dateline ??= page.Dateline;
            bool first = true;
            foreach (var para in page.Paragraphs)
            {
                // A paragraph the page break cut goes on as more lines of the same block.
                bool continued = first && last is not null && !text.IsEmpty && Continues(last, para);
                if (!continued)
                    text.Block(para.IsHeadline ? BlockKind.Heading : para.IsListItem ? BlockKind.ListItem : BlockKind.Paragraph, para.IsHeadline ? 1 : 0);
                if (first && page != pages[0]) pageStarts.Add(text.Length + (continued ? 1 : 0));
                first = false;
                if (para.IsHeadline) text.Line(JoinHeadline(para.Lines));
                else foreach (var line in para.Lines) text.Line(line);
                last = para;
            }
            if (first && page != pages[0]) pageStarts.Add(text.Length);
        }
        return text.Build(pageStarts, dateline);
    }

    /// <summary>A headline is one line: its lines joined, a word the line end hyphenated made whole.</summary>
    private static string JoinHeadline(List<string> lines)
    {
        var sb = new StringBuilder(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            if (sb[^1] == '-' && char.IsLower(line[0])) sb.Length--;
            else sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>
    /// A page's first paragraph continues the previous page's last one when that ended without
    /// closing punctuation, in a full-width line, on a lower-case word or before a lower-case start. Joining them with a
    /// single newline lets the cleaner rejoin the sentence and undo a hyphen split by the page break.
    /// </summary>
    private static bool Continues(PdfParagraph before, PdfParagraph after)
    {
        if (before.IsHeadline || after.IsHeadline || after.IsListItem) return false;
        var end = before.Lines[^1];
        if (end.Length == 0 || SentenceSplitter.EndsClosed(end)) return false;
        // A paragraph does not end on a lower-case word ("… reduziert werden, das"), whatever the next page starts with.
        return before.LastLineFull || char.IsLower(after.Lines[0][0]) || char.IsLower(end[(end.LastIndexOf(' ') + 1)..][0]);
    }
}
