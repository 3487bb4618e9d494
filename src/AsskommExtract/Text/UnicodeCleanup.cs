using System.Collections.Frozen;
using System.Globalization;

namespace AsskommExtract.Text;

/// <summary>
/// What the cleaner does to characters before anything matches them: format characters (zero-width
/// space and joiner, soft hyphen, bidi controls, BOM) go, a letter written as base plus combining mark
/// ("u" U+0308) becomes the one precomposed letter NFC gives ("ü"), decimal digits of any script become
/// ASCII digits. Names, numbers and dates then match however they were typed. The tool runs with
/// invariant globalization, where string.Normalize does not compose; the compositions come from
/// data/latin-compositions.tsv (the Latin letters with one mark, generated from the Unicode data).
/// </summary>
internal static class UnicodeCleanup
{
    private static readonly Lazy<FrozenDictionary<(char Base, char Mark), char>> Compositions = new(Load);

    /// <summary>A character that only steers rendering and is dropped (Unicode category Cf).</summary>
    public static bool IsFormat(char c) => c >= '\u00AD' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>A combining mark that may fold into the letter before it.</summary>
    public static bool IsCombining(char c) => c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    public static bool TryCompose(char letter, char mark, out char composed) => Compositions.Value.TryGetValue((letter, mark), out composed);

    private static FrozenDictionary<(char, char), char> Load()
    {
        using var stream = typeof(UnicodeCleanup).Assembly.GetManifestResourceStream("latin-compositions.tsv")
            ?? throw new InvalidOperationException("latin-compositions.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<(char, char), char>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            var f = line.Split('\t');
            char Hex(int i) => (char)int.Parse(f[i], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            table[(Hex(0), Hex(1))] = Hex(2);
        }
        return table.ToFrozenDictionary();
    }
}
