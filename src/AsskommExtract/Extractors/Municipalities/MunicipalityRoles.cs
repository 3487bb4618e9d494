using System.Text.RegularExpressions;
using AsskommExtract.Documents;
using AsskommExtract.Models;
using AsskommExtract.Results;

namespace AsskommExtract.Extractors.Municipalities;

/// <summary>
/// The role of each municipality in its release (SPEC.md): <c>subject</c> (joins, signs, founds,
/// hosts), <c>model</c>, <c>example</c> or <c>other</c>. Rules read the clear cases (the headline, the
/// mayor who signs, "in X getroffen", lists after "Modellkommunen" or "wie bspw."); the
/// "municipality_role" model reads the sentence of a mention no rule decides. Subject beats the rest.
/// </summary>
internal static partial class MunicipalityRoles
{
    public const string ModelName = "municipality_role";

    /// <summary>Marks the mention in the model's input; the training data writes it the same way.</summary>
    public const string Marker = "⟦ORT⟧";

    private static int Rank(string role) => role switch { "subject" => 3, "model" => 2, "example" => 1, _ => 0 };

    public static IEnumerable<MunicipalityMention> Assign(Document document, Release release, List<MunicipalityExtractor.Hit> hits)
    {
        var groups = hits.GroupBy(h => h.Town!.Ags).Select(g => new Decision(g.ToList())).ToList();
        foreach (var d in groups)
            foreach (var hit in d.Hits)
            {
                if (d.Role != "subject" && ByRule(document, hit) is { } role && Rank(role) > Rank(d.Role))
                    (d.Role, d.Confidence, d.Decided) = (role, 0.9, true);
                else if (!d.Decided && IsPlaceMarker(document, hit))
                    (d.Confidence, d.Decided) = (0.9, true); // "other" unless another mention makes it more
            }

        // The model decides what no rule did, but only where that can matter: a release is about one
        // town (or a few named together), so once the rules found the subject the rest stay "other"
        // (a prediction costs more than the whole rule pass). Else the model may name one subject, the
        // surest of those the lead names, and not in a review of figures (kind "bilanz"), which is about
        // the whole Allianz. Only such lead towns are put to the model at all: loading it costs a fifth
        // of a second, and for the other roles it adds nothing that is scored.
        if (groups.Any(d => d.Role == "subject") || release.Kind == "bilanz") return groups.Select(d => Mention(document, d));
        Decision? mlSubject = null;
        foreach (var d in groups.Where(d => !d.Decided && d.Hits.Any(h => IsLead(document, document.BlockAt(h.Start)))))
        {
            if (ByModel(document, d.Hits.Take(2)) is not { } ml) continue;
            if (ml.Role == "subject")
            {
                d.Method = "ml"; // stays "other" unless it is the one subject the model may name
                if (ml.Confidence < 0.6) continue;
                d.Candidate = ml;
                if (mlSubject is null || ml.Confidence > mlSubject.Candidate!.Value.Confidence) mlSubject = d;
                continue;
            }
            (d.Role, d.Method, d.Confidence) = (ml.Role, "ml", ml.Confidence);
        }
        if (mlSubject is not null) (mlSubject.Role, mlSubject.Method, mlSubject.Confidence) = ("subject", "ml", mlSubject.Candidate!.Value.Confidence);

        return groups.Select(d => Mention(document, d));
    }

    private static MunicipalityMention Mention(Document document, Decision d)
    {
        var first = d.Hits[0];
        var mention = new MunicipalityMention
        {
            Name = first.Town!.Name,
            Ags = first.Town.Ags,
            Kreis = first.Town.Kreis,
            Role = d.Role,
            Surface = first.Surface(document.Text),
            Method = d.Method,
            Confidence = Math.Round(d.Hits.Max(h => h.Confidence) * d.Confidence, 3),
            Note = d.Hits.Select(h => h.Note).FirstOrDefault(n => n is not null),
        };
        mention.Locate(document, first.Start, first.End);
        return mention;
    }

    /// <summary>The role of one municipality of a release while it is being decided.</summary>
    private sealed class Decision(List<MunicipalityExtractor.Hit> hits)
    {
        public List<MunicipalityExtractor.Hit> Hits { get; } = hits;
        public string Role = "other";
        public string Method = "rule";
        public double Confidence = 0.5;
        public bool Decided;
        public (string Role, double Confidence)? Candidate;
    }

    /// <summary>The role a rule can read from this one mention, or null.</summary>
    internal static string? ByRule(Document document, MunicipalityExtractor.Hit hit)
    {
        var text = document.Text;
        var block = document.BlockAt(hit.Start);
        var sentence = Around(hit, block.Kind == BlockKind.Title ? new TextSpan(block.Start, block.End) : document.SentenceAt(hit.Start));
        var before = text.AsSpan(sentence.Start, hit.Start - sentence.Start);
        var after = text.AsSpan(hit.End, Math.Max(0, sentence.End - hit.End));
        var exampleCue = LastIndex(ExampleCueRegex(), before);
        var modelCue = LastIndex(ModelCueRegex(), before);

        if (block.Kind == BlockKind.Title)
            return exampleCue >= 0 ? "example" : "subject";
        if (IsSubject(document, hit, block, sentence, before, after)) return "subject";
        if (modelCue >= 0 || exampleCue >= 0) return modelCue > exampleCue ? "model" : "example";
        if (ModelCueRegex().IsMatch(after)) return "model";
        return null;
    }

    /// <summary>
    /// The part of a sentence the rules read around a mention: all of it, up to <see cref="Window"/>
    /// characters either side. A "sentence" listing thousands of towns would otherwise be read once per town.
    /// </summary>
    internal static TextSpan Around(MunicipalityExtractor.Hit hit, TextSpan sentence) =>
        new(Math.Max(sentence.Start, Math.Min(hit.Start, sentence.End) - Window), Math.Min(sentence.End, Math.Max(hit.End, sentence.Start) + Window));

    /// <summary>Longer than any cue phrase and the clause it governs in a real release.</summary>
    internal const int Window = 400;

    private static bool IsSubject(Document document, MunicipalityExtractor.Hit hit, Block block, TextSpan sentence, ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var text = document.Text;
        var whole = text.AsSpan(sentence.Start, sentence.Length);
        // The mayor of the town signs or joins: "der Heidenauer Bürgermeister … unterzeichneten",
        // "Anja Muster, Bürgermeisterin der Stadt Zschopau, … unterzeichnet".
        bool mayor = hit.Variant.Form == Form.Adjective && MayorRegex().IsMatch(after) || MayorBeforeRegex().IsMatch(before);
        if (mayor && SignRegex().IsMatch(whole)) return true;
        // "Die Stadt Heidenau ist nunmehr die sechste Kommune …", "Mit Seifhennersdorf beteiligen sich nun …"
        if (JoinsAfterRegex().IsMatch(after) || WithBeforeRegex().IsMatch(before) && WithAfterRegex().IsMatch(after)) return true;
        // The host of a meeting, in the lead: "… haben sich … in Dresden getroffen".
        return IsLead(document, block) && InBeforeRegex().IsMatch(before) && HostRegex().IsMatch(whole);
    }

    /// <summary>
    /// A news-style place marker opening the lead ("Dresden. Am 3. März …", "Zittau (dpa) –"): where the
    /// report was written, not what it is about.
    /// </summary>
    private static bool IsPlaceMarker(Document document, MunicipalityExtractor.Hit hit)
    {
        var block = document.BlockAt(hit.Start);
        if (hit.Start != block.Start || !IsLead(document, block)) return false;
        return PlaceMarkerAfterRegex().IsMatch(document.Text.AsSpan(hit.End, Math.Min(40, block.End - hit.End)));
    }

    [GeneratedRegex(@"^\s*(?:\.\s|\(|[–—-]\s|,\s*(?:den\s+)?\d{1,2}\.)")]
    private static partial Regex PlaceMarkerAfterRegex();

    /// <summary>The first paragraph after the headline (and a sub-heading right under it).</summary>
    private static bool IsLead(Document document, Block block) => document.Lead == block;

    private static int LastIndex(Regex regex, ReadOnlySpan<char> span)
    {
        int last = -1;
        foreach (var m in regex.EnumerateMatches(span)) last = m.Index;
        return last;
    }

    /// <summary>The model's most telling verdict over a town's first mentions (subject over model over example over other).</summary>
    private static (string Role, double Confidence)? ByModel(Document document, IEnumerable<MunicipalityExtractor.Hit> hits)
    {
        var model = TextClassifier.Get(ModelName);
        if (model is null) return null;
        (string Role, double Confidence)? best = null;
        foreach (var hit in hits)
        {
            var (label, confidence) = model.Predict(Context(document, hit.Start, hit.End));
            if (best is null || Rank(label) > Rank(best.Value.Role)) best = (label, confidence);
        }
        return best;
    }

    /// <summary>What the model reads: where the mention stands, then its sentence with the mention marked.</summary>
    internal static string Context(Document document, int start, int end)
    {
        var block = document.BlockAt(start);
        var sentence = block.Kind == BlockKind.Title ? new TextSpan(block.Start, block.End) : document.SentenceAt(start);
        int s = Math.Max(sentence.Start, start - 150), e = Math.Min(Math.Max(sentence.End, end), end + 150);
        var text = document.Text;
        return Section(document, block) + " | " + text[s..start] + Marker + text[end..e];
    }

    private static string Section(Document document, Block block)
    {
        if (block.Kind == BlockKind.Title) return "titel";
        if (IsLead(document, block)) return "einleitung";
        foreach (var b in document.Blocks)
        {
            if (b.Start >= block.Start) break;
            if (b.Kind == BlockKind.Heading && document.Slice(b).Contains("Hintergrund", StringComparison.OrdinalIgnoreCase)) return "hintergrund";
        }
        return "text";
    }

    [GeneratedRegex(@"\bwie\b|\b(?:bspw|beispielsweise|z\.\s?B|zum Beispiel|etwa|darunter|u\.\s?a|unter anderem|insbesondere)\b")]
    private static partial Regex ExampleCueRegex();

    [GeneratedRegex(@"Modell(?:kommune|stadt|städte|gemeinde|region)|Pilot(?:kommune|stadt|städte)", RegexOptions.IgnoreCase)]
    private static partial Regex ModelCueRegex();

    [GeneratedRegex(@"^\s+(?:Ober)?[Bb]ürgermeister")]
    private static partial Regex MayorRegex();

    [GeneratedRegex(@"(?:Ober)?[Bb]ürgermeister(?:in)?\s+(?:der\s+(?:Großen\s+Kreisstadt|Stadt|Gemeinde)|von)\s+$")]
    private static partial Regex MayorBeforeRegex();

    [GeneratedRegex(@"unterzeichne|unterschr|beigetreten|beitreten|\btritt\b|\btreten\b|Kooperationsvereinbarung|gegründet|gründete|konstitu|ins Leben gerufen", RegexOptions.IgnoreCase)]
    private static partial Regex SignRegex();

    [GeneratedRegex(@"^\s+(?:tritt|trat|ist\s+(?:nun|nunmehr|jetzt|seit\s+heute|damit)|wird|hat\s+(?:heute|nun|jetzt))\b[^.!?]{0,80}?(?:\bbei\b|beigetreten|Mitglied|\d+\.\s+Kommune|\w+te\s+Kommune|Kooperationsvereinbarung|unterzeichnet)")]
    private static partial Regex JoinsAfterRegex();

    [GeneratedRegex(@"^\s*Mit\s+(?:der\s+(?:Stadt|Gemeinde)\s+)?$")]
    private static partial Regex WithBeforeRegex();

    [GeneratedRegex(@"^\s+(?:beteilig|sind|zählt|gehören|wächst)")]
    private static partial Regex WithAfterRegex();

    // "in Dresden", "in der Landeshauptstadt Dresden", "im Rathaus Zittau", "in der Stadthalle Annaberg-Buchholz"
    [GeneratedRegex(@"\b(?:[Ii]n|[Ii]m)\s+(?:(?:der|dem)\s+)?(?:\p{Lu}\p{L}+\s+){0,2}$")]
    private static partial Regex InBeforeRegex();

    [GeneratedRegex(@"getroffen|stattgefunden|\bstatt\b|tagte|\btagt\b|trafen|versammel|Fachtag|Konferenz|Kongress|Vernetzungstreffen|gegründet|konstitu|Auftakt|ausgerichtet|empfängt|begrüßt|\bkamen\b|zusammengekommen")]
    private static partial Regex HostRegex();
}
