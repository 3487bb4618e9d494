using System.IO.Compression;
using System.Text;
using AsskommExtract.Reading;
using AsskommExtract.Reading.Pdf;

namespace AsskommExtract.Tests.Reading;

/// <summary>
/// PDFs whose streams decode to far more than the file: the reader stops at its budget of decoded
/// bytes (or time), inside the page, with the reason — not after holding gigabytes.
/// </summary>
public class PdfBombTests
{
    private const string Text = "BT /F1 12 Tf 72 712 Td (Die Stadt Musterhain tritt der Allianz bei.) Tj ET\n";

    /// <summary><paramref name="size"/> bytes of path operators after a line of text, deflated <paramref name="times"/> times.</summary>
    private static byte[] Content(long size, int times)
    {
        var unit = Encoding.ASCII.GetBytes("0 0 m 1 1 l ");
        var data = new MemoryStream();
        using (var z = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(Encoding.ASCII.GetBytes(Text));
            var block = Enumerable.Range(0, 1 << 16).SelectMany(_ => unit).ToArray();
            for (long written = 0; written < size; written += block.Length) z.Write(block);
        }
        var bytes = data.ToArray();
        for (int t = 1; t < times; t++) bytes = Deflate(bytes);
        return bytes;
    }

    private static byte[] Deflate(byte[] bytes)
    {
        var data = new MemoryStream();
        using (var z = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(bytes);
        return data.ToArray();
    }

    /// <summary>A one-page PDF around a content stream with the given filter chain.</summary>
    internal static byte[] OnePage(byte[] content, string filter)
    {
        var objects = new List<byte[]>
        {
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
            Encoding.ASCII.GetBytes($"<< /Length {content.Length} {filter} >>\nstream\n").Concat(content).Concat(Encoding.ASCII.GetBytes("\nendstream")).ToArray(),
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        };
        var pdf = new MemoryStream();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write($"{i + 1} 0 obj\n");
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }
        long xref = pdf.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    [Fact]
    public void A_stream_deflated_twice_to_a_few_kilobytes_is_stopped_at_the_budget()
    {
        var pdf = OnePage(Content(256L << 20, times: 2), "/Filter [/FlateDecode /FlateDecode]");
        Assert.True(pdf.Length < 64 * 1024, $"the bomb is {pdf.Length:N0} bytes");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<ReadException>(() => new PdfReleaseReader().Read(pdf));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Contains("decode to more than 64 MB", e.Message);
        Assert.True(allocated < 3 * PdfReleaseReader.MaxDecodedBytes, $"allocated {allocated:N0} bytes reading it");
    }

    [Fact]
    public void One_large_stream_is_stopped_before_it_is_held()
    {
        var pdf = OnePage(Content(128L << 20, times: 1), "/Filter /FlateDecode");
        long before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<ReadException>(() => new PdfReleaseReader().Read(pdf));
        Assert.Contains("decode to more than", e.Message);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < PdfReleaseReader.MaxDecodedBytes, "the stream was inflated into memory");
    }

    [Fact]
    public void Time_is_checked_while_a_page_decodes_not_only_after_it()
    {
        var pdf = OnePage(Content(1 << 20, times: 1), "/Filter /FlateDecode");
        Assert.Contains("Musterhain", new PdfReleaseReader().Read(pdf).Text);
        var e = Assert.Throws<ReadException>(() => new PdfReleaseReader(TimeSpan.Zero, PdfReleaseReader.MaxDecodedBytes).Read(pdf));
        Assert.Contains("took longer than", e.Message);
        Assert.Contains("while decoding a stream", e.Message);
    }
}
