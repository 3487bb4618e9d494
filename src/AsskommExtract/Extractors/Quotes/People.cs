using AsskommExtract.Documents;
using AsskommExtract.Text;

namespace AsskommExtract.Extractors.Quotes;

/// <summary>A person the release names: the fullest name written, a function, and the gender the text tells ('f', 'm', '?').</summary>
internal sealed class NamedPerson(string name, string role, char gender)
{
    public string Name { get; set; } = name;
    public string Role { get; set; } = role;
    public char Gender { get; set; } = gender;
    public string Surname { get; } = LastWord(name);

    /// <summary>The surname as people are matched by, folded once rather than at every comparison.</summary>
    public string FoldedSurname { get; } = TextSimilarity.Fold(LastWord(name));

    private static string LastWord(string name)
    {
        int sp = name.LastIndexOf(' ');
        return sp < 0 ? name : name[(sp + 1)..];
    }
}

/// <summary>
/// The people a release names, so that a quotation without an attribution of its own finds its
/// speaker: "erklärte sie" the last woman named before it, "so der Rathauschef" the person named as
/// Bürgermeister, a quotation after "…, machte Torsten Kosuch deutlich." the person that sentence
/// names. Built from every "Role Name" and "Name, role," of the text, and from the speakers of the
/// quotations read so far; a person is one surname.
/// </summary>
internal sealed class People
{
    private readonly List<NamedPerson> _people = [];

    public static People Of(Document document)
    {
        var people = new People();
        foreach (var sentence in document.Sentences)
            foreach (var m in AttributionReader.Mentions(document.Slice(sentence)))
                people.Add(m.Name, m.Role, m.Gender);
        return people;
    }

    /// <summary>Records a person; a second mention of the surname completes the first (full name, function, gender).</summary>
    public NamedPerson Add(string name, string role, char gender)
    {
        var surname = Surname(name);
        foreach (var p in _people)
        {
            if (!p.FoldedSurname.Equals(surname, StringComparison.Ordinal)) continue;
            if (name.Length > p.Name.Length) p.Name = name;
            if (p.Role.Length == 0) p.Role = role;
            if (p.Gender == '?') p.Gender = gender;
            return p;
        }
        var person = new NamedPerson(name, role, gender);
        _people.Add(person);
        return person;
    }

    public NamedPerson? Find(string name)
    {
        var surname = Surname(name);
        return _people.FirstOrDefault(p => p.FoldedSurname == surname);
    }

    /// <summary>The person whose surname stands last in text[from, to) ('?': any gender), or null.</summary>
    public NamedPerson? LastIn(string text, int from, int to, char gender)
    {
        NamedPerson? best = null;
        int bestAt = -1;
        if (to <= from) return null;
        foreach (var p in _people)
        {
            if (gender != '?' && p.Gender != gender) continue;
            int at = LastWordIndex(text, p.Surname, from, to);
            if (at > bestAt) { best = p; bestAt = at; }
        }
        return best;
    }

    /// <summary>
    /// The person named with a function of the same office as <paramref name="role"/> ("Minister",
    /// "Rathauschef"): the one last named before <paramref name="at"/>, else the first named after it.
    /// </summary>
    public NamedPerson? WithRole(string text, string role, int at)
    {
        var office = RoleClasses.Of(role);
        if (office.Length == 0) return null;
        NamedPerson? before = null, after = null;
        int beforeAt = -1, afterAt = int.MaxValue;
        foreach (var p in _people)
        {
            if (RoleClasses.Of(AttributionReader.RoleHead(p.Role)) != office) continue;
            int last = LastWordIndex(text, p.Surname, 0, at);
            if (last > beforeAt) { before = p; beforeAt = last; }
            int first = FirstWordIndex(text, p.Surname, at);
            if (last < 0 && first >= 0 && first < afterAt) { after = p; afterAt = first; }
        }
        return before ?? after;
    }

    private static string Surname(string name) => TextSimilarity.FoldedSurname(name);

    private static int LastWordIndex(string text, string word, int from, int to)
    {
        for (int at = text.LastIndexOf(word, to - 1, to - from, StringComparison.Ordinal); at >= from;
             at = at == 0 ? -1 : text.LastIndexOf(word, at - 1, at - from, StringComparison.Ordinal))
            if (IsWord(text, at, word.Length)) return at;
        return -1;
    }

    private static int FirstWordIndex(string text, string word, int from)
    {
        for (int at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            if (IsWord(text, at, word.Length)) return at;
        return -1;
    }

    private static bool IsWord(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length >= text.Length || !char.IsLetter(text[at + length]));
}

/// <summary>The offices of data/role-classes.tsv: which function words name the same office.</summary>
internal static class RoleClasses
{
    private static readonly Lazy<List<(string Ending, string Office)>> Endings = new(Load);

    /// <summary>The office a function word names ("Staatsminister" → "minister"), "" when none is listed.</summary>
    public static string Of(string roleWord)
    {
        if (roleWord.Length == 0) return "";
        var w = roleWord.ToLowerInvariant();
        foreach (var (ending, office) in Endings.Value)
            if (w.EndsWith(ending, StringComparison.Ordinal)) return office;
        return "";
    }

    private static List<(string, string)> Load()
    {
        using var stream = typeof(RoleClasses).Assembly.GetManifestResourceStream("role-classes.tsv")
            ?? throw new InvalidOperationException("role-classes.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var endings = new List<(string Ending, string Office)>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            foreach (var e in cols[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                endings.Add((e, cols[0]));
        }
        // Longest ending first: "polizeipräsident" before "präsident".
        endings.Sort((a, b) => b.Ending.Length.CompareTo(a.Ending.Length));
        return endings;
    }
}
