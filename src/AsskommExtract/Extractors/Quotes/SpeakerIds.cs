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
public sealed class SpeakerIds : IRunAnnotator
{
    private sealed class Person(string id)
    {
        public string Id { get; } = id;
        public HashSet<string> Surnames { get; } = [];
        public HashSet<string> FirstNames { get; } = [];
        public HashSet<string> Roles { get; } = [];
        public long LastSeen { get; set; }
    }

    private readonly List<Person> _people = [];
    private readonly HashSet<string> _ids = [];
    private long _clock;

    public void Annotate(Release release)
    {
        _clock++;
        // The quotes that say most about the person go first, so "Wöller" meets "Innenminister Wöller" already matched.
        var ordered = release.Quotes
            .Select((q, i) => (q, i))
            .OrderByDescending(x => Split(x.q.Speaker).First.Length > 0)
            .ThenByDescending(x => x.q.Role.Length > 0)
            .ThenBy(x => x.i);
        foreach (var (quote, _) in ordered)
        {
            var (first, surname) = Split(quote.Speaker);
            if (surname.Length == 0) continue;
            var role = TextSimilarity.Fold(AttributionReader.RoleHead(quote.Role));
            var person = Find(first, surname, role) ?? New(quote.Speaker);
            person.Surnames.Add(surname);
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
        foreach (var p in _people)
        {
            bool exact = p.Surnames.Contains(surname);
            bool close = !exact && p.Surnames.Any(s => Close(s, surname));
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

    private static bool Close(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 5 && TextSimilarity.Levenshtein(a, b) <= 1;

    private Person New(string speaker)
    {
        var slug = Slug(speaker);
        var id = slug;
        for (int n = 2; !_ids.Add(id); n++) id = $"{slug}-{n}";
        var person = new Person(id);
        _people.Add(person);
        return person;
    }

    /// <summary>First name (folded, "" when only a surname is written) and folded surname.</summary>
    private static (string First, string Surname) Split(string speaker)
    {
        var parts = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (parts.Length > 1 ? TextSimilarity.Fold(parts[0]) : "", TextSimilarity.FoldedSurname(speaker));
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
