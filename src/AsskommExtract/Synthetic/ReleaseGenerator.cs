using System.Globalization;
using System.Net;
using System.Text;

namespace AsskommExtract.Synthetic;

/// <summary>One generated release: the file's text and what was put into it.</summary>
public sealed record GeneratedRelease(string FileName, string Format, string Text, string Date, string Title, IReadOnlyList<string> Paragraphs);

/// <summary>
/// Writes synthetic SMI-style press releases for benchmarks and tests: towns from the embedded
/// gazetteer, invented speakers and roles, counts as digits, number words and ordinals with
/// qualifiers, several quote styles and attribution forms, the letterhead at the top and the
/// footer block dropped into a paragraph or a quote at a random word. Release i depends only on
/// (seed, i), so a corpus is reproducible and can be generated in any order.
/// </summary>
public sealed class ReleaseGenerator
{
    public static readonly IReadOnlyList<string> Formats = ["txt", "md", "html"];

    private static readonly Lazy<string[]> Towns = new(LoadTowns);

    private readonly int _seed;
    private readonly IReadOnlyList<string> _formats;

    public ReleaseGenerator(int seed, IReadOnlyList<string>? formats = null)
    {
        _formats = formats is { Count: > 0 } ? formats : ["txt"];
        foreach (var f in _formats)
            if (!Formats.Contains(f)) throw new ArgumentException($"unknown format '{f}' (known: {string.Join(' ', Formats)})");
        _seed = seed;
    }

    /// <summary>Writes releases 0 … count-1 into <paramref name="folder"/>; returns the bytes written.</summary>
    public long WriteTo(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        var utf8 = new UTF8Encoding(false);
        for (int i = 0; i < count; i++)
        {
            var r = Generate(i);
            var data = utf8.GetBytes(r.Text);
            File.WriteAllBytes(Path.Combine(folder, r.FileName), data);
            bytes += data.Length;
        }
        return bytes;
    }

    public GeneratedRelease Generate(int index)
    {
        var rng = new Random(Mix(_seed, index));
        var format = _formats[index % _formats.Count];
        var b = new Body(rng);
        var (kind, title, paragraphs) = b.Compose();
        var date = new DateOnly(2019, 2, 6).AddDays(rng.Next(0, 2500));
        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dateline = date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var name = $"{index:D6}_{kind}.{format}";
        var text = format switch
        {
            "md" => Markdown(rng, title, paragraphs, dateline, b.Contact),
            "html" => Html(title, paragraphs, $"{dateline}, {rng.Next(8, 19)}:{rng.Next(0, 60):D2} Uhr"),
            _ => PlainText(rng, title, paragraphs, dateline, b.Contact),
        };
        return new GeneratedRelease(name, format, text, iso, title, paragraphs.Select(p => p.Replace("**", "")).ToList());
    }

    /// <summary>A well-spread seed per release (SplitMix64 finaliser); HashCode.Combine would differ from process to process.</summary>
    private static int Mix(int seed, int index)
    {
        ulong z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    // ---- the page layouts ----

    private static string PlainText(Random rng, string title, List<string> paragraphs, string dateline, string contact)
    {
        var sb = new StringBuilder("\n\nMedieninformation\n\nSächsisches Staatsministerium des Innern\n\n");
        sb.Append($"Ihr Ansprechpartner\n{contact}\n\nDurchwahl\nTelefon +49 351 564 {rng.Next(30000, 39999)}\nTelefax +49 351 564 30409\n\n");
        sb.Append($"presse@smi.sachsen.de*\n\n{dateline}\n\n{title}\n\n");
        var body = paragraphs.Select(p => Wrap(rng, p.Replace("**", ""))).ToList();
        InsertFooter(rng, body, FooterText);
        sb.AppendJoin("\n\n", body);
        return sb.Append('\n').ToString();
    }

    private static string Markdown(Random rng, string title, List<string> paragraphs, string dateline, string contact)
    {
        var sb = new StringBuilder("\n\n# Medieninformation\n\nSächsisches Staatsministerium des Innern\n\n");
        sb.Append($"**Ihr Ansprechpartner**  \n{contact}\n\n**Durchwahl**  \nTelefon +49 351 564 {rng.Next(30000, 39999)}  \nTelefax +49 351 564 30409\n\n");
        sb.Append($"presse@smi.sachsen.de\\*\n\n{dateline}\n\n## {title}\n\n");
        var body = new List<string>(paragraphs);
        InsertFooter(rng, body, FooterMarkdown);
        sb.AppendJoin("\n\n", body);
        sb.Append("\n\nWeitere Informationen sind unter [www.asskomm.sachsen.de](http://www.asskomm.sachsen.de) abrufbar.\n");
        return sb.ToString();
    }

    private static string Html(string title, List<string> paragraphs, string dateline)
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\">\n<head><meta charset=\"utf-8\"><title>");
        sb.Append(WebUtility.HtmlEncode(title)).Append(" - Medienservice Sachsen</title></head>\n<body>\n<article>\n");
        sb.Append($"<p class=\"date\">{dateline}</p>\n");
        sb.Append($"<h1>{WebUtility.HtmlEncode(title)}</h1>\n");
        foreach (var p in paragraphs)
        {
            var html = WebUtility.HtmlEncode(p);
            // Bold runs as <strong>, the way the web version marks figures and speakers.
            for (bool open = true; html.Contains("**"); open = !open)
            {
                int i = html.IndexOf("**", StringComparison.Ordinal);
                html = string.Concat(html.AsSpan(0, i), open ? "<strong>" : "</strong>", html.AsSpan(i + 2));
            }
            sb.Append("<p>").Append(html).Append("</p>\n");
        }
        return sb.Append("</article>\n</body>\n</html>\n").ToString();
    }

    private const string FooterText = """
        Hausanschrift:
        Sächsisches Staatsministerium
        des Innern
        Wilhelm-Buck-Straße 2
        01097 Dresden

        www.smi.sachsen.de

        Zu erreichen mit den
        Straßenbahnlinien 3,6,7,8,9, 11
        und 13. Haltestelle Carolaplatz.

        * Kein Zugang für verschlüsselte elektronische Dokumente. Zugang für qualifiziert elektronisch signierte Dokumente nur unter den auf www.lsf.sachsen.de/eSignatur.html vermerkten Voraussetzungen.
        """;

    private const string FooterMarkdown = """
        **Hausanschrift:**  
        **Sächsisches Staatsministerium  
        des Innern**  
        Wilhelm-Buck-Straße 2  
        01097 Dresden

        [www.smi.sachsen.de](http://www.smi.sachsen.de)

        Zu erreichen mit den  
        Straßenbahnlinien 3,6,7,8,9, 11  
        und 13. Haltestelle Carolaplatz.

        \* Kein Zugang für verschlüsselte elektronische Dokumente. Zugang für qualifiziert elektronisch signierte Dokumente nur unter den auf [www.lsf.sachsen.de/eSignatur.html](http://www.lsf.sachsen.de/eSignatur.html) vermerkten Voraussetzungen.
        """;

    /// <summary>
    /// The page break: the footer lands between two paragraphs, or in the middle of one (a quote
    /// included) before a lower-case word, where the cleaner must rejoin the sentence. Not after
    /// an abbreviation's period ("u. a."): the cleaner takes a block ending in a period as closed.
    /// </summary>
    private static void InsertFooter(Random rng, List<string> body, string footer)
    {
        int at = rng.Next(1, body.Count);
        if (rng.Next(4) == 0)
        {
            body.Insert(at, footer);
            return;
        }
        var p = body[at];
        var cuts = new List<int>();
        for (int i = 1; i + 1 < p.Length; i++)
            if (p[i] is ' ' or '\n' && char.IsLower(p[i + 1]) && p[i - 1] != '.' && i > 40) cuts.Add(i);
        if (cuts.Count == 0)
        {
            body.Insert(at, footer);
            return;
        }
        int cut = cuts[rng.Next(cuts.Count)];
        body[at] = p[..cut] + "\n\n" + footer + "\n\n" + p[(cut + 1)..];
    }

    /// <summary>Breaks a paragraph into lines of about 90 characters, hyphenating a long word now and then, as PDF conversion does.</summary>
    private static string Wrap(Random rng, string paragraph)
    {
        var sb = new StringBuilder();
        int lineLength = 0;
        foreach (var word in paragraph.Split(' '))
        {
            if (lineLength > 0 && lineLength + word.Length > 90)
            {
                int cut = word.Length >= 12 && rng.Next(3) == 0 ? HyphenationPoint(word) : -1;
                if (cut > 0)
                {
                    sb.Append(' ').Append(word, 0, cut).Append("-\n").Append(word, cut, word.Length - cut);
                    lineLength = word.Length - cut;
                    continue;
                }
                sb.Append('\n');
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                sb.Append(' ');
                lineLength++;
            }
            sb.Append(word);
            lineLength += word.Length;
        }
        return sb.ToString();
    }

    /// <summary>A split inside a plain lower-case run of letters ("Präventions|rat"), or -1.</summary>
    private static int HyphenationPoint(string word)
    {
        if (!word.All(char.IsLetter)) return -1;
        for (int i = word.Length / 2; i < word.Length - 3; i++)
            if (char.IsLower(word[i]) && char.IsLower(word[i - 1]))
                return i;
        return -1;
    }

    private static string[] LoadTowns()
    {
        using var stream = typeof(ReleaseGenerator).Assembly.GetManifestResourceStream("gemeinden-sachsen.tsv")
            ?? throw new InvalidOperationException("embedded gazetteer missing");
        using var reader = new StreamReader(stream);
        var towns = new List<string>();
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var cols = line.Split('\t');
            if (cols.Length > 1 && cols[1].Length > 0) towns.Add(cols[1]);
        }
        return towns.ToArray();
    }

    // ---- the release's words ----

    /// <summary>Composes one release's title and body paragraphs (Markdown bold marks figures and speakers).</summary>
    private sealed class Body(Random rng)
    {
        private static readonly string[] Women = ["Katrin", "Birgit", "Sabine", "Annett", "Doreen", "Heike", "Ines", "Franziska", "Claudia", "Yvonne"];
        private static readonly string[] Men = ["Jens", "Matthias", "Uwe", "Falk", "Rico", "Steffen", "Torsten", "Ronny", "Mirko", "Holger"];
        private static readonly string[] LastNames = ["Kretzschmar", "Lindner", "Pätzold", "Rehnert", "Scholze", "Vogelsang", "Hänsel", "Gräfe", "Ullrich", "Böttcher", "Wendler", "Mierisch", "Tschirner", "Kühnel", "Richter-Haase", "Seidel", "Queck", "Domaschke", "Ebert", "Lößnitzer"];
        private static readonly string[] ContactNames = ["Martin Strunden", "Petra Hausmann", "Lars Oehme", "Jana Liebscher"];
        // (male, female) forms of each function.
        private static readonly (string, string)[] LocalRoles = [("Bürgermeister", "Bürgermeisterin"), ("Oberbürgermeister", "Oberbürgermeisterin"), ("Landrat", "Landrätin"), ("Beigeordneter", "Beigeordnete")];
        private static readonly (string, string)[] StateRoles = [("Innenminister", "Innenministerin"), ("Staatssekretär", "Staatssekretärin"), ("Polizeipräsident", "Polizeipräsidentin"), ("Leitender Polizeidirektor", "Leitende Polizeidirektorin"), ("Geschäftsführer des Landespräventionsrates", "Geschäftsführerin des Landespräventionsrates"), ("stellv. Geschäftsführer des Landespräventionsrates", "stellv. Geschäftsführerin des Landespräventionsrates")];
        private static readonly string[] Titles = ["", "", "", "Dr. ", "Prof. Dr. "];
        private static readonly string[] Words = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn", "zwanzig"];
        private static readonly string[] Ordinals = ["", "ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "achten", "neunten", "zehnten"];
        private static readonly string[] Verbs = ["betont", "sagt", "erklärt", "ergänzt", "unterstreicht", "so"];
        private static readonly (string Open, string Close)[] QuoteMarks = [("»", "«"), ("»", "«"), ("„", "“"), ("\"", "\""), ("«", "»"), ("›", "‹")];
        private static readonly string[] Statements =
        [
            "Sicherheit entsteht dort, wo Menschen einander kennen und Verantwortung übernehmen.",
            "Mit jeder Kommune mehr wird unser Netzwerk stärker und die Prävention wirksamer.",
            "Wir wollen Probleme erkennen, bevor sie entstehen, und gemeinsam mit der Polizei handeln.",
            "Die Sicherheitsanalyse zeigt uns, wo wir ansetzen müssen, und das Coaching hilft bei der Umsetzung.",
            "Prävention ist keine Aufgabe für einen allein, sondern für die ganze Stadtgesellschaft.",
            "Gerade in kleinen Gemeinden ist der kurze Draht zwischen Verwaltung, Vereinen und Polizei entscheidend.",
            "Wir haben in den vergangenen Monaten viel über die Sorgen unserer Bürgerinnen und Bürger gelernt.",
            "Der Freistaat lässt die Kommunen bei dieser Aufgabe nicht allein.",
        ];

        public string Contact { get; } = ContactNames[rng.Next(ContactNames.Length)];

        private string Town() => Towns.Value[rng.Next(Towns.Value.Length)];

        private T Pick<T>(T[] items) => items[rng.Next(items.Length)];

        /// <summary>A name with an optional academic title and a function of the matching gender.</summary>
        private (string Name, string Role) Person((string, string)[] roles)
        {
            bool female = rng.Next(2) == 0;
            var (male, fem) = Pick(roles);
            return ($"{Pick(Titles)}{Pick(female ? Women : Men)} {Pick(LastNames)}", female ? fem : male);
        }

        /// <summary>A count with its qualifier: "über 120", "rund **85**", "zwölf", "knapp 40".</summary>
        private string Count(int value)
        {
            var qualifier = rng.Next(8) switch
            {
                0 => "über ", 1 => "rund ", 2 => "knapp ", 3 => "mehr als ", 4 => "etwa ", 5 => "mindestens ", _ => "",
            };
            var number = value <= 20 && rng.Next(2) == 0 ? Words[value]
                : value >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.')
                : value.ToString(CultureInfo.InvariantCulture);
            return rng.Next(4) == 0 ? $"{qualifier}**{number}**" : qualifier + number;
        }

        private static string Cap(string s) => char.ToUpperInvariant(s[0]) + s[1..];

        private string Quote(string speaker, string role)
        {
            var (open, close) = Pick(QuoteMarks);
            var picked = Statements.OrderBy(_ => rng.Next()).Take(rng.Next(2, 5)).ToArray();
            var first = picked[0];
            var second = string.Join(' ', picked[1..]);
            var inner = rng.Next(3) == 0 ? first.TrimEnd('.') + $" – dafür steht »ASSKomm«." : first;
            return rng.Next(5) switch
            {
                0 => $"{role} {speaker}: {open}{inner} {second}{close}",
                1 => $"**{role} {speaker}:** {open}{inner}{close}",
                2 => $"{open}{inner.TrimEnd('.')}{close}, {Pick(Verbs)} {role} {speaker}. {open}{second}{close}",
                3 => $"{speaker}, {role}, ergänzt: {open}{inner} {second}{close}",
                _ => $"{open}{inner.TrimEnd('.')}{close}, {Pick(Verbs)} **{role} {speaker}**.",
            };
        }

        public (string Kind, string Title, List<string> Paragraphs) Compose()
        {
            var town = Town();
            var other = Town();
            int members = rng.Next(20, 140);
            var (local, localRole) = Person(LocalRoles);
            var (state, stateRole) = Person(StateRoles);
            var amount = $"{rng.Next(1, 3)},{rng.Next(1, 10)} {(rng.Next(2) == 0 ? "Millionen" : "Mio.")} Euro";
            var paragraphs = new List<string>();
            string kind, title;
            switch (rng.Next(5))
            {
                case 0:
                    kind = "beitritt";
                    title = rng.Next(2) == 0 ? $"{town} tritt »ASSKomm«-Verbund bei" : $"Präventiv handeln: {town} wird {members}. Kommune im »ASSKomm«-Verbund";
                    paragraphs.Add($"Im Beisein von {stateRole} {state} unterzeichneten heute {localRole} {local} und ein Vertreter des Landespräventionsrates eine Kooperationsvereinbarung im Rahmen der Landesstrategie »Allianz Sichere Sächsische Kommunen« (ASSKomm). Damit sind {Count(members)} Kommunen dem Verbund beigetreten.");
                    break;
                case 1:
                    kind = "bilanz";
                    title = $"Bilanz nach {Words[rng.Next(2, 7)]} Jahren »Allianz Sichere Sächsische Kommunen«";
                    paragraphs.Add($"Der Landespräventionsrat Sachsen hat inzwischen bereits {Count(rng.Next(60, 180))} Kommunen zu Fragen von Prävention und Sicherheit beraten. In {Count(rng.Next(5, 40))} Kommunen hat sich zudem ein Kommunaler Präventionsrat konstituiert, und {Count(rng.Next(10, 60))} »ASSKomm«-Coaching-Prozesse wurden in Gang gesetzt.");
                    break;
                case 2:
                    kind = "fachtag";
                    // Not ending in the town: "Frankenberg/Sa." would end the headline in a period.
                    title = $"Fachtag in {town}: »ASSKomm« trifft sich zum {Ordinals[rng.Next(1, Ordinals.Length)]} Mal";
                    paragraphs.Add($"Zum Fachtag der Allianz Sichere Sächsische Kommunen kamen heute {Count(rng.Next(80, 1600))} Interessierte aus sächsischen Kommunen, der Polizei und freien Trägern in {town} zusammen. Referentinnen und Referenten aus {Count(rng.Next(20, 90))} Kommunen berichteten aus ihrer Arbeit.");
                    break;
                case 3:
                    kind = "kpr";
                    title = $"Kommunaler Präventionsrat in {town} gegründet";
                    paragraphs.Add($"Am {rng.Next(1, 28)}. {Pick(new[] { "März", "Mai", "Juni", "September", "November" })} {rng.Next(2019, 2026)} hat sich in {town} ein Kommunaler Präventionsrat konstituiert. {localRole} {local} lud dazu Vertreter der Stadtverwaltung, der Polizei, der Schulen und der Vereine ein.");
                    break;
                default:
                    kind = "foerderung";
                    title = $"Freistaat fördert kommunale Prävention mit {amount}";
                    paragraphs.Add($"Der Freistaat stellt den Kommunen im Rahmen von »ASSKomm« jährlich {amount} für Projekte der kommunalen Prävention zur Verfügung. Gefördert werden unter anderem Projekte in {town} und {other}.");
                    break;
            }
            paragraphs.Add(Quote(state, stateRole));
            paragraphs.Add($"In {town} soll nun eine Koordinierungsstelle eingerichtet werden, die die lokalen Akteure – u. a. Stadtverwaltung, Polizei, Feuerwehr und Jugendhilfe – bündelt und eine gemeinsame Präventionsstrategie erarbeitet. Als Vorbild dient {other}, wo ein solcher Präventionsrat seit Jahren besteht.");
            if (rng.Next(2) == 0) paragraphs.Add(Quote(local, localRole));
            paragraphs.Add("Hintergrund:");
            paragraphs.Add($"Unter dem Dach der Anfang 2019 gegründeten »Allianz Sichere Sächsische Kommunen« hat der Landespräventionsrat Sachsen {Count(rng.Next(60, 180))} Kommunen beraten, wovon {Count(rng.Next(20, 60))} eng mit ASSKomm zusammenarbeiten. {Cap(Count(members))} Kooperationsvereinbarungen wurden geschlossen und {Count(rng.Next(5, 40))} Sicherheitsanalysen durchgeführt. ASSKomm startete mit {Words[rng.Next(5, 11)]} sächsischen Modellkommunen.");
            paragraphs.Add($"Es beteiligen sich kleinste Gemeinden mit einigen hundert Einwohnern (wie bspw. {Town()}, {Town()} oder {Town()}) ebenso wie größere Städte wie {Town()} und {Town()} an ASSKomm. In {Count(rng.Next(3, 30))} Kommunen begleitet ein Coach die Arbeit vor Ort.");
            paragraphs.Add($"ASSKomm bietet neben Sicherheitsanalysen und Coaching auch Aus- und Fortbildung – u. a. das berufsbegleitende Studium Präventionsmanagement – und die Förderung kommunaler Prävention mit einer jährlichen Gesamtsumme von {amount} für ganz Sachsen.");
            return (kind, title, paragraphs);
        }
    }
}
