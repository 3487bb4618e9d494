using AsskommExtract.Tests.Support;
using System.Text;

namespace AsskommExtract.Tests.Robustness;

/// <summary>Releases and broken files written for these tests (no sample text, varied towns and speakers).</summary>
public static class BrokenFiles
{
    public static string Release(string town = "Großröhrsdorf", string date = "17.03.2022", string speaker = "Beate Krüger") =>
        Texts.Header(date) + $"""
        {town} schließt Kooperationsvereinbarung im Rahmen von ASSKomm

        Am Donnerstag haben {town} und der Landespräventionsrat Sachsen eine Kooperationsvereinbarung
        im Rahmen der Landespräventionsstrategie »Allianz Sichere Sächsische Kommunen« (ASSKomm) unterzeichnet.
        Damit sind inzwischen einundsechzig Kommunen dem Verbund beigetreten.

        Bürgermeisterin {speaker}: »Prävention beginnt vor der Haustür, und dafür brauchen wir alle Partner.«
        """ + Texts.Footer;

    /// <summary>Deterministic noise with NULs, as in images and archives.</summary>
    public static byte[] Binary(int length = 4096, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static byte[] Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', .. Binary(600, 3)];

    /// <summary>A well-formed one-page PDF, its content stream drawing <paramref name="text"/> (none: a page without text).</summary>
    public static byte[] Pdf(string? text, bool encrypted = false)
    {
        var content = text is null ? "" : $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        var objects = new List<string>
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        if (encrypted)
            objects.Add("<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 " +
                        "/O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>");
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(sb.ToString()));
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = Encoding.ASCII.GetByteCount(sb.ToString());
        sb.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R");
        if (encrypted) sb.Append($" /Encrypt {objects.Count} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");
        sb.Append($" >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    /// <summary>The first third of a PDF, as a download cut off mid-way leaves it.</summary>
    public static byte[] TruncatedPdf
    {
        get
        {
            var pdf = Pdf("Kooperationsvereinbarung unterzeichnet");
            return pdf[..(pdf.Length / 3)];
        }
    }
}
