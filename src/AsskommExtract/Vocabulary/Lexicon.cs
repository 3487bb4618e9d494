using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace AsskommExtract.Vocabulary;

/// <summary>
/// The word lists the rules read, from <c>data/lexicon/&lt;feature&gt;.tsv</c> (embedded in the
/// assembly): one row per word, <c>list⇥word</c> (<c>list⇥word⇥value</c> for a map), a list's words
/// in the order the file gives them.
/// Each file is read once; a list the code asks for and the file lacks is an error, not an empty list.
/// </summary>
public static class Lexicon
{
    private static readonly ConcurrentDictionary<string, Lazy<Dictionary<string, string[][]>>> Files = new();

    /// <summary>The words of <paramref name="list"/> in <paramref name="file"/>.tsv, in file order.</summary>
    public static string[] List(string file, string list) => [.. Fields(file, list).Select(r => r[0])];

    public static FrozenSet<string> Set(string file, string list, StringComparer comparer) => List(file, list).ToFrozenSet(comparer);

    /// <summary>The words of <paramref name="list"/> as word endings (written in lower case, as the words they end are compared lower-cased).</summary>
    public static Endings Endings(string file, string list) => new(List(file, list));

    /// <summary>A list of <c>word⇥value</c> rows as a map (a later row for the same word wins).</summary>
    public static FrozenDictionary<string, T> Map<T>(string file, string list, StringComparer comparer, Func<string, T> value)
    {
        var map = new Dictionary<string, T>(comparer);
        foreach (var r in Fields(file, list))
            map[r[0]] = r.Length > 1 ? value(r[1]) : throw new InvalidDataException($"data/lexicon/{file}.tsv: '{list}' row '{r[0]}' has no value");
        return map.ToFrozenDictionary(comparer);
    }

    public static FrozenDictionary<string, string> Map(string file, string list, StringComparer comparer) => Map(file, list, comparer, v => v);

    /// <summary>A list of <c>word⇥value</c> rows in file order, a word may repeat (one region per row).</summary>
    public static (string Word, string Value)[] Rows(string file, string list) => [.. Fields(file, list).Select(r => (r[0], r[1]))];

    /// <summary>
    /// The rows of <paramref name="list"/> as one regex group of alternatives, <c>(?:a|b|c)</c>, for a rule
    /// that matches its words inside a longer pattern. Such a list's rows are regex syntax
    /// (<c>Erstellt(?:\s+am)?</c>, <c>\bgegründet</c>); its header in the file says so.
    /// </summary>
    public static string Alternatives(string file, string list) => "(?:" + string.Join('|', List(file, list)) + ")";

    private static string[][] Fields(string file, string list) =>
        Files.GetOrAdd(file, f => new Lazy<Dictionary<string, string[][]>>(() => Load(f))).Value.TryGetValue(list, out var rows)
            ? rows
            : throw new InvalidOperationException($"data/lexicon/{file}.tsv has no list '{list}'");

    private static Dictionary<string, string[][]> Load(string file)
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream($"lexicon.{file}.tsv")
            ?? throw new InvalidOperationException($"resource lexicon.{file}.tsv is missing (data/lexicon/{file}.tsv)");
        using var reader = new StreamReader(stream);
        var lists = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 2) throw new InvalidDataException($"data/lexicon/{file}.tsv: '{line}' is not list<TAB>word");
            if (!lists.TryGetValue(f[0], out var words)) lists[f[0]] = words = [];
            words.Add(f[1..]);
        }
        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
