using System.Runtime.InteropServices;
using System.Text;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;
using AsskommExtract.Text;

namespace AsskommExtract.Extractors.Quotes;

/// <summary>
/// Gives every speaker of a run an id that is the same for the same person in every release:
/// "Prof. Dr. Eva Sommerfeld", "Innenministerin Sommerfeld", "Sommerfeld" and the misspelt "Eva Sommerfield"
/// are one person; "Anna Schmidt" and "Peter Schmidt" are two. A surname matches exactly, or
/// within one letter when the first name or the function agrees too. Runs in input order, one
/// instance per run, so ids do not depend on thread timing. The id is the slug of the name the
/// person was first seen under ("roland-woeller").
/// </summary>
/// <remarks>
/// Runs on the one thread that hands results on in order, so its cost per quote must not grow
/// with the run: people are found through an index of their surnames (and of those surnames with
/// one letter deleted, which is how two surnames one edit apart meet), and the folded forms of a
/// speaker or role as written are computed once per run. A quote whose forms were seen before
/// allocates nothing.
/// </remarks>
public sealed class SpeakerIds : IRunAnnotator
{
    private sealed class Person(string id, int index)
    {
        public string Id { get; } = id;

        /// <summary>Order of creation: candidates are judged in it, so ties go where a scan of everybody sent them.</summary>
        public int Index { get; } = index;

        public HashSet<string> Surnames { get; } = [];
        public HashSet<string> FirstNames { get; } = [];
        public HashSet<string> Roles { get; } = [];
        public long LastSeen { get; set; }

        /// <summary>The lookup that last collected this person, so a person is a candidate once per lookup.</summary>
        public long Collected { get; set; }
    }

    /// <summary>Surnames this short match exactly only.</summary>
    private const int MinCloseLength = 5;

    private readonly List<Person> _people = [];
    private readonly HashSet<string> _ids = [];
    private readonly Dictionary<string, List<Person>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Person>> _byDeletion = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string First, string Surname)> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _roles = new(StringComparer.Ordinal);
    private readonly List<Person> _candidates = [];
    private static readonly Comparison<Person> ByIndex = (a, b) => a.Index.CompareTo(b.Index);
    private long _clock, _lookups;

    public void Annotate(Release release)
    {
        _clock++;
        // The quotes that say most about the person go first, so "Wöller" meets "Innenminister Wöller" already matched:
        // those with a first name before those without, then those with a function, each group in input order.
        for (int group = 0; group < 4; group++)
            foreach (var quote in release.Quotes)
            {
                var (first, surname) = Split(quote.Speaker);
                if ((first.Length > 0 ? 0 : 2) + (quote.Role.Length > 0 ? 0 : 1) != group || surname.Length == 0) continue;
                var role = FoldedRole(quote.Role);
                var person = Find(first, surname, role) ?? New(quote.Speaker);
                if (person.Surnames.Add(surname)) Index(surname, person);
                if (first.Length > 0) person.FirstNames.Add(first);
                if (role.Length > 0) person.Roles.Add(role);
                person.LastSeen = _clock;
                quote.SpeakerId = person.Id;
            }
    }

    private Person? Find(string first, string surname, string role)
    {
        Person? best = null;
        int bestScore = 0;
        foreach (var p in Candidates(surname))
        {
            bool exact = p.Surnames.Contains(surname);
            bool close = !exact && AnyClose(p.Surnames, surname);
            if (!exact && !close) continue;
            bool sameFirst = first.Length > 0 && p.FirstNames.Contains(first);
            bool otherFirst = first.Length > 0 && p.FirstNames.Count > 0 && !sameFirst;
            bool sameRole = role.Length > 0 && p.Roles.Contains(role);
            if (otherFirst) continue; // namesakes
            if (close && !sameFirst && !sameRole) continue; // a near surname alone is another person
            int score = (exact ? 4 : 0) + (sameFirst ? 2 : 0) + (sameRole ? 1 : 0);
            if (score > bestScore || score == bestScore && best is not null && p.LastSeen > best.LastSeen)
            {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /// <summary>
    /// Everybody seen under this surname or one within one edit of it (and perhaps a few more, whom
    /// <see cref="Find"/> turns away), in order of creation. Two strings one edit apart are equal
    /// after deleting one letter from one of them, or from each (a substitution), so the keys
    /// looked up are the surname and its one-letter deletions, in both indexes.
    /// </summary>
    private List<Person> Candidates(string surname)
    {
        _candidates.Clear();
        _lookups++;
        Collect(_bySurname, surname);
        if (surname.Length >= MinCloseLength)
        {
            Collect(_byDeletion, surname);
            Span<char> buffer = surname.Length <= 128 ? stackalloc char[128] : new char[surname.Length];
            for (int i = 0; i < surname.Length; i++)
            {
                var deleted = Delete(surname, i, buffer);
                Collect(_bySurname, deleted);
                Collect(_byDeletion, deleted);
            }
        }
        _candidates.Sort(ByIndex);
        return _candidates;
    }

    private void Collect(Dictionary<string, List<Person>> index, ReadOnlySpan<char> key)
    {
        if (!index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var people)) return;
        foreach (var p in people)
            if (p.Collected != _lookups)
            {
                p.Collected = _lookups;
                _candidates.Add(p);
            }
    }

    private void Index(string surname, Person person)
    {
        Add(_bySurname, surname, person);
        if (surname.Length < MinCloseLength) return;
        Span<char> buffer = surname.Length <= 128 ? stackalloc char[128] : new char[surname.Length];
        for (int i = 0; i < surname.Length; i++)
            Add(_byDeletion, Delete(surname, i, buffer).ToString(), person);
    }

    private static void Add(Dictionary<string, List<Person>> index, string key, Person person)
    {
        ref var people = ref CollectionsMarshal.GetValueRefOrAddDefault(index, key, out _);
        people ??= [];
        if (people.Count == 0 || people[^1] != person) people.Add(person);
    }

    private static ReadOnlySpan<char> Delete(string s, int at, Span<char> buffer)
    {
        s.AsSpan(0, at).CopyTo(buffer);
        s.AsSpan(at + 1).CopyTo(buffer[at..]);
        return buffer[..(s.Length - 1)];
    }

    private static bool AnyClose(HashSet<string> surnames, string surname)
    {
        foreach (var s in surnames)
            if (Math.Min(s.Length, surname.Length) >= MinCloseLength && WithinOneEdit(s, surname)) return true;
        return false;
    }

    /// <summary>Levenshtein distance ≤ 1, without the distance table: past the common prefix the rest must agree after one substitution or deletion.</summary>
    internal static bool WithinOneEdit(string a, string b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        if (a.Length - b.Length > 1) return false;
        int i = a.AsSpan().CommonPrefixLength(b);
        if (i == b.Length) return true;
        return a.AsSpan(i + 1).SequenceEqual(b.AsSpan(a.Length == b.Length ? i + 1 : i));
    }

    private Person New(string speaker)
    {
        var slug = Slug(speaker);
        var id = slug;
        for (int n = 2; !_ids.Add(id); n++) id = $"{slug}-{n}";
        var person = new Person(id, _people.Count);
        _people.Add(person);
        return person;
    }

    /// <summary>First name (folded, "" when only a surname is written) and folded surname, once per spelling in a run.</summary>
    private (string First, string Surname) Split(string speaker)
    {
        ref var split = ref CollectionsMarshal.GetValueRefOrAddDefault(_names, speaker, out bool seen);
        if (!seen)
        {
            var parts = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            split = (parts.Length > 1 ? TextSimilarity.Fold(parts[0]) : "", TextSimilarity.FoldedSurname(speaker));
        }
        return split;
    }

    /// <summary>The folded word that names the function, once per role as written in a run.</summary>
    private string FoldedRole(string role)
    {
        ref var folded = ref CollectionsMarshal.GetValueRefOrAddDefault(_roles, role, out bool seen);
        if (!seen) folded = TextSimilarity.Fold(AttributionReader.RoleHead(role));
        return folded!;
    }

    /// <summary>"Roland Wöller" → "roland-woeller".</summary>
    internal static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        foreach (char c in name.ToLowerInvariant())
        {
            switch (c)
            {
                case 'ä': sb.Append("ae"); break;
                case 'ö': sb.Append("oe"); break;
                case 'ü': sb.Append("ue"); break;
                case 'ß': sb.Append("ss"); break;
                default:
                    var folded = TextSimilarity.Fold(c.ToString());
                    foreach (char f in folded)
                        if (char.IsAsciiLetterOrDigit(f)) sb.Append(f);
                        else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
                    break;
            }
        }
        return sb.ToString().Trim('-');
    }
}
