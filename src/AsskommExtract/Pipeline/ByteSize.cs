using System.Globalization;

namespace AsskommExtract.Pipeline;

/// <summary>
/// Byte counts as people write them, with coreutils' conventions (head -c, truncate -s): 64K, 64M and
/// 1G (also KiB, MiB, GiB) are powers of 1024, KB, MB, GB powers of 1000; a plain number is bytes.
/// </summary>
public static class ByteSize
{
    private static readonly (string Suffix, long Factor)[] Suffixes =
    [
        ("KIB", 1L << 10), ("MIB", 1L << 20), ("GIB", 1L << 30), ("TIB", 1L << 40),
        ("KB", 1000L), ("MB", 1000_000L), ("GB", 1000_000_000L), ("TB", 1000_000_000_000L),
        ("K", 1L << 10), ("M", 1L << 20), ("G", 1L << 30), ("T", 1L << 40), ("B", 1L),
    ];

    /// <summary>The byte count <paramref name="text"/> names, or null when it is not a size of at least one byte.</summary>
    public static long? Parse(string text)
    {
        var s = text.Trim().ToUpperInvariant();
        long factor = 1;
        foreach (var (suffix, f) in Suffixes)
        {
            if (!s.EndsWith(suffix, StringComparison.Ordinal)) continue;
            s = s[..^suffix.Length].TrimEnd();
            factor = f;
            break;
        }
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return null;
        var bytes = number * factor;
        return bytes is >= 1 and <= long.MaxValue ? (long)bytes : null;
    }

    /// <summary>A byte count for a message: 812 bytes, 3.4 KiB, 64 MiB.</summary>
    public static string Format(long bytes)
    {
        if (bytes < 1024) return $"{bytes} byte{(bytes == 1 ? "" : "s")}";
        string[] units = ["KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return value.ToString(value < 10 && value != Math.Floor(value) ? "0.#" : "0", CultureInfo.InvariantCulture) + " " + units[unit];
    }
}
