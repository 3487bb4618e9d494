using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Kinds;

/// <summary>What a text is about, judged from the whole of it.</summary>
public enum Topic
{
    /// <summary>Saxony's Allianz, its Landespräventionsrat, its local prevention councils, analyses, coaching.</summary>
    Asskomm,
    /// <summary>The same kind of body in another state (Landespräventionsrat Niedersachsen, Hessen's KOMPASS).</summary>
    OtherState,
    /// <summary>Prevention in general words only ("Präventionskongress", "Gewaltprävention" in a Saxon town): kind rules may read it, figures are not ASSKomm's.</summary>
    Prevention,
    /// <summary>Nothing of the sort: police, fire brigades, elections.</summary>
    Unrelated,
}

/// <summary>
/// Is a text about ASSKomm at all? One place decides it: the kind component annotates the document
/// with it (<see cref="KindAnnotations.Topic"/>) for municipalities' roles, metrics and steps.
/// The Allianz's own names settle it; the names of prevention bodies (Landespräventionsrat,
/// Kommunaler Präventionsrat, kommunale Prävention, Sicherheitsanalyse) count for Saxony unless the
/// text places them in another state more often than in Saxony (<c>data/bundeslaender.tsv</c>:
/// names, adjectives, capitals, programmes of each state). One regex pass per cue.
/// </summary>
public static partial class AboutAsskomm
{
    /// <summary>The topic of a whole text (the clean text of a document).</summary>
    public static Topic Of(string text)
    {
        int own = AllianzRegex.Count(text);
        int bodies = BodyRegex.Count(text);
        var (saxon, other) = States.Count(text);
        if (own > 0 && other <= 2 * (own + saxon)) return Topic.Asskomm;
        if (own + bodies > 0) return other > saxon ? Topic.OtherState : Topic.Asskomm;
        if (GeneralPreventionRegex.IsMatch(text)) return other > saxon ? Topic.OtherState : Topic.Prevention;
        return Topic.Unrelated;
    }

    /// <summary>The words of data/bundeslaender.tsv, loaded once: how often a text names Saxony and how often another state.</summary>
    internal static class States
    {
        private static readonly Lazy<(FrozenDictionary<string, string> Words, string[] Stems, string[] StemStates)> Data = new(Load);

        public static (int Saxon, int Other) Count(string text)
        {
            var (words, stems, stemStates) = Data.Value;
            var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
            int saxon = 0, other = 0;
            foreach (var m in WordRegex().EnumerateMatches(text))
            {
                var word = text.AsSpan(m.Index, m.Length);
                string? state = null;
                if (lookup.TryGetValue(word, out var s)) state = s;
                else if (word.IndexOf('-') is > 0 and var dash && lookup.TryGetValue(word[..dash], out var s2) && !lookup.ContainsKey(word)) state = s2;
                else
                    for (int k = 0; k < stems.Length && state is null; k++)
                        if (word.StartsWith(stems[k], StringComparison.OrdinalIgnoreCase)) state = stemStates[k];
                if (state is null) continue;
                if (state == "Sachsen") saxon++;
                else other++;
            }
            return (saxon, other);
        }

        /// <summary>The state a word names, or null: "niedersächsischen" → Niedersachsen, "Hannover" → Niedersachsen.</summary>
        public static string? Of(ReadOnlySpan<char> word)
        {
            var (words, stems, stemStates) = Data.Value;
            if (words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var s)) return s;
            for (int k = 0; k < stems.Length; k++)
                if (word.StartsWith(stems[k], StringComparison.OrdinalIgnoreCase)) return stemStates[k];
            return null;
        }

        private static (FrozenDictionary<string, string>, string[], string[]) Load()
        {
            using var stream = typeof(AboutAsskomm).Assembly.GetManifestResourceStream("bundeslaender.tsv")
                ?? throw new InvalidOperationException("resource bundeslaender.tsv is missing");
            using var reader = new StreamReader(stream);
            var words = new Dictionary<string, string>(StringComparer.Ordinal);
            var stems = new List<(string Stem, string State)>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#' || line.StartsWith("form\t", StringComparison.Ordinal)) continue;
                var f = line.Split('\t');
                if (f.Length < 2) continue;
                if (char.IsLower(f[0][0])) stems.Add((f[0], f[1]));
                else words[f[0]] = f[1];
            }
            // Longer stems first: "niedersächsisch" before "sächsisch" cannot clash (StartsWith), but "sachsen-anhaltisch" is tried before any shorter one.
            stems.Sort((a, b) => b.Stem.Length.CompareTo(a.Stem.Length));
            return (words.ToFrozenDictionary(StringComparer.Ordinal), stems.Select(s => s.Stem).ToArray(), stems.Select(s => s.State).ToArray());
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}\-]*")]
    private static partial Regex WordRegex();

    private static readonly Regex AllianzRegex = new(Lexicon.Alternatives("kinds", "strategy_names"), RegexOptions.IgnoreCase);

    private static readonly Regex BodyRegex = new(Lexicon.Alternatives("kinds", "prevention_bodies"), RegexOptions.IgnoreCase);

    private static readonly Regex GeneralPreventionRegex = new(Lexicon.Alternatives("kinds", "prevention_words"), RegexOptions.IgnoreCase);
}
