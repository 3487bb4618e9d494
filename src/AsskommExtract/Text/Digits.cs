using System.Globalization;

namespace AsskommExtract.Text;

/// <summary>
/// Decimal digits of any script. Regex "\d" and char.IsDigit accept "２０２３" and "٠٩", the number
/// parsers do not (FormatException): whatever a pattern matched as digits is read by value here.
/// </summary>
public static class Digits
{
    /// <summary>The text with every decimal digit as its ASCII digit ("２０２３" → "2023"), the rest unchanged.</summary>
    public static string ToAscii(ReadOnlySpan<char> text)
    {
        return string.Create(text.Length, text.ToString(), static (dest, src) =>
        {
            for (int i = 0; i < src.Length; i++) dest[i] = AsAscii(src[i]);
        });
    }

    /// <summary>A decimal digit of any script as its ASCII digit; any other character as it is.</summary>
    public static char AsAscii(char c) =>
        c > '9' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber
            ? (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c))
            : c;
}
