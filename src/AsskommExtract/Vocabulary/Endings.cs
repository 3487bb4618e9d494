using System.Collections.Frozen;

namespace AsskommExtract.Vocabulary;

/// <summary>
/// A list of lower-case word endings ("minister", "präsident"), asked whether a word ends in one of
/// them by one set lookup per distinct ending length: the rules ask it of every word of every
/// sentence, where a comparison per ending (and a lower-cased copy of each word) was their largest cost.
/// </summary>
public sealed class Endings
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int[] _lengths;

    public Endings(IEnumerable<string> endings)
    {
        var set = endings.ToFrozenSet(StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _lengths = [.. set.Select(e => e.Length).Distinct().Order()];
    }

    /// <summary>Whether <paramref name="lowerWord"/> (already lower-cased) ends in one of the endings.</summary>
    public bool End(ReadOnlySpan<char> lowerWord)
    {
        foreach (int n in _lengths)
        {
            if (n > lowerWord.Length) break;
            if (_lookup.Contains(lowerWord[^n..])) return true;
        }
        return false;
    }
}
