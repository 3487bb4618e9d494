using System.Text;

namespace AsskommExtract.Reading;

/// <summary>
/// Decodes text files whose encoding nobody told us: a BOM decides; else UTF-16 is recognised
/// by its zero bytes, valid UTF-8 is UTF-8, and anything else is Windows-1252 (a superset of
/// Latin-1's printable range), so umlauts come out right either way.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return StrictOrThrow(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (LooksLikeUtf16(bytes, out bool bigEndian))
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        if (LooksBinary(bytes)) throw new ReadException("binary data, not text");
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static string StrictOrThrow(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // A UTF-8 BOM on a file that is not all UTF-8: mixed encodings. Keep what decodes.
            return Encoding.UTF8.GetString(bytes);
        }
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

    /// <summary>NUL bytes or many control characters mean this is not a text file whatever its name.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++)
        {
            byte b = bytes[i];
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        }
        return n > 0 && control > n / 20;
    }
}
