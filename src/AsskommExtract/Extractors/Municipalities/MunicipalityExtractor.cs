using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AsskommExtract.Documents;
using AsskommExtract.Extractors.Kinds;
using AsskommExtract.Models;
using AsskommExtract.Pipeline;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Municipalities;

/// <summary>
/// Every Saxon municipality a release speaks of, once per AGS, with its role. One pass over the
/// capitalised words looks each up in the gazetteer's forms (longest phrase first, then the parts of a
/// hyphenated compound, then a bounded edit distance for long words); the words around a hit then
/// decide whether it is a place at all (organisation names, districts, the letterhead address and
/// person names are not) and which entry an ambiguous name means.
/// </summary>
public sealed partial class MunicipalityExtractor(IModels models) : IExtractor
{
    internal sealed class Hit
    {
        public int Start, End;
        public required Variant Variant;
        public bool Fuzzy;
        public bool Excluded;
        /// <summary>0 none, 1 a preposition (in, aus, nach …), 2 a clear sign (Stadt X, a list of towns, the mayor …).</summary>
        public int Evidence;
        public Municipality? Town;
        public string? Note;
        public double Confidence = MunicipalityLevels.ExactName;
        public string Surface(string text) => text[Start..End];
        public bool Counts => !Excluded && Town is not null;
    }

    public string Name => "municipalities";

    /// <summary>Roles read the release's kind and whether it is about ASSKomm at all.</summary>
    public IReadOnlyList<AnnotationKey> Requires { get; } = [KindAnnotations.Topic, KindAnnotations.Kind];

    public IReadOnlyList<AnnotationKey> Provides { get; } = [MunicipalityAnnotations.Municipalities, MunicipalityAnnotations.NameForms];

    public void Extract(Document document)
    {
        var text = document.Text;
        var hits = Scan(text);
        // The spans as scanned, before the judging below widens some ("Oelsnitz/Erzgeb.") and excludes others.
        document.Annotations.Set(MunicipalityAnnotations.NameForms, hits.Select(h => new NameForm(h.Start, h.End, h.Variant.Towns)).ToArray());
        if (hits.Count == 0)
        {
            document.Annotations.Set(MunicipalityAnnotations.Municipalities, []);
            return;
        }
        foreach (var hit in hits) Judge(document, hit);
        LinkEnumerations(text, hits);
        var vouched = Vouched(hits);
        foreach (var hit in hits)
        {
            int needed = hit.Fuzzy ? 2 : hit.Variant.Weak ? 1 : 0;
            bool vouchedFor = !hit.Fuzzy && vouched.Contains(hit.Variant.Towns[0]);
            if (hit.Evidence < needed && !vouchedFor) hit.Excluded = true;
        }
        Resolve(document, hits);
        PlacedElsewhere(document, hits);
        document.Annotations.Set(MunicipalityAnnotations.Municipalities, [.. MunicipalityRoles.Assign(document, hits.Where(h => h.Counts).ToList(), models)]);
    }

    // ---- scanning -------------------------------------------------------------------------

    /// <summary>Every span that reads as a form of a municipality name, left to right, without overlaps.</summary>
    internal static List<Hit> Scan(string text)
    {
        var data = Gazetteer.Data;
        var lookup = data.Variants.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstWords = data.FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var hits = new List<Hit>();
        Span<int> ends = stackalloc int[12];
        int i = 0, n = text.Length;
        while (i < n)
        {
            if (!char.IsUpper(text[i]) || i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-'))
            {
                i++;
                continue;
            }
            int wordEnd = WordEnd(text, i);
            var word = text.AsSpan(i, wordEnd - i);
            if (firstWords.Contains(word) || firstWords.Contains(FirstPart(word)))
            {
                // Candidate ends: up to five words joined by a space, a slash or an abbreviation's period.
                int count = 0, j = i;
                while (count < ends.Length - 1)
                {
                    int e = WordEnd(text, j);
                    ends[count++] = e;
                    if (e < n && text[e] == '.') ends[count++] = e + 1;
                    int g = e < n && text[e] == '.' ? e + 1 : e, gapStart = g;
                    while (g < n && g - gapStart < 2 && (text[g] == ' ' || text[g] == '/')) g++;
                    if (g == e || g >= n || !char.IsLetter(text[g]) || count >= 10) break;
                    j = g;
                }
                Hit? found = null;
                for (int k = count - 1; k >= 0 && found is null; k--)
                    if (lookup.TryGetValue(text.AsSpan(i, ends[k] - i), out var v))
                        found = new Hit { Start = i, End = ends[k], Variant = v };
                if (found is not null)
                {
                    hits.Add(found);
                    i = found.End;
                    continue;
                }
            }
            if (!(word.Contains('-') && AddCompoundParts(text, i, wordEnd, hits)) && Fuzzy(word) is { } fuzzy)
                hits.Add(new Hit { Start = i, End = wordEnd, Variant = fuzzy, Fuzzy = true });
            i = wordEnd;
        }
        return hits;
    }

    private static ReadOnlySpan<char> FirstPart(ReadOnlySpan<char> word)
    {
        int dash = word.IndexOf('-');
        return dash < 0 ? word : word[..dash];
    }

    /// <summary>End of a word: letters, with hyphens inside ("Annaberg-Buchholz", "ASSKomm-Verbund").</summary>
    private static int WordEnd(string text, int i)
    {
        int e = i;
        while (e < text.Length && (char.IsLetter(text[e]) || text[e] == '-' && e + 1 < text.Length && char.IsLetter(text[e + 1]) && e > i))
            e++;
        return e;
    }

    /// <summary>"Dresden-Neustadt", "Zwickau-Besuch": a capitalised part of a compound that names a town. False when none does.</summary>
    private static bool AddCompoundParts(string text, int start, int end, List<Hit> hits)
    {
        var lookup = Gazetteer.Data.Variants.GetAlternateLookup<ReadOnlySpan<char>>();
        int p = start, before = hits.Count;
        while (p < end)
        {
            int q = text.IndexOf('-', p, end - p);
            if (q < 0) q = end;
            if (char.IsUpper(text[p]) && lookup.TryGetValue(text.AsSpan(p, q - p), out var v) && v.Form != Form.Genitive)
                hits.Add(new Hit { Start = p, End = q, Variant = v, Confidence = MunicipalityLevels.CompoundPart });
            p = q + 1;
        }
        return hits.Count > before;
    }

    /// <summary>
    /// A long word one or two edits away from a form of a name (Johannegeorgenstadt). Only words of 8+
    /// letters, only against forms with the same first four letters, so ordinary words rarely get near.
    /// </summary>
    private static Variant? Fuzzy(ReadOnlySpan<char> word)
    {
        if (word.Length < 8) return null;
        var buckets = Gazetteer.Data.FuzzyBuckets.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> prefix = stackalloc char[Gazetteer.FuzzyPrefix];
        word[..Gazetteer.FuzzyPrefix].ToLowerInvariant(prefix);
        if (!buckets.TryGetValue(prefix, out var candidates)) return null;
        int limit = word.Length >= 12 ? 2 : 1;
        Variant? best = null;
        int bestDistance = limit + 1;
        foreach (var (key, variant) in candidates)
        {
            if (Math.Abs(key.Length - word.Length) > limit) continue;
            int d = EditDistance(word, key, limit);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = variant;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance, stopping once it must exceed <paramref name="limit"/>.</summary>
    internal static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        Span<int> prev2 = stackalloc int[b.Length + 1], prev = stackalloc int[b.Length + 1], cur = stackalloc int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > limit) return limit + 1;
            var t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return prev[b.Length];
    }

    // ---- is it a place? --------------------------------------------------------------------

    // The word before the name makes it part of an organisation or a district, not the municipality.
    private static readonly string[] OrganisationEndings = Lexicon.List("municipalities", "organisation_endings");

    private static readonly FrozenSet<string> OrganisationWords = Lexicon.Set("municipalities", "organisation_words", StringComparer.Ordinal);

    // A part anywhere in a word that makes it an organisation ("Bundespolizeiinspektion").
    private static readonly string[] OrganisationParts = Lexicon.List("municipalities", "organisation_parts");

    // Before a name these make it a person's surname.
    private static readonly FrozenSet<string> PersonTitles = Lexicon.Set("municipalities", "person_titles", StringComparer.Ordinal);

    // Many Saxon town names are also surnames (Lommatzsch, Oschatz, Colditz, Delitzsch): after a
    // common first name they are a person.
    private static readonly FrozenSet<string> FirstNames = Lexicon.Set("municipalities", "first_names", StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = Lexicon.Set("municipalities", "prepositions", StringComparer.OrdinalIgnoreCase);

    // After an adjective form: these make it a region, a firm or a thing, not the municipality.
    private static readonly FrozenSet<string> NotTownNouns = Lexicon.Set("municipalities", "not_town_nouns", StringComparer.Ordinal);

    // A word starting so after a name makes the name part of a compound region ("Chemnitzer Land", "Landkreis").
    private static readonly string[] NotTownNounStarts = Lexicon.List("municipalities", "not_town_noun_starts");

    // After an adjective form: a place in the town where something happens ("im Conference Center des
    // Dresdner Flughafens"), which names the town, unlike the body of the same name ("Flughafen Dresden GmbH").
    private static readonly FrozenSet<string> VenueNouns = Lexicon.Set("municipalities", "venue_nouns", StringComparer.Ordinal);

    // After an adjective form: these show it is the municipality ("Heidenauer Bürgermeister").
    private static readonly FrozenSet<string> TownNouns = Lexicon.Set("municipalities", "town_nouns", StringComparer.Ordinal);

    private static void Judge(Document document, Hit hit)
    {
        var text = document.Text;
        var prev = PreviousWord(text, hit.Start);
        var prevText = prev is { } p ? text[p.Start..p.End] : "";
        var next = NextWord(text, hit.End);
        var nextText = next is { } nx ? text[nx.Start..nx.End] : "";

        if (hit.Variant.Form == Form.Adjective)
        {
            // "Görlitzer Polizeipräsident", "Zwickauer Landrat", "Leipziger Universität" speak of another body.
            nextText = nextText.TrimStart('-'); // "Chemnitzer-Land"
            if (TownNouns.Contains(nextText)) hit.Evidence = 2;
            else if (VenueNouns.Contains(nextText)) hit.Evidence = Math.Max(hit.Evidence, 1); // "am Dresdner Flughafen": a place in the town
            else if (NotTownNouns.Contains(nextText) || NotTownNounStarts.Any(w => nextText.StartsWith(w, StringComparison.Ordinal)) || IsOrganisation(nextText))
                hit.Excluded = true;
            else if (!hit.Variant.Weak) hit.Evidence = 1;
            return;
        }
        bool organisation = prev is not null && IsOrganisation(prevText) ||
            !Prepositions.Contains(prevText) && ClosesOrganisationName(text, hit.Start);
        bool postcode = prevText.Length == 5 && prevText.All(char.IsAsciiDigit); // "01097 Dresden"
        if (organisation || postcode || PersonTitles.Contains(prevText) || FirstNames.Contains(prevText))
        {
            hit.Excluded = true;
            return;
        }
        if (IsPlaceNoun(prevText) || TownNouns.Contains(nextText) && hit.Variant.Form == Form.Genitive)
            hit.Evidence = 2;
        else if (Prepositions.Contains(prevText))
            hit.Evidence = 1;
        else if (hit.Variant.Weak && prevText.Length > 0 && char.IsUpper(prevText[0]) && !AtSentenceStart(text, prev!.Value.Start))
            hit.Excluded = true; // "Andreas Thum": a first name before a name that is also a surname
        if (hit.Evidence < 2 && IsTitleSubject(document, hit)) hit.Evidence = 2;
    }

    // Heads of organisation names that go on with "für …", "der …" before the place: "Hochschule für
    // Technik und Wirtschaft Dresden", "Hochschule der Sächsischen Polizei (FH) Rothenburg".
    private static readonly string[] PhraseHeads = Lexicon.List("municipalities", "phrase_heads");

    // The word after a phrase head that makes the name its complement ("Institut für", "Landrat des").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseLinks =
        Lexicon.Set("municipalities", "phrase_links", StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Reading back from a name, one of these ends the clause the name stands in.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClausePrepositions =
        Lexicon.Set("municipalities", "clause_prepositions", StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Conjunctions =
        Lexicon.Set("municipalities", "conjunctions", StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Walks back up to eight words within the clause, looking for a head followed by für/der/des.</summary>
    private static bool ClosesOrganisationName(string text, int start)
    {
        int p = start, nextStart = -1, nextEnd = -1;
        for (int k = 0; k < 8; k++)
        {
            while (p > 0 && text[p - 1] is ' ' or '(' or ')') p--;
            int e = p;
            while (p > 0 && char.IsLetter(text[p - 1])) p--;
            if (p == e) return false; // punctuation or a number ends the clause
            var word = text.AsSpan(p, e - p);
            var next = nextStart < 0 ? default : text.AsSpan(nextStart, nextEnd - nextStart);
            if (PhraseLinks.Contains(next) && char.IsUpper(word[0]))
                foreach (var head in PhraseHeads)
                    if (word.EndsWith(head, StringComparison.OrdinalIgnoreCase)) return true;
            if (ClausePrepositions.Contains(word)) return false;
            // "Partnern aus Potsdam (… Institut für …) und Dresden (…)": after a bracket, "und" starts the next item.
            if (Conjunctions.Contains(word) && p > 1 && text.AsSpan(0, p).TrimEnd(' ') is [.., ')']) return false;
            (nextStart, nextEnd) = (p, e);
        }
        return false;
    }

    private static bool IsOrganisation(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) &&
        (OrganisationWords.Contains(word) || OrganisationParts.Any(part => word.Contains(part, StringComparison.OrdinalIgnoreCase)) ||
         OrganisationEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Stadt, Gemeinde, Große Kreisstadt, Landeshauptstadt, Kommune, Modellkommunen …: the word names what follows as a municipality.</summary>
    private static bool IsPlaceNoun(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) &&
        (PlaceNounEndings.Any(e => word.EndsWith(e, StringComparison.OrdinalIgnoreCase)) ||
         PlaceNouns.Contains(word));

    private static readonly string[] PlaceNounEndings = Lexicon.List("municipalities", "place_noun_endings");

    private static readonly FrozenSet<string> PlaceNouns = Lexicon.Set("municipalities", "place_nouns", StringComparer.Ordinal);

    /// <summary>The headline's grammatical subject: "Thum tritt … bei", "Lauta wird 60. Kommune".</summary>
    private static bool IsTitleSubject(Document document, Hit hit) =>
        document.TitleBlock is { } title && hit.Start >= title.Start && hit.End <= title.End &&
        TitleVerbRegex.IsMatch(document.Text.AsSpan(hit.End, Math.Min(40, title.End - hit.End)));

    private static readonly Regex TitleVerbRegex = new(@"^\s+" + Lexicon.Alternatives("municipalities", "title_verbs") + @"\b");

    private static bool AtSentenceStart(string text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k < 0 || text[k] is '.' or '!' or '?' or ':' or '\n' or '»' or '„' or '"' or '(' or '–';
    }

    /// <summary>The word right before <paramref name="start"/>, across spaces only (a comma or bracket breaks the link).</summary>
    internal static TextSpan? PreviousWord(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] == ' ') e--;
        int s = e;
        if (s > 0 && text[s - 1] == '.') s--; // "Dr.", "Prof."
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '-')) s--;
        return s == e || s == e - 1 && text[s] == '.' ? null : new TextSpan(s, e);
    }

    internal static TextSpan? NextWord(string text, int end)
    {
        int s = end;
        while (s < text.Length && text[s] == ' ') s++;
        int e = s;
        while (e < text.Length && (char.IsLetterOrDigit(text[e]) || text[e] == '-')) e++;
        return e == s ? null : new TextSpan(s, e);
    }

    /// <summary>
    /// Names in one list ("Eibenstock, Johannegeorgenstadt, Frankenberg und Flöha") share their standing:
    /// a clear name vouches for a weak one next to it, and an organisation in the plural
    /// ("Landkreise Bautzen und Görlitz", "Hochschule Zittau/Görlitz") takes the whole list with it.
    /// </summary>
    private static void LinkEnumerations(string text, List<Hit> hits)
    {
        // Hits excluded as members of a plural organisation's list pass that on down the list:
        // "Polizeidirektionen Leipzig, Dresden und Chemnitz".
        var inOrganisationList = new HashSet<Hit>();
        // A change to a hit can only change the pairs it belongs to, and each hit changes at most twice
        // (excluded, evidence 2): the pairs to look at again wait in a queue, so a list of any length
        // settles in linear time (passes over all hits until none changed took a pass per list member).
        var pending = new Queue<int>(Enumerable.Range(0, Math.Max(0, hits.Count - 1)));
        var queued = new bool[hits.Count];
        Array.Fill(queued, true);
        void Changed(int hit)
        {
            for (int k = Math.Max(0, hit - 1); k <= hit && k + 1 < hits.Count; k++)
            {
                if (queued[k]) continue;
                queued[k] = true;
                pending.Enqueue(k);
            }
        }
        while (pending.TryDequeue(out int k))
        {
            queued[k] = false;
            var a = hits[k];
            var b = hits[k + 1];
            var gap = text.AsSpan(a.End, b.Start - a.End);
            if (gap.SequenceEqual("/") || gap.SequenceEqual("-")) // "Hochschule Zittau/Görlitz", "Polizeirevier Freital-Dippoldiswalde"
            {
                if (a.Excluded != b.Excluded)
                {
                    (a.Excluded, b.Excluded) = (true, true);
                    Changed(k);
                    Changed(k + 1);
                }
                continue;
            }
            if (!EnumerationGapRegex.IsMatch(gap)) continue;
            if (a.Excluded && !b.Excluded && (inOrganisationList.Contains(a) || PluralOrganisation(text, a)))
            {
                b.Excluded = true;
                inOrganisationList.Add(b);
                Changed(k + 1);
            }
            if (a.Excluded || b.Excluded) continue;
            if (IsClear(a) && b.Evidence < 2)
            {
                b.Evidence = 2;
                Changed(k + 1);
            }
            if (IsClear(b) && a.Evidence < 2)
            {
                a.Evidence = 2;
                Changed(k);
            }
        }
    }

    private static bool IsClear(Hit h) => !h.Excluded && (h.Evidence >= 2 || !h.Variant.Weak && !h.Fuzzy);

    private static bool PluralOrganisation(string text, Hit h)
    {
        var prev = PreviousWord(text, h.Start);
        if (prev is null) return false;
        var w = text[prev.Value.Start..prev.Value.End];
        return IsOrganisation(w) && (w.EndsWith('e') || w.EndsWith("en", StringComparison.Ordinal));
    }

    // ", ", " und ", also after a bracketed count or abbreviation: "Leipzig (33), Dresden (25) und …".
    private static readonly Regex EnumerationGapRegex = new(Lexicon.Alternatives("municipalities", "enumeration_gap"));

    /// <summary>
    /// The towns named somewhere with evidence: a weak name without evidence of its own (the headline's
    /// "Reichenbach schmiedet Allianz") is the town when the same name counts elsewhere in the text
    /// ("im Reichenbacher Ratssaal", "in Reichenbach").
    /// </summary>
    private static HashSet<Municipality> Vouched(List<Hit> hits)
    {
        var set = new HashSet<Municipality>();
        foreach (var h in hits)
            if (!h.Excluded && h.Evidence >= 1) set.Add(h.Variant.Towns[0]);
        return set;
    }

    /// <summary>
    /// Towns of other states that share a Saxon name are not Saxon municipalities: "Neukirch (Hessen)",
    /// "Bernsdorf in Thüringen", "im niedersächsischen Neukirch". On a page about another state
    /// (<see cref="AboutAsskomm"/>) a name counts only where its sentence names Saxony, or when it is one
    /// of Saxony's cities with a name of their own (a Kreisfreie Stadt).
    /// </summary>
    private static void PlacedElsewhere(Document document, List<Hit> hits)
    {
        var text = document.Text;
        bool otherStatePage = document.Annotations.Get(KindAnnotations.Topic) == Topic.OtherState;
        foreach (var hit in hits)
        {
            if (!hit.Counts) continue;
            bool elsewhere = IsOtherState(StateWordAfter(text, hit.End)) ||
                PreviousWord(text, hit.Start) is { } prev && IsOtherState(text.AsSpan(prev.Start, prev.Length));
            if (!elsewhere && otherStatePage && hit.Town!.Kind != "Kreisfreie Stadt")
            {
                var sentence = document.SentenceAt(hit.Start);
                elsewhere = AboutAsskomm.States.Count(text.Substring(sentence.Start, sentence.Length)).Saxon == 0;
            }
            if (elsewhere) hit.Excluded = true;
        }
    }

    private static bool IsOtherState(ReadOnlySpan<char> word) => word.Length > 0 && AboutAsskomm.States.Of(word) is { } state && state != "Sachsen";

    // Each with the space that follows it, longest first: "in der " before "in ".
    private static readonly string[] PlacingPrepositions = [.. Lexicon.List("municipalities", "placing_prepositions").Select(p => p + " ")];

    /// <summary>The word that may place a name, right after it: "(Hessen)", ", Niedersachsen", " in Thüringen" (" im Landkreis … (Bayern)" is not read).</summary>
    private static ReadOnlySpan<char> StateWordAfter(string text, int end)
    {
        var rest = text.AsSpan(end, Math.Min(40, text.Length - end));
        var trimmed = rest.TrimStart(' ');
        if (trimmed.Length > 0 && trimmed[0] is '(' or ',') trimmed = trimmed[1..].TrimStart(' ');
        else if (trimmed.Length < rest.Length)
        {
            foreach (var prep in PlacingPrepositions)
                if (trimmed.StartsWith(prep, StringComparison.Ordinal)) { trimmed = trimmed[prep.Length..]; break; }
        }
        else return default;
        int e = 0;
        while (e < trimmed.Length && (char.IsLetter(trimmed[e]) || trimmed[e] == '-' && e > 0)) e++;
        return trimmed[..e];
    }

    // ---- which entry? -----------------------------------------------------------------------

    /// <summary>
    /// Picks the entry of each hit. A name shared by several municipalities (Reichenbach, Oelsnitz,
    /// Bernsdorf) is decided by a disambiguator right after it (/Vogtl., im Vogtland, (Erzgeb.)), else by
    /// region words in its sentence and the districts of the other towns named; when nothing decides,
    /// the hit keeps the likelier entry and says so in its Note.
    /// </summary>
    private static void Resolve(Document document, List<Hit> hits)
    {
        var text = document.Text;
        // The districts of the towns named unambiguously decide the shared names below.
        var kreise = hits.Where(h => !h.Excluded && h.Variant.Towns.Length == 1).CountBy(h => h.Variant.Towns[0].Kreis).ToDictionary();
        // The words of a sentence, read once for all the shared names in it, up to a window around each (MunicipalityRoles.Around).
        var wordsOf = new Dictionary<TextSpan, HashSet<string>>();
        foreach (var hit in hits)
        {
            if (hit.Excluded) continue;
            var towns = hit.Variant.Towns;
            if (towns.Length == 1)
            {
                hit.Town = towns[0];
                if (hit.Fuzzy) hit.Confidence = MunicipalityLevels.Misspelt;
                continue;
            }
            var m = DisambiguatorRegex.Match(text, hit.End);
            if (m.Success && Gazetteer.RegionWord(m.Groups[1].Value) is { } region &&
                towns.Where(t => t.Regions.Contains(region)).ToArray() is [var one])
            {
                hit.Town = one;
                hit.End = m.Index + m.Length;
                hit.Confidence = MunicipalityLevels.Disambiguated;
                continue;
            }
            var sentence = document.SentenceAt(hit.Start);
            var read = sentence.Length <= 2 * MunicipalityRoles.Window ? sentence : MunicipalityRoles.Around(hit, sentence);
            read = new TextSpan(read.Start, Math.Max(read.End, hit.End));
            if (!wordsOf.TryGetValue(read, out var words))
            {
                wordsOf[read] = words = [];
                var span = text.AsSpan(read.Start, read.Length);
                foreach (var w in WordRegex().EnumerateMatches(span))
                {
                    var value = span.Slice(w.Index, w.Length).ToString();
                    words.Add(Gazetteer.RegionWord(value) ?? value.ToLowerInvariant());
                }
            }
            var scored = towns.Select(t => (Town: t, Score: 2 * t.Regions.Count(words.Contains) + kreise.GetValueOrDefault(t.Kreis)))
                .OrderByDescending(s => s.Score).ToList();
            if (scored[0].Score > scored[1].Score)
            {
                hit.Town = scored[0].Town;
                hit.Confidence = MunicipalityLevels.ResolvedByContext;
                hit.Note = "resolved by context: " + string.Join(" or ", towns.Select(t => t.Name));
                continue;
            }
            var surface = hit.Surface(text);
            hit.Town = towns.FirstOrDefault(t => t.Name == surface) ?? towns[0];
            hit.Confidence = MunicipalityLevels.Ambiguous;
            hit.Note = "ambiguous: " + string.Join(" or ", towns.Select(t => $"{t.Name} ({t.Ags})"));
        }
    }

    private static readonly Regex DisambiguatorRegex = new(Lexicon.Alternatives("municipalities", "disambiguators"));

    [GeneratedRegex(@"[\p{L}][\p{L}.\-]*")]
    private static partial Regex WordRegex();
}
