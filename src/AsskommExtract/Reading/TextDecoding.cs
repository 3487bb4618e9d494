using System.Buffers;
using System.Text;

namespace AsskommExtract.Reading;

/// <summary>
/// Decodes text files whose encoding nobody told us: a BOM decides; else UTF-16 is recognised
/// by its zero bytes, and anything else is read as UTF-8 where it is valid UTF-8 and as
/// Windows-1252 (a superset of Latin-1's printable range) where it is not, so umlauts come out
/// right in UTF-8 files, Latin-1 files and files that mix both (pasted together from two sources).
/// Text that decodes to NULs or many control characters is binary data, whatever the file's name.
/// </summary>
public static class TextDecoding
{
    // Registering the provider is cheap (~1 ms) and stays where it was: AngleSharp finds a page's
    // declared code page through it. Building Windows-1252 costs a few ms more at start-up and is
    // needed only for a file that is not valid UTF-8, so it waits for the first (a nested class
    // is initialised on first use).
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static class Windows1252
    {
        public static readonly Encoding Encoding = System.Text.Encoding.GetEncoding(1252);
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = Utf8OrWindows1252(bytes[3..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) text = Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        else if (LooksLikeUtf16(bytes, out bool bigEndian)) text = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        else text = Utf8OrWindows1252(bytes);
        if (LooksBinary(text)) throw new ReadException("binary data, not text");
        return text;
    }

    private static string Utf8OrWindows1252(ReadOnlySpan<byte> bytes) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Mixed(bytes);

    /// <summary>Valid UTF-8 sequences as UTF-8, every other byte as Windows-1252. Linear; only reached for non-UTF-8 files.</summary>
    private static string Mixed(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        Span<char> chars = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out int consumed) == OperationStatus.Done)
            {
                sb.Append(chars[..rune.EncodeToUtf16(chars)]);
                bytes = bytes[consumed..];
                continue;
            }
            sb.Append(chars[..Windows1252.Encoding.GetChars(bytes[..1], chars)]);
            bytes = bytes[1..];
        }
        return sb.ToString();
    }

    /// <summary>Text in UTF-16 without a BOM has a zero byte in most even (BE) or odd (LE) positions.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        int n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4) return false;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return true;
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) { bigEndian = true; return true; }
        return false;
    }

    private static readonly SearchValues<char> Controls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>NULs or many control characters (other than tab, line breaks, form feed) in the first 8 KB.</summary>
    private static bool LooksBinary(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 8192));
        if (head.Contains('\0')) return true;
        int control = 0;
        int i;
        while ((i = head.IndexOfAny(Controls)) >= 0)
        {
            control++;
            head = head[(i + 1)..];
        }
        return control > Math.Min(text.Length, 8192) / 20;
    }
}
