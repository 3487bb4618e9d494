using System.Text.RegularExpressions;
using AsskommExtract.Vocabulary;
using AsskommExtract.Documents;
using AsskommExtract.Extractors.Kinds;
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

    public static IEnumerable<MunicipalityMention> Assign(Document document, List<MunicipalityExtractor.Hit> hits, IModels models)
    {
        var kind = document.Annotations.Get(KindAnnotations.Kind).Kind;
        var groups = hits.GroupBy(h => h.Town!.Ags).Select(g => new Decision(g.ToList())).ToList();
        foreach (var d in groups)
            foreach (var hit in d.Hits)
            {
                if (d.Role != "subject" && ByRule(document, hit, kind) is { } role && Rank(role) > Rank(d.Role))
                    (d.Role, d.Confidence, d.Decided) = (role, MunicipalityLevels.RoleByRule, true);
                else if (!d.Decided && IsPlaceMarker(document, hit))
                    (d.Confidence, d.Decided) = (MunicipalityLevels.RoleByRule, true); // "other" unless another mention makes it more
            }
        SubjectLists(document, hits, groups);
        // A page not about ASSKomm (a police or fire-brigade page, another state's prevention council)
        // has no subject: the town where the minister hands over fire engines is just named.
        if (document.Annotations.Get(KindAnnotations.Topic) is Topic.Unrelated or Topic.OtherState)
        {
            foreach (var d in groups.Where(d => d.Role == "subject")) d.Role = "other";
            return groups.Select(d => Mention(document, d));
        }

        // The model decides what no rule did, but only where that can matter: a release is about one
        // town (or a few named together), so once the rules found the subject the rest stay "other"
        // (a prediction costs more than the whole rule pass). Else the model may name one subject, the
        // surest of those the lead names, and not in a review of figures (kind "bilanz"), which is about
        // the whole Allianz, nor on a page of other news (kind "sonstiges": newsletters, the Allianz's
        // start, a handbook), where a town named first is rarely what the page is about. Only such lead towns are put to the model at all: loading it costs a fifth
        // of a second, and for the other roles it adds nothing that is scored.
        if (groups.Any(d => d.Role == "subject") || kind is "bilanz" or "sonstiges") return groups.Select(d => Mention(document, d));
        Decision? mlSubject = null;
        foreach (var d in groups.Where(d => !d.Decided && d.Hits.Any(h => IsLead(document, document.BlockAt(h.Start)))))
        {
            if (ByModel(document, d.Hits.Take(2), models) is not { } ml) continue;
            if (ml.Label == "subject")
            {
                d.Method = "ml"; // stays "other" unless it is the one subject the model may name
                if (ml.Probability < MunicipalityLevels.MinModelSubject) continue;
                d.Candidate = ml;
                if (mlSubject is null || ml.Probability > mlSubject.Candidate!.Value.Probability) mlSubject = d;
                continue;
            }
            (d.Role, d.Method, d.Confidence) = (ml.Label, "ml", ml.Confidence);
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
        public double Confidence = MunicipalityLevels.RoleUndecided;
        public bool Decided;
        public Prediction? Candidate;
    }

    /// <summary>The role a rule can read from this one mention, or null.</summary>
    internal static string? ByRule(Document document, MunicipalityExtractor.Hit hit, string? kind = null)
    {
        var text = document.Text;
        var block = document.BlockAt(hit.Start);
        var sentence = Around(hit, block.Kind is BlockKind.Title or BlockKind.Heading ? new TextSpan(block.Start, block.End) : document.SentenceAt(hit.Start));
        var before = text.AsSpan(sentence.Start, hit.Start - sentence.Start);
        var after = text.AsSpan(hit.End, Math.Max(0, sentence.End - hit.End));
        var exampleCue = LastIndex(ExampleCueRegex, before);
        var modelCue = LastIndex(ModelCueRegex, before);

        if (block.Kind == BlockKind.Title)
            return exampleCue >= 0 ? "example" : "subject";
        // A heading that states what happened, as on a page listing several towns' news ("Pirna:
        // Kooperation unterzeichnet", "Zwickau gründet Kommunalen Präventionsrat").
        if (block.Kind == BlockKind.Heading && exampleCue < 0 && IsEventHeadline(document.Slice(block))) return "subject";
        if (IsSubject(document, hit, block, sentence, before, after, kind)) return "subject";
        if (modelCue >= 0 || exampleCue >= 0) return modelCue > exampleCue ? "model" : "example";
        if (ModelCueRegex.IsMatch(after)) return "model";
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

    private static bool IsEventHeadline(string heading) =>
        KindRules.FromHeadline(heading) is { Matches: > 0, Kind: "beitritt" or "kpr" or "fachtag" };

    private static bool IsSubject(Document document, MunicipalityExtractor.Hit hit, Block block, TextSpan sentence, ReadOnlySpan<char> before, ReadOnlySpan<char> after, string? kind)
    {
        var text = document.Text;
        var whole = text.AsSpan(sentence.Start, sentence.Length);
        // The mayor of the town signs or joins: "der Heidenauer Bürgermeister … unterzeichneten",
        // "Stollbergs Oberbürgermeister …", "Anja Muster, Bürgermeisterin der Stadt Zschopau, … unterzeichnet",
        // "die Bürgermeister … – Ruben Muster (Schwarzenberg), Heinz Beispiel (Aue-Bad Schlema) … – unterzeichneten".
        bool mayor = hit.Variant.Form is Form.Adjective or Form.Genitive && MayorRegex.IsMatch(after) || MayorBeforeRegex.IsMatch(before) ||
            PersonBeforeRegex().IsMatch(before) && after.StartsWith(")") && MayorWordRegex.IsMatch(whole);
        if (mayor && SignRegex.IsMatch(whole)) return true;
        // "Die Stadt Heidenau ist nunmehr die sechste Kommune …", "Mit Seifhennersdorf beteiligen sich nun …",
        // "… wurde Seifhennersdorf als 100. Kommune beraten"
        if (JoinsAfterRegex.IsMatch(after) || WithBeforeRegex.IsMatch(before) && WithAfterRegex.IsMatch(after) || OrdinalAfterRegex.IsMatch(after)) return true;
        if (!IsOpening(document, block)) return false;
        // The lead (its first sentence) opens with the town as its grammatical subject: "Die Stadt Colditz ist eine von 13 Kommunen …".
        if (kind != "bilanz" && sentence.Start == block.Start && PlaceNounOpeningRegex.IsMatch(before) && FiniteVerbRegex.IsMatch(after)) return true;
        // The host of a meeting, in the lead: "… haben sich … in Dresden getroffen", "fand im Conference
        // Center des Dresdner Flughafens der 4. Fachtag statt".
        // A town's signing in the lead: "Um die Prävention in Görlitz zu verstärken, unterschrieben …".
        bool located = InBeforeRegex.IsMatch(before) || hit.Variant.Form == Form.Adjective && VenueAfterRegex.IsMatch(after);
        // At a conference the place the lead opens with is the host: "Am Dresdner Flughafen … ging es heute um …".
        bool opensConference = kind == "fachtag" && sentence.Start == block.Start;
        return located && (HostRegex.IsMatch(whole) || opensConference ||
            kind == "beitritt" && SignRegex.IsMatch(whole) && !LookBackRegex.IsMatch(before));
    }

    /// <summary>
    /// Towns named together act together: a list of towns ("Auerbach, Lengenfeld und Rodewisch treten …
    /// bei", "die Große Kreisstadt Weißwasser und die Kur- und Parkstadt Bad Muskau … beigetreten") whose
    /// clause joins or signs, or that opens the lead ("Die Städte Chemnitz, Freital … wollen …"), are all
    /// subjects; and one subject of a list makes the rest of it subjects, unless a rule gave them
    /// another role (examples, models).
    /// </summary>
    private static void SubjectLists(Document document, List<MunicipalityExtractor.Hit> ordered, List<Decision> groups)
    {
        var text = document.Text;
        // One entry per town, not per mention: a long text names the same towns thousands of times.
        var byTown = groups.ToDictionary(d => d.Hits[0].Town!.Ags);
        Decision Of(MunicipalityExtractor.Hit h) => byTown[h.Town!.Ags];
        for (int i = 0; i < ordered.Count;)
        {
            int j = i;
            while (j + 1 < ordered.Count && ListGapRegex.IsMatch(text.AsSpan(ordered[j].End, ordered[j + 1].Start - ordered[j].End))) j++;
            if (j == i)
            {
                i++;
                continue;
            }
            var list = ordered.GetRange(i, j - i + 1);
            i = j + 1;
            if (list.Select(Of).Distinct().Count() < 2) continue;
            var first = list[0];
            var block = document.BlockAt(first.Start);
            if (block.Kind is BlockKind.Title or BlockKind.Heading) continue;
            var sentence = document.SentenceAt(first.Start);
            var clauseBefore = Clause(text.AsSpan(sentence.Start, first.Start - sentence.Start), fromEnd: true);
            var clauseAfter = Clause(text.AsSpan(list[^1].End, Math.Max(0, sentence.End - list[^1].End)), fromEnd: false);
            if (ExampleCueRegex.IsMatch(clauseBefore) || ModelCueRegex.IsMatch(clauseBefore) || LookBackRegex.IsMatch(clauseBefore)) continue;
            // "Gäste aus Krauschwitz und Schleife": a list after a preposition says where from or where, not who acts.
            if (PrepositionBeforeRegex.IsMatch(clauseBefore)) continue;
            bool acts = list.Any(h => Of(h).Role == "subject") ||
                JoinRegex.IsMatch(clauseAfter) || JoinRegex.IsMatch(clauseBefore) ||
                IsOpening(document, block) && ListOpeningRegex.IsMatch(clauseBefore);
            if (!acts) continue;
            foreach (var h in list)
            {
                var d = Of(h);
                if (d.Role == "other") (d.Role, d.Method, d.Confidence, d.Decided) = ("subject", "rule", MunicipalityLevels.SubjectByList, true);
            }
        }
    }

    /// <summary>The part of a sentence fragment up to its nearest comma or dash that is not inside the list: the clause the list stands in.</summary>
    private static ReadOnlySpan<char> Clause(ReadOnlySpan<char> part, bool fromEnd)
    {
        if (fromEnd)
        {
            int k = part.LastIndexOfAny(',', ';', ':');
            return k < 0 ? part : part[(k + 1)..];
        }
        int e = part.IndexOfAny(',', ';', ':');
        return e < 0 ? part : part[..e];
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

    private static bool IsOpening(Document document, Block block) => document.Opening.Contains(block);

    private static int LastIndex(Regex regex, ReadOnlySpan<char> span)
    {
        int last = -1;
        foreach (var m in regex.EnumerateMatches(span)) last = m.Index;
        return last;
    }

    /// <summary>The model's most telling verdict over a town's first mentions (subject over model over example over other).</summary>
    private static Prediction? ByModel(Document document, IEnumerable<MunicipalityExtractor.Hit> hits, IModels models)
    {
        var model = models.Get(ModelName);
        if (model is null) return null;
        Prediction? best = null;
        foreach (var hit in hits)
        {
            var prediction = model.Predict(Context(document, hit.Start, hit.End));
            if (best is null || Rank(prediction.Label) > Rank(best.Value.Label)) best = prediction;
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

    private static readonly Regex ExampleCueRegex = new(Lexicon.Alternatives("municipalities", "example_cues"));

    private static readonly Regex ModelCueRegex = new(Lexicon.Alternatives("municipalities", "model_cues"), RegexOptions.IgnoreCase);

    private static readonly Regex MayorRegex = new(Lexicon.Alternatives("municipalities", "mayor_after"));

    private static readonly Regex MayorWordRegex = new(Lexicon.Alternatives("municipalities", "mayor_words"));

    // "Ruben Muster (" right before the town: a person named with the town they stand for.
    [GeneratedRegex(@"\p{Lu}[\p{L}\-]+\s+\p{Lu}[\p{L}\-]+\s*\($")]
    private static partial Regex PersonBeforeRegex();

    // "… als 100. Kommune beraten", "… als sechste Kommune im Landkreis"
    private static readonly Regex OrdinalAfterRegex = new(Lexicon.Alternatives("municipalities", "ordinal_after"));

    // The lead's sentence opens with the town: "Die Stadt X", "Auch die Gemeinde X", "Die Große Kreisstadt X".
    private static readonly Regex PlaceNounOpeningRegex = new(Lexicon.Alternatives("municipalities", "place_noun_opening"));

    private static readonly Regex FiniteVerbRegex = new(@"^\s+" + Lexicon.Alternatives("municipalities", "finite_verbs") + @"\b");

    // After a town's adjective, a place in the town where something happens: "des Dresdner Flughafens".
    private static readonly Regex VenueAfterRegex = new(@"^\s+" + Lexicon.Alternatives("municipalities", "venues_after") + @"\b");

    // Between two towns of one list: a comma or "und", an article, a descriptor ("die Kur- und Parkstadt").
    private static readonly Regex ListGapRegex = new(Lexicon.Alternatives("municipalities", "list_gap"));

    // What a list of towns does when they join together (founding a council is a single town's matter).
    private static readonly Regex JoinRegex = new(Lexicon.Alternatives("municipalities", "join_words"), RegexOptions.IgnoreCase);

    private static readonly Regex PrepositionBeforeRegex = new(Lexicon.Alternatives("municipalities", "prepositions_before"), RegexOptions.IgnoreCase);

    // "Die Städte Chemnitz, Freital und …" opening the sentence: the list is what the sentence is about.
    private static readonly Regex ListOpeningRegex = new(Lexicon.Alternatives("municipalities", "list_opening"));

    // A clause looking back: "Nachdem Görlitz und Zittau … unterzeichnet hatten", "nach den Hochschulstädten …", "wie zuvor …".
    private static readonly Regex LookBackRegex = new(@"\b" + Lexicon.Alternatives("municipalities", "look_back") + @"\b");

    private static readonly Regex MayorBeforeRegex = new(Lexicon.Alternatives("municipalities", "mayor_before"));

    private static readonly Regex SignRegex = new(Lexicon.Alternatives("municipalities", "sign_words"), RegexOptions.IgnoreCase);

    private static readonly Regex JoinsAfterRegex = new(Lexicon.Alternatives("municipalities", "joins_after"));

    private static readonly Regex WithBeforeRegex = new(Lexicon.Alternatives("municipalities", "with_before"));

    private static readonly Regex WithAfterRegex = new(@"^\s+" + Lexicon.Alternatives("municipalities", "with_after"));

    // "in Dresden", "in der Landeshauptstadt Dresden", "im Rathaus Zittau", "in der Stadthalle Annaberg-Buchholz"
    private static readonly Regex InBeforeRegex = new(Lexicon.Alternatives("municipalities", "in_before"));

    private static readonly Regex HostRegex = new(Lexicon.Alternatives("municipalities", "host_words"));
}
