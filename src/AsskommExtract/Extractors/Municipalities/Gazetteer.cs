using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Municipalities;

/// <summary>One row of data/gemeinden-sachsen.tsv.</summary>
/// <param name="Regions">Lower-case words that point to this entry when they stand near an ambiguous
/// name: its disambiguator ("vogtland" for "/Vogtl.") and its district ("erzgebirge", "görlitz" …).</param>
public sealed record Municipality(string Ags, string Name, string Kind, string Kreis, FrozenSet<string> Regions);

public enum Form { Name, Genitive, Adjective }

/// <summary>A way the text may write a municipality; several entries when the form is ambiguous ("Reichenbach").</summary>
/// <param name="Weak">The form is also an ordinary word, a surname or a place outside Saxony: it needs evidence of being a place.</param>
public sealed record Variant(Municipality[] Towns, Form Form, bool Weak);

/// <summary>
/// The 419 municipalities of Saxony and every form of their names the extractor looks for, built once
/// from the embedded gazetteer: the German and Sorbian parts of bilingual names, the name without its
/// disambiguator ("Frankenberg" for "Frankenberg/Sa."), genitive and adjective forms made by rule.
/// </summary>
public static partial class Gazetteer
{
    private static readonly Lazy<Index> Shared = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    internal sealed record Index(
        IReadOnlyList<Municipality> Towns,
        FrozenDictionary<string, Variant> Variants,
        FrozenSet<string> FirstWords,
        FrozenDictionary<string, (string Key, Variant Variant)[]> FuzzyBuckets);

    public static IReadOnlyList<Municipality> All => Shared.Value.Towns;

    internal static Index Data => Shared.Value;

    /// <summary>The variant written exactly so, or null.</summary>
    public static Variant? Find(ReadOnlySpan<char> surface) =>
        Shared.Value.Variants.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surface, out var v) ? v : null;

    // District (Kreis) names as the words that stand for them in a text.
    private static readonly FrozenDictionary<string, string[]> KreisRegions = Lexicon.Rows("municipalities", "kreis_regions")
        .GroupBy(r => r.Word, r => r.Value, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    // A region word as written, lower case and without its final dot → its canonical form.
    private static readonly FrozenDictionary<string, string> RegionWords = Lexicon.Map("municipalities", "region_words", StringComparer.Ordinal);

    /// <summary>A region word as written (Vogtl., Erzgeb., O.L., Sa.) → its canonical lower-case form.</summary>
    public static string? RegionWord(string word)
    {
        var w = word.TrimEnd('.').ToLowerInvariant();
        return RegionWords.TryGetValue(w, out var region) ? region : KreisRegions.ContainsKey(w) ? w : null;
    }

    private static Index Build()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("gemeinden-sachsen.tsv")
            ?? throw new InvalidOperationException("gazetteer resource gemeinden-sachsen.tsv is missing");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header
        var towns = new List<Municipality>();
        var forms = new Dictionary<string, (List<Municipality> Towns, Form Form, bool Weak)>(StringComparer.Ordinal);

        void Add(string key, Municipality town, Form form, bool weak)
        {
            if (!forms.TryGetValue(key, out var entry))
                forms[key] = entry = ([], form, weak);
            if (!entry.Towns.Contains(town)) entry.Towns.Add(town);
            if (weak && !entry.Weak) forms[key] = (entry.Towns, entry.Form, true);
        }

        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 8) continue;
            var (german, sorbian, disambiguator) = SplitName(f[1]);
            var regions = new HashSet<string>(StringComparer.Ordinal);
            if (disambiguator is not null && RegionWord(disambiguator) is { } r) regions.Add(r);
            if (KreisRegions.TryGetValue(f[5], out var kr)) regions.UnionWith(kr);
            var town = new Municipality(f[0], f[1], f[3], f[5], regions.ToFrozenSet(StringComparer.Ordinal));
            towns.Add(town);

            var baseName = BaseName(german);
            // The gazetteer's weak_name column: the German or Sorbian name is also a German word, a frequent
            // surname or a well-known place outside Saxony; it counts only with evidence of being a place.
            bool weak = f[6] == "german";
            // Its adjective column: the base name's adjective where the rule does not make it (Weißwasser → Weißwasseraner).
            string? irregular = f[7].Length > 0 ? f[7] : null;
            Add(f[1], town, Form.Name, false);                       // exactly as in the gazetteer
            Add(german + (disambiguator is null ? "" : "/" + disambiguator), town, Form.Name, false);
            foreach (var name in new[] { german, baseName }.Distinct())
            {
                Add(name, town, Form.Name, weak);
                Add(Genitive(name), town, Form.Genitive, weak);
                foreach (var adjective in Adjectives(name, name == baseName ? irregular : null)) Add(adjective, town, Form.Adjective, weak);
            }
            if (german.StartsWith("Stadt ", StringComparison.Ordinal)) Add(german[6..], town, Form.Name, weak);
            if (sorbian is not null) Add(sorbian, town, Form.Name, f[6] == "sorbian");
        }

        var variants = forms.ToFrozenDictionary(
            kv => kv.Key, kv => new Variant([.. kv.Value.Towns], kv.Value.Form, kv.Value.Weak), StringComparer.Ordinal);
        var firstWords = variants.Keys.Select(FirstWord).ToFrozenSet(StringComparer.Ordinal);
        // Misspellings keep the first four letters: bucket the one-word forms by them.
        var buckets = variants
            .Where(kv => kv.Key.Length >= 7 && !kv.Key.Contains(' ') && !kv.Key.Contains('/'))
            .GroupBy(kv => FuzzyBucket(kv.Key))
            .ToFrozenDictionary(g => g.Key, g => g.Select(kv => (kv.Key, kv.Value)).ToArray(), StringComparer.Ordinal);
        return new Index(towns, variants, firstWords, buckets);
    }

    internal const int FuzzyPrefix = 4;

    internal static string FuzzyBucket(string word) => word[..FuzzyPrefix].ToLowerInvariant();

    /// <summary>The first word of a form: what the scanner checks before trying longer phrases.</summary>
    internal static string FirstWord(string key)
    {
        int end = key.IndexOfAny([' ', '/', '.']);
        return end < 0 ? key : key[..end];
    }

    /// <summary>"Weißwasser/O.L./Běła Woda" → ("Weißwasser", "Běła Woda", "O.L."); "Frankenberg/Sa." → ("Frankenberg", null, "Sa.").</summary>
    internal static (string German, string? Sorbian, string? Disambiguator) SplitName(string name)
    {
        var parts = name.Split('/');
        string? sorbian = null, disambiguator = null;
        foreach (var part in parts.Skip(1))
        {
            if (part.EndsWith('.') || RegionWord(part) is not null) disambiguator = part;
            else sorbian = part;
        }
        return (parts[0], sorbian, disambiguator);
    }

    /// <summary>The name without a trailing locator: "Reichenbach im Vogtland", "Sohland a. d. Spree", "Stadt Wehlen" stay findable as "Reichenbach", "Sohland".</summary>
    internal static string BaseName(string german) => LocatorRegex().Replace(german, "");

    internal static string Genitive(string name) =>
        name[^1] is 's' or 'ß' or 'z' or 'x' ? name + "'" : name + "s";

    /// <summary>Town adjectives: Heidenau → Heidenauer, Pirna → Pirnaer, Dippoldiswalde → Dippoldiswalder, Dresden → Dresdner/Dresdener.</summary>
    internal static IEnumerable<string> Adjectives(string name, string? irregular = null)
    {
        if (irregular is not null)
        {
            yield return irregular;
            yield break;
        }
        if (name.EndsWith('e')) yield return name + "r";
        else yield return name + "er";
        if (name.EndsWith("en", StringComparison.Ordinal)) yield return name[..^2] + "ner";
    }

    [GeneratedRegex(@"\s+(?:im|i\.|i\.d\.|a\.\s?d\.|b\.|am|an der|in der)\s.*$")]
    private static partial Regex LocatorRegex();
}
