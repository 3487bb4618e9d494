using System.Text.RegularExpressions;
using AsskommExtract.Documents;
using AsskommExtract.Extractors.Counts;
using AsskommExtract.Extractors.Dates;
using AsskommExtract.Extractors.Kinds;
using AsskommExtract.Extractors.Municipalities;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;

namespace AsskommExtract.Register;

/// <summary>
/// What a release says each of its municipalities did (<see cref="MemberStep"/>): a sentence is a
/// statement of a step when it names the step's topic and an action of it (data/register-cues.tsv),
/// and no plan, decision or count of advice stands before the action in it. Whom it is about comes
/// from the town's role in the release, not from the release's kind:
/// <list type="bullet">
/// <item>the subject, in any statement that names it (or, naming no town, calls it "die Stadt");</item>
/// <item>a model town, as a founding member, where the sentence says the Allianz started with it;</item>
/// <item>any other town only where the statement is plainly its own: it carries its own date
/// ("Nachdem Görlitz im Jahr 2020 … unterzeichnet hat") or it is the only town the sentence names
/// while the release's subject is not among them;</item>
/// <item>an example town never.</item>
/// </list>
/// Runs only for the commands that build the register (members, series -m members).
/// </summary>
public sealed partial class StepExtractor : IExtractor
{
    private static readonly string[] EventSteps = [Steps.Joined, Steps.KprFounded, Steps.AnalysisStarted, Steps.AnalysisFinished, Steps.CoachingStarted];
    private const string Founding = "founding";

    private readonly record struct Mention(int Start, int End, MunicipalityMention Town);

    /// <summary>A step a sentence reports; <see cref="Clauses"/> are the clauses of its actions (sentence offsets), <see cref="Past"/> when the first says it was done earlier.</summary>
    private readonly record struct Statement(string Step, List<(int Start, int End)> Clauses, bool Past);

    public string Name => "steps";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [DateAnnotations.Date, KindAnnotations.Kind, MunicipalityAnnotations.Municipalities, MunicipalityAnnotations.NameForms];

    public IReadOnlyList<AnnotationKey> Provides { get; } = [StepAnnotations.Steps];

    public void Extract(Document document)
    {
        var steps = new List<MemberStep>();
        document.Annotations.Set(StepAnnotations.Steps, steps);
        var towns = document.Annotations.Get(MunicipalityAnnotations.Municipalities);
        var kind = document.Annotations.Get(KindAnnotations.Kind);
        var releaseDate = document.Annotations.Get(DateAnnotations.Date).Iso;
        // A release the kind rule found not to speak of ASSKomm at all reports no steps; the kind model's guess is not enough to drop one.
        if (towns.Count == 0 || kind is { Kind: "sonstiges", Method: "rule" }) return;
        var text = document.Text;
        List<Mention>? mentions = null;
        var found = new Dictionary<(string Ags, string Step), MemberStep>();
        var foundingDates = new List<string>();
        var subjects = towns.Where(m => m.Role == "subject").ToList();

        var anyTopic = RegisterCues.Data.AnyTopic;
        foreach (var sentence in Sentences(document))
        {
            if (!anyTopic.IsMatch(text.AsSpan(sentence.Start, sentence.Length))) continue;
            var words = text.Substring(sentence.Start, sentence.Length);
            mentions ??= Mentions(document.Annotations.Get(MunicipalityAnnotations.NameForms), towns);
            var named = mentions.Where(m => m.Start >= sentence.Start && m.Start < sentence.End && m.Town.Role != "example").ToList();
            bool anaphor = named.Count == 0 && subjects.Count == 1 && RegisterCues.Data.Any("anaphor")?.IsMatch(words) == true;
            bool founding = IsFounding(words);
            // A statement is about a town the sentence names (or the subject it calls "die Stadt"): without
            // one, only a founding sentence's date counts, and the statements need not be read at all.
            var statements = named.Count > 0 || anaphor ? Statements(words).ToList() : [];
            if (statements.Count == 0 && !founding) continue;
            var dates = StatedDates.Find(text, sentence.Start, sentence.End, releaseDate);

            if (founding)
            {
                if (dates.Count > 0) foundingDates.Add(dates[0].Iso);
                bool member = RegisterCues.Data.Get(Founding, "member")?.IsMatch(words) == true;
                foreach (var m in Distinct(named).Where(m => member || m.Town.Role == "model"))
                {
                    var step = NewStep(document, m.Town, Steps.Joined, sentence, words, StepLevels.FoundingMember);
                    step.Founding = true;
                    if (dates.Count > 0) (step.Date, step.DateBasis) = (dates[0].Iso, "stated");
                    else step.Date = null;
                    Keep(found, step);
                }
            }
            if (statements.Count == 0) continue;

            bool subjectNamed = named.Any(m => m.Town.Role == "subject");
            var ordinals = Ordinals(text, sentence);
            foreach (var statement in statements)
            {
                // A date in the clause of another step's action is that step's: "Kamenz, das im Juni 2022 beigetreten war, hat heute einen Präventionsrat gegründet".
                bool In(List<(int Start, int End)> clauses, StatedDate d) => clauses.Any(c => d.Start >= sentence.Start + c.Start && d.Start < sentence.Start + c.End);
                var ownDates = OwnDates(named, dates.Where(d => In(statement.Clauses, d) || !statements.Any(o => o.Step != statement.Step && In(o.Clauses, d))).ToList());
                var targets = Enumerated(text, named, m => m.Town.Role == "subject" || ownDates.ContainsKey(m.Town.Ags)
                        || statement.Clauses.Any(c => m.Start >= sentence.Start + c.Start && m.Start < sentence.Start + c.End)
                        || !subjectNamed && named.All(o => o.Town.Ags == m.Town.Ags)).DistinctBy(m => m.Town.Ags)
                    .Select(m => (m.Town, Confidence: m.Town.Role == "subject" ? StepLevels.SubjectActs : StepLevels.OtherTownActs, Mention: (Mention?)m))
                    .ToList();
                if (anaphor)
                    targets.Add((subjects[0], StepLevels.Anaphor, null));
                foreach (var (town, confidence, mention) in targets)
                {
                    var step = NewStep(document, town, statement.Step, sentence, words, confidence);
                    if (ownDates.TryGetValue(town.Ags, out var date)) (step.Date, step.DateBasis) = (date, "stated");
                    else if (statement.Past) continue; // done earlier, and the sentence does not say when
                    else step.Date = releaseDate;
                    if (statement.Step == Steps.Joined && ordinals.Count > 0)
                        step.Ordinal = mention is { } at && named.Count > 0
                            ? ordinals.MinBy(o => Distance(o.Start, o.End, at.Start, at.End)).Value
                            : ordinals[0].Value;
                    Keep(found, step);
                }
            }
        }
        RefineFoundingDates(found.Values, foundingDates);
        steps.AddRange(found.Values);
    }

    /// <summary>The headline as one sentence, then the sentences of the body.</summary>
    private static IEnumerable<TextSpan> Sentences(Document document)
    {
        int bodyStart = 0;
        if (document.TitleBlock is { } title)
        {
            yield return new TextSpan(title.Start, title.End);
            bodyStart = title.End;
        }
        foreach (var s in document.Sentences)
            if (s.Start >= bodyStart) yield return s;
    }

    /// <summary>
    /// The steps a sentence reports: topic and action present, and no plan or decision before the action
    /// or in its clause (nor, for some steps, anywhere in the sentence: a count of advice is not a join).
    /// </summary>
    private static IEnumerable<Statement> Statements(string sentence)
    {
        var cues = RegisterCues.Data;
        foreach (var step in EventSteps)
        {
            if (cues.Get(step, "topic")?.IsMatch(sentence) != true || cues.Get(step, "exclude")?.IsMatch(sentence) == true) continue;
            var actions = cues.Get(step, "action")!.Matches(sentence).Select(m => m.Index);
            if (cues.Get(step, "sign") is { } sign && cues.Get(step, "agreement")!.IsMatch(sentence))
                actions = actions.Concat(sign.Matches(sentence).Select(m => m.Index));
            if (step == Steps.Joined) actions = actions.Concat(OrdinalFrames(sentence));
            var clauses = new List<(int Start, int End)>();
            bool past = false;
            foreach (int at in actions.Order())
            {
                var (clauseStart, clauseEnd) = Clause(sentence, at);
                var clause = sentence[clauseStart..clauseEnd];
                if (cues.Any("block")?.IsMatch(sentence[..clauseEnd]) == true || cues.Get(step, "block")?.IsMatch(clause) == true) continue;
                if (clauses.Count == 0) past = cues.Any("past")?.IsMatch(clause) == true;
                clauses.Add((clauseStart, clauseEnd));
            }
            if (clauses.Count > 0) yield return new Statement(step, clauses, past);
        }
    }

    /// <summary>
    /// The mentions <paramref name="chosen"/> selects, and every town listed with one of them ("Auerbach,
    /// Lengenfeld und Rodewisch treten … bei"): names joined only by a comma, "und", "sowie" or "oder".
    /// </summary>
    private static IEnumerable<Mention> Enumerated(string text, List<Mention> named, Func<Mention, bool> chosen)
    {
        var picked = new bool[named.Count];
        int start = 0;
        for (int i = 1; i <= named.Count; i++)
        {
            if (i < named.Count && ListGap().IsMatch(text.AsSpan(named[i - 1].End, Math.Max(0, named[i].Start - named[i - 1].End)))) continue;
            bool any = false;
            for (int k = start; k < i; k++) any |= chosen(named[k]);
            for (int k = start; k < i; k++) picked[k] = any;
            start = i;
        }
        return named.Where((_, i) => picked[i]);
    }

    [GeneratedRegex(@"^(?:\s*,\s*|\s+(?:und|sowie|oder)\s+)(?:(?:die|der)\s+)?(?:(?:Große\s+Kreisstadt|Stadt|Gemeinde)\s+)?$")]
    private static partial Regex ListGap();

    private static bool IsFounding(string sentence)
    {
        var cues = RegisterCues.Data;
        return cues.Get(Founding, "topic")?.IsMatch(sentence) == true && cues.Get(Founding, "action")?.IsMatch(sentence) == true
            && cues.Any("block")?.IsMatch(sentence) != true;
    }

    /// <summary>Where "53. Kommune" and the like stand in a sentence (as join actions; their values are read by <see cref="Ordinals"/>).</summary>
    private static IEnumerable<int> OrdinalFrames(string sentence) =>
        Ordinals(sentence, new TextSpan(0, sentence.Length)).Select(o => o.Start);

    /// <summary>
    /// Ordinals that count members: "53. Kommune", "die sechste Mitgliedskommune". Not one that counts
    /// within a district ("die sechste Kommune … im Landkreis"): a district word after it, before the next ordinal.
    /// </summary>
    private static List<(int Start, int End, int Value)> Ordinals(string text, TextSpan sentence)
    {
        var cues = RegisterCues.Data;
        var noun = cues.Get(Steps.Joined, "ordinal_noun")!;
        var district = cues.Get(Steps.Joined, "district")!;
        if (!noun.IsMatch(text.AsSpan(sentence.Start, sentence.Length))) return []; // most sentences: no number is read at all
        var numbers = NumberReader.Read(text, sentence.Start, sentence.End).Where(n => n.Kind == NumberKind.Ordinal).ToList();
        var result = new List<(int, int, int)>();
        for (int i = 0; i < numbers.Count; i++)
        {
            var n = numbers[i];
            if (n.Value < 1 || n.Value != Math.Floor(n.Value)) continue;
            var next = NextWords(text, n.End, sentence.End, 2);
            if (!next.Any(w => noun.Match(w) is { Success: true } m && m.Length == w.Length)) continue;
            int until = i + 1 < numbers.Count ? numbers[i + 1].Start : sentence.End;
            if (district.IsMatch(text.AsSpan(n.End, until - n.End))) continue;
            result.Add((n.Start, n.End, (int)n.Value));
        }
        return result;
    }

    private static IEnumerable<string> NextWords(string text, int from, int end, int count)
    {
        int i = from;
        for (int k = 0; k < count; k++)
        {
            while (i < end && !char.IsLetter(text[i])) i++;
            int s = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '-')) i++;
            if (i == s) yield break;
            yield return text[s..i];
        }
    }

    /// <summary>The clause around a position: between the nearest separators (, ; : – — parentheses).</summary>
    private static (int Start, int End) Clause(string sentence, int at)
    {
        int start = sentence.LastIndexOfAny(Separators, Math.Max(0, at - 1)) + 1;
        int end = sentence.IndexOfAny(Separators, at);
        return (at == 0 ? 0 : start, end < 0 ? sentence.Length : end);
    }

    private static readonly char[] Separators = [',', ';', ':', '(', ')', '–', '—'];

    /// <summary>Every mention of the release's municipalities in the clean text (the extractor reports only the first).</summary>
    private static List<Mention> Mentions(IReadOnlyList<NameForm> forms, IReadOnlyList<MunicipalityMention> municipalities)
    {
        var towns = municipalities.ToDictionary(m => m.Ags);
        var result = new List<Mention>();
        foreach (var form in forms)
            foreach (var t in form.Towns)
                if (towns.TryGetValue(t.Ags, out var town))
                {
                    result.Add(new Mention(form.Start, form.End, town));
                    break;
                }
        return result;
    }

    private static IEnumerable<Mention> Distinct(List<Mention> mentions) => mentions.DistinctBy(m => m.Town.Ags);

    /// <summary>Each stated date belongs to the town named nearest to it: "Nachdem Görlitz im Jahr 2020 …, sind heute Weißwasser und …".</summary>
    private static Dictionary<string, string> OwnDates(List<Mention> named, List<StatedDate> dates)
    {
        var own = new Dictionary<string, (string Iso, int Distance)>();
        if (named.Count == 0) return [];
        foreach (var d in dates)
        {
            var nearest = named.MinBy(m => Distance(d.Start, d.End, m.Start, m.End));
            int distance = Distance(d.Start, d.End, nearest.Start, nearest.End);
            if (!own.TryGetValue(nearest.Town.Ags, out var had) || distance < had.Distance) own[nearest.Town.Ags] = (d.Iso, distance);
        }
        return own.ToDictionary(p => p.Key, p => p.Value.Iso);
    }

    private static int Distance(int s1, int e1, int s2, int e2) => s1 >= e2 ? s1 - e2 : s2 >= e1 ? s2 - e1 : 0;

    private static MemberStep NewStep(Document document, MunicipalityMention town, string step, TextSpan sentence, string evidence, double confidence)
    {
        var s = new MemberStep
        {
            Ags = town.Ags, Name = town.Name, Kreis = town.Kreis, Step = step, Evidence = evidence.ReplaceLineEndings(" "),
            Confidence = Math.Round(confidence * Math.Max(town.Confidence, StepLevels.TownFloor), 3),
        };
        s.Locate(document, sentence.Start, sentence.End);
        return s;
    }

    /// <summary>One step per town and kind in a release: the first statement, completed by later ones (a stated date, an ordinal).</summary>
    private static void Keep(Dictionary<(string, string), MemberStep> found, MemberStep step)
    {
        var key = (step.Ags, step.Step);
        if (!found.TryGetValue(key, out var had))
        {
            found[key] = step;
            return;
        }
        if (had.DateBasis != "stated" && step.DateBasis == "stated") (had.Date, had.DateBasis) = (step.Date, step.DateBasis);
        had.Ordinal ??= step.Ordinal;
        had.Founding |= step.Founding;
    }

    /// <summary>
    /// A founding member's date as precisely as the release gives the founding anywhere: "startete im Februar
    /// 2019 mit acht Modellkommunen …" and "Am 6. Februar 2019 hatte … ins Leben gerufen" make 2019-02-06.
    /// </summary>
    private static void RefineFoundingDates(IEnumerable<MemberStep> steps, List<string> foundingDates)
    {
        foreach (var step in steps.Where(s => s.Founding))
        {
            var better = foundingDates
                .Where(d => step.Date is null || StatedDates.Compatible(d, step.Date) && d.Length > step.Date.Length)
                .OrderByDescending(d => d.Length).ThenBy(d => d, StringComparer.Ordinal).FirstOrDefault();
            if (better is null) continue;
            (step.Date, step.DateBasis) = (better, "stated");
        }
    }
}
