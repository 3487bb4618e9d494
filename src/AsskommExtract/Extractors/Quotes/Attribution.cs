using System.Globalization;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Quotes;

internal enum AttributionKind { None, Named, Pronoun, RoleOnly, Bridge }

/// <summary>Who a quotation is ascribed to by the words around it. Gender: 'f', 'm' or '?'.</summary>
internal readonly record struct Attribution(AttributionKind Kind, string Name = "", string Role = "", char Gender = '?')
{
    public static readonly Attribution None = new(AttributionKind.None);
}

/// <summary>
/// Reads the attribution next to a quotation: the phrase before its colon ("Der Heidenauer
/// Bürgermeister Max Beispiel freut sich: »…«", "Anja Muster, stellv. Leiterin des Amtes, ergänzt: »…«")
/// or the phrase after it ("»…«, so Oberbürgermeisterin Anna Muster.", "»…«, ergänzt er.").
/// German capitalises nouns, so a name is told from a noun by position: after a role word, at the
/// start of the phrase, or before a comma or verb; academic titles are dropped.
/// </summary>
internal static partial class AttributionReader
{
    // Endings of the functions people quoted in these releases hold ("Innenminister", "Polizeipräsidentin", "Landrätin").
    private static readonly Endings RoleEndings = Lexicon.Endings("quotes", "role_endings");

    // Adjectives that are part of the function ("Leitender Polizeidirektor"), unlike place adjectives ("Heidenauer").
    private static readonly FrozenSet<string> RoleAdjectives = Lexicon.Set("quotes", "role_adjectives", StringComparer.OrdinalIgnoreCase);

    // Capitalised words that open an attribution without being part of a name.
    private static readonly FrozenSet<string> Skippable = Lexicon.Set("quotes", "skippable", StringComparer.OrdinalIgnoreCase);

    // Capitalised at a sentence start, never a name, and a name after them is no speaker ("Im Beisein von …").
    private static readonly FrozenSet<string> FunctionWords = Lexicon.Set("quotes", "function_words", StringComparer.OrdinalIgnoreCase);

    // A role after one of these belongs to someone else ("im Beisein von Innenminister X sagte …").
    private static readonly FrozenSet<string> Prepositions = Lexicon.Set("quotes", "prepositions", StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NameParticles = Lexicon.Set("quotes", "name_particles", StringComparer.Ordinal);

    // Verbs of saying that are not third-person forms ending in -t/-te.
    private static readonly FrozenSet<string> IrregularVerbs = Lexicon.Set("quotes", "irregular_verbs", StringComparer.Ordinal);

    private static readonly FrozenSet<string> Adverbs = Lexicon.Set("quotes", "adverbs", StringComparer.Ordinal);

    // Words before a colon that introduce something other than a speaker ("Fazit: »…«").
    private static readonly FrozenSet<string> NotSpeakers = Lexicon.Set("quotes", "not_speakers", StringComparer.OrdinalIgnoreCase);

    private static readonly Endings NounEndings = Lexicon.Endings("quotes", "noun_endings");

    // "Präventionsrat", "des Stadtrates": a body, not a person's function, though its ending is a role's.
    private static readonly string[] BodyParts = Lexicon.List("quotes", "body_parts");
    private static readonly Endings BodyEndings = Lexicon.Endings("quotes", "body_endings");

    // "Bürgermeisterin", "Ortsvorsteherfrau": a female function.
    private static readonly string[] FemaleRoleEndings = Lexicon.List("quotes", "female_role_endings");

    private static readonly FrozenDictionary<string, char> Pronouns = Lexicon.Map("quotes", "pronouns", StringComparer.Ordinal, v => v[0]);
    private static readonly FrozenDictionary<string, char> AddressTitles = Lexicon.Map("quotes", "address_titles", StringComparer.Ordinal, v => v[0]);

    // "mit diesen Worten eröffnete …": the three words, each position a list.
    private static readonly FrozenSet<string>[] WithWords =
        [.. new[] { "with_words_1", "with_words_2", "with_words_3" }.Select(l => Lexicon.Set("quotes", l, StringComparer.Ordinal))];

    // A name ends before these ("Anja Muster vom Landratsamt").
    private static readonly FrozenSet<string> NameClosers = Lexicon.Set("quotes", "name_closers", StringComparer.Ordinal);
    private static readonly FrozenSet<string> Articles = Lexicon.Set("quotes", "articles", StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> FeminineArticles = Lexicon.Set("quotes", "feminine_articles", StringComparer.OrdinalIgnoreCase);

    // "von der Heide": these particles only after one of particle_leads.
    private static readonly FrozenSet<string> ParticleArticles = Lexicon.Set("quotes", "particle_articles", StringComparer.Ordinal);
    private static readonly FrozenSet<string> ParticleLeads = Lexicon.Set("quotes", "particle_leads", StringComparer.Ordinal);

    // "Geschäftsführer des Landespräventionsrates X": the words that open a role's complement, and those ending it.
    private static readonly FrozenSet<string> ComplementLinks = Lexicon.Set("quotes", "complement_links", StringComparer.Ordinal);
    private static readonly FrozenSet<string> ComplementStops = Lexicon.Set("quotes", "complement_stops", StringComparer.Ordinal);

    // "… sagte dazu": words after the verb that are no part of the role.
    private static readonly FrozenSet<string> SpeechParticles = Lexicon.Set("quotes", "speech_particles", StringComparer.Ordinal);

    private static readonly Regex TitleRegex = new(Lexicon.Alternatives("quotes", "academic_titles"));

    /// <summary>"Innenminister", "Polizeipräsidentin", "Landrätin": a word naming a function.</summary>
    public static bool IsRole(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0])) return false;
        // Asked of nearly every word of every sentence: lower-cased on the stack, not as a new string.
        Span<char> w = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(w);
        foreach (var part in BodyParts)
            if (w.IndexOf(part, StringComparison.Ordinal) >= 0) return false;
        return !BodyEndings.End(w) && RoleEndings.End(w);
    }

    /// <summary>'f' for a female function ("Bürgermeisterin"), 'm' for another known one, '?' without.</summary>
    public static char GenderOf(string role)
    {
        foreach (var word in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (IsRole(word)) return FemaleRoleEndings.Any(e => word.EndsWith(e, StringComparison.Ordinal)) ? 'f' : 'm';
        return '?';
    }

    /// <summary>The word that names the function ("Polizeidirektor" in "Leitender Polizeidirektor"), "" without one.</summary>
    public static string RoleHead(string role)
    {
        foreach (var word in role.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (IsRole(word)) return word;
        return "";
    }

    private static List<string> Tokens(string phrase)
    {
        phrase = TitleRegex.Replace(phrase, " ");
        // A word (a letter or mark, then letters, marks, apostrophes and hyphens, then perhaps a full
        // stop), else any character but a space on its own. Scanned by hand: a regex made a Match per token.
        var tokens = new List<string>();
        for (int i = 0; i < phrase.Length; i++)
        {
            if (IsWordStart(phrase[i]))
            {
                int start = i;
                while (i + 1 < phrase.Length && IsWordPart(phrase[i + 1])) i++;
                if (i + 1 < phrase.Length && phrase[i + 1] == '.') i++;
                tokens.Add(phrase[start..(i + 1)]);
            }
            else if (!char.IsWhiteSpace(phrase[i])) tokens.Add(phrase[i] < Ascii.Length ? Ascii[phrase[i]] : phrase[i].ToString());
        }
        // The sentence's own full stop is not part of the last word.
        while (tokens.Count > 0 && tokens[^1] is "." or "!" or "?" or ":" or "*") tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count > 0 && tokens[^1].Length > 1 && tokens[^1].EndsWith('.') && !RoleAdjectives.Contains(tokens[^1]))
            tokens[^1] = tokens[^1][..^1];
        return tokens;
    }

    private static bool IsPronoun(string t, out char gender)
    {
        gender = Pronouns.TryGetValue(t, out var g) ? g : '?';
        return gender != '?';
    }

    private static bool IsNameWord(string t)
    {
        if (t.Length == 0 || !char.IsUpper(t[0])) return false;
        if (t.Length == 2 && t[1] == '.') return true; // an initial
        if (t.EndsWith('.')) return false;
        for (int i = 1; i < t.Length; i++)
        {
            if (!(char.IsLetter(t[i]) || t[i] is '-' or '\'' or '’')) return false;
            // "ASSKomm", "LPR": acronyms, not names.
            if (char.IsUpper(t[i]) && char.IsUpper(t[i - 1])) return false;
        }
        return !IsRole(t) && !Skippable.Contains(t) && !RoleAdjectives.Contains(t) && !FunctionWords.Contains(t);
    }

    private static bool IsVerb(string t) =>
        t.Length > 1 && char.IsLower(t[0]) && (IrregularVerbs.Contains(t) || t.EndsWith('t') || t.EndsWith("te"));

    /// <summary>The phrase between the sentence start and the colon before a quotation.</summary>
    public static Attribution Before(string phrase)
    {
        var t = Tokens(phrase);
        // "++ Wöller: »…«" in a headline: list and emphasis marks before the name.
        int lead = 0;
        while (lead < t.Count && t[lead].Length == 1 && !char.IsLetter(t[lead][0])) lead++;
        if (lead > 0) t.RemoveRange(0, lead);
        if (t.Count == 0 || t.Count > 30) return Attribution.None;
        // "… stehen vor dem Banner mit dem Text: »…«": what the colon introduces is written, not said.
        if (t.Count > 1 && WrittenNouns.Contains(t[^1])) return Attribution.None;
        var found = Subject(t, 0, appositiveUntilComma: true);
        if (found.Kind != AttributionKind.None) return found;
        // "Weiter sagte sie", "Und weiter", "Er ergänzte": the speaker of the quotation before.
        foreach (var w in t)
            if (IsPronoun(w, out char g)) return new Attribution(AttributionKind.Pronoun, Gender: g);
        bool onlyLinkWords = t.All(w => char.IsLower(w[0]) || Skippable.Contains(w));
        return onlyLinkWords && t.Count <= 4 ? new Attribution(AttributionKind.Bridge) : Attribution.None;
    }

    /// <summary>
    /// The speaker that opens a sentence running into a quotation without a colon: a pronoun and its verb ("Er
    /// dankte »…«"), or a person named with a function ("Landrätin Eva Muster nannte das »…«", "lobt der Minister als »…«").
    /// </summary>
    public static Attribution Opening(string phrase)
    {
        var t = Tokens(phrase);
        if (t.Count < 2) return Attribution.None;
        int i = 0;
        while (i < t.Count && Skippable.Contains(t[i]) && !IsPronoun(t[i], out _)) i++;
        if (i + 1 < t.Count && IsPronoun(t[i], out char g) && IsVerb(t[i + 1])) return new Attribution(AttributionKind.Pronoun, Gender: g);
        var found = Subject(t, 0, appositiveUntilComma: true);
        bool withFunction = found.Kind == AttributionKind.RoleOnly || found.Kind == AttributionKind.Named && found.Role.Length > 0;
        return withFunction && t.Any(IsVerb) ? found : Attribution.None;
    }

    /// <summary>Whether the words before a quotation end in a noun that announces a name or slogan ("mit dem Titel", "unter dem Motto").</summary>
    public static bool AnnouncesName(string phrase)
    {
        // "Schuster zum Projekt: »…«": a colon introduces speech.
        if (phrase.TrimEnd().EndsWith(':')) return false;
        var t = Tokens(phrase);
        return t.Count > 0 && TitleNouns.Contains(t[^1]);
    }

    // Nouns of written words: "mit dem Text: »…«" introduces what a banner says, even after a person ("Schuster zum Thema:" is speech).
    private static readonly FrozenSet<string> WrittenNouns = Lexicon.Set("quotes", "written_nouns", StringComparer.OrdinalIgnoreCase);

    // Nouns after which words in quotation marks are a name, title or slogan, never speech ("ein Fazit" may be either).
    private static readonly FrozenSet<string> TitleNouns = Lexicon.Set("quotes", "title_nouns", StringComparer.OrdinalIgnoreCase);

    /// <summary>The first person a sentence names with a function ("Bürgermeister Max Muster ist seit 2019 im Amt.").</summary>
    public static Attribution FirstPerson(string sentence)
    {
        var found = Subject(Tokens(sentence), 0, appositiveUntilComma: true);
        return found.Kind == AttributionKind.Named && found.Role.Length > 0 ? found : Attribution.None;
    }

    /// <summary>
    /// Every person a sentence names with a function: "Role Name" ("im Beisein von Innenminister Armin Schuster"),
    /// "Role des Amtes, Name" and "Name, role," ("Aline Reus, Leiterin des Ordnungsamtes,"); "Frau"/"Herr" tell a gender.
    /// </summary>
    public static List<Attribution> Mentions(string sentence)
    {
        if (!MayNameSomeone(sentence)) return [];
        var t = Tokens(sentence);
        var found = new List<Attribution>();
        for (int i = 0; i < t.Count; i++)
        {
            int roleStart = i;
            while (i < t.Count && RoleAdjectives.Contains(t[i])) i++;
            if (i < t.Count && IsRole(t[i]))
            {
                var named = AfterRole(t, roleStart, i, appositiveUntilComma: true);
                if (named.Kind == AttributionKind.Named) found.Add(named);
                continue;
            }
            i = roleStart;
            bool title = AddressTitles.ContainsKey(t[i]);
            if ((title || i == 0 || !IsNameWord(t[i - 1])) && i + 1 < t.Count && IsNameWord(t[title ? i + 1 : i]))
            {
                int from = title ? i + 1 : i;
                int end = NameEnd(t, from);
                if (end - from < 2 && !title || end - from > 4) continue;
                var name = string.Join(' ', t.GetRange(from, end - from));
                var role = end < t.Count && t[end] == "," ? Appositive(t, end + 1, untilComma: true) : "";
                char gender = title ? AddressTitles[t[i]] : GenderOf(role);
                if (role.Length > 0 || title) found.Add(new Attribution(AttributionKind.Named, name, role, gender));
                i = end - 1;
            }
        }
        return found;
    }

    /// <summary>
    /// Whether a sentence holds a word <see cref="Mentions"/> needs: a function ("Landrätin") or "Frau"/"Herr".
    /// Most sentences hold neither, and this look at their words costs far less than tokenizing them.
    /// A token is a run of word characters (see Tokens) or a part of one cut at an academic title after a
    /// hyphen or apostrophe (which ends in no function's letters), so no sentence this turns away has a mention.
    /// </summary>
    private static bool MayNameSomeone(string sentence)
    {
        for (int i = 0; i < sentence.Length; i++)
        {
            if (!IsWordStart(sentence[i])) continue;
            int start = i;
            while (i + 1 < sentence.Length && IsWordPart(sentence[i + 1])) i++;
            var word = sentence.AsSpan(start, i - start + 1);
            if (word is "Frau" or "Herr" || IsRole(word)) return true;
        }
        return false;
    }

    // The first character of a token's word: a letter or a combining mark.
    private static bool IsWordStart(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsWordPart(char c) => IsWordStart(c) || c is '\'' or '’' or '-';

    // One-character tokens (",", "(", ":") without a new string each.
    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>
    /// The sentence after a quotation that names its speaker: "Das sagte Bürgermeisterin X am Montag.", "Mit diesen
    /// Worten begrüßte der Landrat die Gäste.", "So beschreibt es Y."
    /// </summary>
    public static Attribution NextSentence(string sentence)
    {
        var m = NextSentenceOpenerRegex.Match(sentence);
        return m.Success ? After(", " + sentence[m.Length..]) : Attribution.None;
    }

    private static readonly Regex NextSentenceOpenerRegex = new(Lexicon.Alternatives("quotes", "next_sentence_openers"));

    /// <summary>The phrase after a quotation up to the end of its sentence: ", so Role Name.", ", ergänzt er."</summary>
    public static Attribution After(string phrase)
    {
        var t = Tokens(phrase);
        int i = 0;
        if (i < t.Count && t[i] is "," or "–" or "-") i++;
        // "»…« – mit diesen Worten eröffnete Oberbürgermeister X die Sitzung".
        if (i + 2 < t.Count && WithWords[0].Contains(t[i]) && WithWords[1].Contains(t[i + 1]) && WithWords[2].Contains(t[i + 2])) i += 3;
        if (i >= t.Count || !IsVerb(t[i])) return Attribution.None;
        i++;
        // "fügte er hinzu", "sagte abschließend der Minister"; not "heißt es im Vertrag".
        while (i < t.Count && Adverbs.Contains(t[i])) i++;
        if (i < t.Count && IsPronoun(t[i], out char g)) return new Attribution(AttributionKind.Pronoun, Gender: g);
        return Subject(t, i, appositiveUntilComma: false, atStartOnly: true);
    }

    /// <summary>
    /// The person the tokens from <paramref name="from"/> name: "[Der] [Heidenauer] [Leitender] Role Name",
    /// "Role des Amtes Name", "Name, role", or only "der Innenminister".
    /// </summary>
    private static Attribution Subject(List<string> t, int from, bool appositiveUntilComma, bool atStartOnly = false)
    {
        Attribution roleOnly = Attribution.None, bare = Attribution.None;
        for (int i = from; i < t.Count; i++)
        {
            if (t[i] == ",") { if (atStartOnly) break; continue; }
            bool afterPreposition = i > 0 && Prepositions.Contains(t[i - 1]);
            int roleStart = i;
            while (i < t.Count && RoleAdjectives.Contains(t[i])) i++;
            if (i < t.Count && IsRole(t[i]) && !afterPreposition)
            {
                var named = AfterRole(t, roleStart, i, appositiveUntilComma);
                // "Dabei betonte Oberbürgermeister X": the role-led name wins over a capitalised word before it.
                if (named.Kind == AttributionKind.Named) return named;
                if (roleOnly.Kind == AttributionKind.None) roleOnly = named;
                continue;
            }
            i = roleStart;
            if (IsNameWord(t[i]) && !afterPreposition && AtPhraseStart(t, from, i))
            {
                int end = NameEnd(t, i);
                var name = string.Join(' ', t.GetRange(i, end - i));
                // Before a colon the name ends the phrase or meets a comma, verb or employer ("vom Landespräventionsrat"); after a quotation any lower-case word may follow.
                bool closed = end == t.Count || t[end] is "," or "(" || NameClosers.Contains(t[end]) || IsVerb(t[end]) || (atStartOnly && char.IsLower(t[end][0]));
                if (closed && PlausibleName(t, i, end) && bare.Kind == AttributionKind.None)
                {
                    var role = end < t.Count && t[end] == "," ? Appositive(t, end + 1, appositiveUntilComma) : "";
                    bare = new Attribution(AttributionKind.Named, name, role, GenderOf(role));
                    if (role.Length > 0 || atStartOnly) return bare;
                }
            }
            // After a quotation the subject comes first; "Sachsens Innenminister", "Dresdner Polizeipräsident" lead into it.
            if (atStartOnly && !Skippable.Contains(t[i]) && !char.IsLower(t[i][0])
                && !(i + 1 < t.Count && (IsRole(t[i + 1]) || RoleAdjectives.Contains(t[i + 1])))) break;
        }
        return bare.Kind != AttributionKind.None ? bare : roleOnly;
    }

    // A name without a role before it must open the phrase (after link words): later capitals are nouns.
    private static bool AtPhraseStart(List<string> t, int from, int i)
    {
        for (int k = from; k < i; k++)
            if (!Skippable.Contains(t[k]) && !IsVerb(t[k])) return false;
        return true;
    }

    private static bool PlausibleName(List<string> t, int start, int end)
    {
        if (end - start > 4) return false;
        if (end - start > 1) return true;
        var w = t[start].ToLowerInvariant();
        return !NotSpeakers.Contains(w) && !NounEndings.End(w);
    }

    private static int NameEnd(List<string> t, int i)
    {
        int end = i;
        while (end < t.Count)
        {
            if (IsNameWord(t[end])) end++;
            // "Hans von der Heide", but "Sven Muster vom Landespräventionsrat" names an employer: particles follow a first name only.
            else if (IsParticle(t, end) && (end == i + 1 || IsParticle(t, end - 1)) && end + 1 < t.Count && (IsNameWord(t[end + 1]) || IsParticle(t, end + 1))) end++;
            // Surnames that are also functions ("Sven Richter", "Anke Meister") end the name.
            // ("Der Heidenauer Bürgermeister," is a function with a place adjective.)
            else if (end > i && IsRole(t[end]) && !t[end].EndsWith("in", StringComparison.Ordinal) && (end + 1 == t.Count || t[end + 1] == ",")
                     && !(i > 0 && Articles.Contains(t[i - 1])))
                return end + 1;
            else break;
        }
        while (end > i && NameParticles.Contains(t[end - 1])) end--;
        return end;
    }

    /// <summary>After a role word at <paramref name="roleWord"/>: the name that follows, or the role alone.</summary>
    // "von der Heide": "der" and "den" only after "von".
    private static bool IsParticle(List<string> t, int k) =>
        NameParticles.Contains(t[k]) && (!ParticleArticles.Contains(t[k]) || k > 0 && ParticleLeads.Contains(t[k - 1]));

    private static Attribution AfterRole(List<string> t, int roleStart, int roleWord, bool appositiveUntilComma)
    {
        var role = string.Join(' ', t.GetRange(roleStart, roleWord - roleStart + 1));
        // "die Beigeordnete": the article tells the gender the word does not.
        char gender = roleStart > 0 && FeminineArticles.Contains(t[roleStart - 1]) ? 'f' : GenderOf(role);
        int i = roleWord + 1;
        if (i < t.Count && IsNameWord(t[i]))
        {
            int end = NameEnd(t, i);
            var name = string.Join(' ', t.GetRange(i, end - i));
            return new Attribution(AttributionKind.Named, name, role, gender);
        }
        // "Geschäftsführer des Landespräventionsrates Sven Forkert": the complement, then the name (its last two words).
        if (i < t.Count && char.IsLower(t[i][0]) && ComplementLinks.Contains(t[i]))
        {
            int run = i + 1;
            while (run < t.Count && (char.IsLower(t[run][0]) && !ComplementStops.Contains(t[run]) && !IsVerb(t[run]))) run++;
            int capStart = run;
            // The complement may hold acronyms ("des LPR"), a name may not.
            while (run < t.Count && (IsNameWord(t[run]) || char.IsUpper(t[run][0]) && t[run].Length > 1 && !IsRole(t[run]))) run++;
            // "Oberbürgermeister der Stadt Plauen, Steffen Zenner, betonte"
            if (run - capStart >= 1 && run + 1 < t.Count && t[run] == "," && IsNameWord(t[run + 1]))
            {
                int end = NameEnd(t, run + 1);
                return new Attribution(AttributionKind.Named, string.Join(' ', t.GetRange(run + 1, end - run - 1)),
                    string.Join(' ', t.GetRange(roleStart, run - roleStart)), gender);
            }
            if (run - capStart >= 3 && (run == t.Count || t[run] == "," || IsVerb(t[run])))
            {
                int nameStart = run - 2;
                return new Attribution(AttributionKind.Named, t[nameStart] + " " + t[nameStart + 1],
                    string.Join(' ', t.GetRange(roleStart, nameStart - roleStart)), gender);
            }
        }
        return new Attribution(AttributionKind.RoleOnly, Role: role, Gender: gender);
    }

    /// <summary>"…, stellv. Geschäftsführerin des Landespräventionsrates, ergänzt": the role between the commas, if it names a function.</summary>
    private static string Appositive(List<string> t, int from, bool untilComma)
    {
        int end = from;
        while (end < t.Count && t[end] != "," && t[end] != "(" && t[end] != ")") end++;
        if (!untilComma && end < t.Count && t[end] == ",")
            end = t.Count;
        // Drop the trailing verb of "…, Leiterin des Amtes ergänzt" / "… sagte dazu".
        while (end > from && char.IsLower(t[end - 1][0]) && !RoleAdjectives.Contains(t[end - 1])
               && (IsVerb(t[end - 1]) || SpeechParticles.Contains(t[end - 1])))
            end--;
        // "…, der Heidenauer Bürgermeister, …": the function without article and place adjective.
        while (from < end && (Skippable.Contains(t[from]) || from + 1 < end && IsRole(t[from + 1]) && IsNameWord(t[from]))) from++;
        if (end <= from) return "";
        var words = t.GetRange(from, end - from);
        if (!words.Any(w => IsRole(w))) return "";
        return string.Join(' ', words).Replace(" ,", ",");
    }
}
