using System.Collections.Frozen;
using AsskommExtract.Documents;
using AsskommExtract.Models;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;
using AsskommExtract.Text;
using AsskommExtract.Vocabulary;

namespace AsskommExtract.Extractors.Quotes;

/// <summary>
/// Direct speech with its speaker and role. Every top-level quotation is read with the words
/// around it: an attribution before its colon or after it names the speaker; a quotation without
/// one continues the speaker of the quotation just before (same paragraph, or a paragraph that
/// opens with it right after a quoted one). Short unpunctuated quotations are names (»ASSKomm«,
/// »Sicherheitskreis«); where the rules cannot tell speech from a name the "quote" model decides.
/// Fragments of one speaker in one paragraph become one quote, joined by a space.
/// </summary>
public sealed class QuoteExtractor(IModels models) : IExtractor
{
    public const string ModelName = "quote";

    private sealed record Person(string Name, string Role, char Gender);

    private sealed class Fragment(Person speaker, int block, QuoteSpan span, string text, string method, double confidence)
    {
        public Person Speaker { get; } = speaker;
        public int Block { get; } = block;
        public QuoteSpan Span { get; } = span;
        public string Text { get; } = text;
        public string Method { get; } = method;
        public double Confidence { get; } = confidence;
    }

    public string Name => "quotes";
    public IReadOnlyList<AnnotationKey> Requires { get; } = [];
    public IReadOnlyList<AnnotationKey> Provides { get; } = [QuoteAnnotations.Quotes];

    public void Extract(Document document)
    {
        var quotes = new List<Quote>();
        document.Annotations.Set(QuoteAnnotations.Quotes, quotes);
        var paragraphs = QuoteParagraphs.Of(document);
        var spans = QuoteScanner.Scan(document, paragraphs);
        if (spans.Count == 0) return;
        var text = document.Text;
        var people = People.Of(document);
        var fragments = new List<Fragment>();
        int attributionEnd = -1; // where the last accepted quotation's words (quote and attribution) end
        for (int k = 0; k < spans.Count; k++)
        {
            var s = spans[k];
            var block = paragraphs[s.Block];
            var endBlock = paragraphs[s.EndBlock];
            int previousClose = k > 0 && spans[k - 1].Close > block.Start ? spans[k - 1].Close : block.Start;
            int nextOpen = k + 1 < spans.Count && spans[k + 1].Open < endBlock.End ? spans[k + 1].Open : endBlock.End;

            var content = TextSimilarity.CollapseWhitespace(text[s.ContentStart..s.ContentEnd]).TrimEnd(',', ' ');
            if (content.Length == 0) continue;
            // »ASSKomm«-Verbund, »ASSKomm«s: the quotation is part of a word.
            if (s.Close < endBlock.End && (char.IsLetterOrDigit(text[s.Close]) || text[s.Close] is '-' or '–' && s.Close + 1 < endBlock.End && !char.IsWhiteSpace(text[s.Close + 1])))
                continue;

            // "der Ordner mit dem Titel »Kommune beugt vor!«", "unter dem Motto »…«": a name, whatever it says.
            if (AttributionReader.AnnouncesName(text[Math.Max(previousClose, s.Open - 40)..s.Open])) continue;

            var before = BeforeColon(document, paragraphs, s, previousClose, k > 0 ? spans[k - 1].Close : 0);
            int afterEnd = AfterEnd(document, s, nextOpen);
            var after = s.Close < afterEnd ? AttributionReader.After(text[s.Close..afterEnd]) : Attribution.None;
            var attribution = before.Kind is AttributionKind.Named or AttributionKind.Pronoun or AttributionKind.RoleOnly ? before
                : after.Kind != AttributionKind.None ? after : before;
            // A pull quote with its credit line under it: "»…«" then "Prof. Dr. Eva Muster, Landrätin".
            if (attribution.Kind is AttributionKind.None or AttributionKind.Bridge && Byline(document, paragraphs, s) is { Kind: AttributionKind.Named } byline)
                attribution = byline;
            // "Er dankte »allen Kräften …«", "Wichtig sei, so Landrat X, ein Netz zu knüpfen, »das …«": the sentence's own speaker.
            // "»…« Das sagte Bürgermeisterin X am Montag.": the sentence after names the speaker.
            if (attribution.Kind is AttributionKind.None or AttributionKind.Bridge && FollowingSentence(document, s, endBlock) is { Kind: not AttributionKind.None } following)
                attribution = following;
            bool inSentence = false;
            if (attribution.Kind == AttributionKind.None && Inline(document, s, previousClose) is { Kind: not AttributionKind.None } inline)
            {
                attribution = inline;
                inSentence = true;
            }

            bool nameLike = LooksLikeName(content);
            string method = "rule";
            double confidence;
            Person? speaker;
            if (attribution.Kind is AttributionKind.Named or AttributionKind.Pronoun or AttributionKind.RoleOnly)
            {
                speaker = Resolve(document, attribution, fragments, people, paragraphs, s);
                confidence = attribution.Kind == AttributionKind.Named ? QuoteLevels.NamedSpeaker : QuoteLevels.ResolvedSpeaker;
                // "Schuster: »ASSKomm« wächst weiter", "Neues Projekt: »Sicher im Quartier«": a name after an attribution-like colon.
                bool bareName = attribution.Kind == AttributionKind.Named && attribution.Role.Length == 0 && !SaysSomething(content);
                bool clauseGoesOn = ClauseGoesOn(text, s.Close, endBlock.End);
                // A headline "Wöller: »Generationenwechsel im Amt«" quotes a person the body names; no model needed.
                bool headline = block.Kind is BlockKind.Title or BlockKind.Heading && before.Kind == AttributionKind.Named
                    && !clauseGoesOn && people.Find(before.Name) is { Role.Length: > 0 };
                // "»ASSKomm« bietet …", "der gegründeten »Allianz Sichere Sächsische Kommunen« hat …": words
                // without a verb that the sentence runs straight through are a name; no model needed.
                if (nameLike && clauseGoesOn && (WordCount(content) == 1 || !SaysSomething(content))) continue;
                // In a sentence without a colon short words in marks are as often a name or a phrase quoted as speech: the model decides.
                if (nameLike && !headline && (bareName || inSentence && !SaysSomething(content) || WordCount(content) == 1 || clauseGoesOn))
                {
                    (method, confidence, bool name) = Classify(document, paragraphs, s, content);
                    if (name) continue;
                }
            }
            else
            {
                if (nameLike) continue;
                var last = fragments.Count > 0 ? fragments[^1] : null;
                bool samePara = last is not null && last.Block == s.Block;
                bool nextPara = last is not null && last.Span.EndBlock == s.Block - 1 && s.Open == block.Start;
                if (samePara || nextPara)
                {
                    speaker = last!.Speaker;
                    confidence = QuoteLevels.ResolvedSpeaker;
                    bool adjacent = nextPara || attribution.Kind == AttributionKind.Bridge
                        || string.IsNullOrWhiteSpace(text[Math.Max(previousClose, attributionEnd)..s.Open]);
                    if (!adjacent)
                    {
                        (method, confidence, bool name) = Classify(document, paragraphs, s, content);
                        if (name) continue;
                    }
                }
                else
                {
                    // "Oberbürgermeister X eröffnete die Sitzung. »Wir haben …«": the person just named, if the model reads speech.
                    speaker = s.Open == block.Start ? null : PersonBefore(document, people, s.Open, block.Start);
                    if (speaker is null) continue;
                    // A whole sentence with a finite verb is said, not a title; shorter or unpunctuated words the model reads.
                    bool statement = WordCount(content) >= 4 && content[^1] is '.' or '!' or '?' && SaysSomething(content);
                    if (statement) confidence = QuoteLevels.PersonJustNamed;
                    else
                    {
                        (method, confidence, bool name) = Classify(document, paragraphs, s, content);
                        if (name) continue;
                        confidence = Math.Min(confidence, QuoteLevels.PersonJustNamed);
                    }
                }
            }
            if (speaker is null) continue;
            people.Add(speaker.Name, speaker.Role, speaker.Gender);
            fragments.Add(new Fragment(speaker, s.Block, s, content, method, confidence));
            attributionEnd = after.Kind != AttributionKind.None ? afterEnd : s.Close;
        }
        Merge(document, fragments, quotes);
    }

    /// <summary>
    /// The attribution before the colon that introduces <paramref name="s"/>, within its sentence; for a quotation
    /// that opens its paragraph, the paragraph before may end in that colon (a page break or footer between them).
    /// </summary>
    private static Attribution BeforeColon(Document document, List<Block> paragraphs, QuoteSpan s, int previousClose, int previousSpanClose)
    {
        var text = document.Text;
        int p = s.Open;
        while (p > previousClose && char.IsWhiteSpace(text[p - 1])) p--;
        if (p <= previousClose && previousClose == paragraphs[s.Block].Start && s.Block > 0)
        {
            var before = paragraphs[s.Block - 1];
            p = before.End;
            previousClose = Math.Max(before.Start, previousSpanClose);
        }
        if (p <= previousClose || text[p - 1] != ':') return Attribution.None;
        int start = Math.Max(document.SentenceAt(p - 1).Start, previousClose);
        return AttributionReader.Before(text[start..(p - 1)]);
    }

    /// <summary>
    /// A credit line under a quotation that fills its paragraph: the next paragraph is only a name, maybe with
    /// its function ("Prof. Dr. Eva Muster, Landrätin des Kreises"), no sentence of its own.
    /// </summary>
    private static Attribution Byline(Document document, List<Block> paragraphs, QuoteSpan s)
    {
        var text = document.Text;
        if (s.EndBlock + 1 >= paragraphs.Count || s.Close == s.ContentEnd) return Attribution.None;
        var own = paragraphs[s.EndBlock];
        if (s.Open != paragraphs[s.Block].Start || !string.IsNullOrWhiteSpace(text[s.Close..own.End].Trim('.', ' '))) return Attribution.None;
        var next = paragraphs[s.EndBlock + 1];
        var line = text[next.Start..next.End].Trim().TrimStart('–', '—', '-', ' ');
        if (line.Length is 0 or > 120 || line.EndsWith('.') && !line.EndsWith(" Dr.", StringComparison.Ordinal)) return Attribution.None;
        var found = AttributionReader.Before(line);
        return found.Kind == AttributionKind.Named && found.Name.Contains(' ') ? found : Attribution.None;
    }

    /// <summary>The attribution a quotation that ends its sentence gets from the next sentence of its paragraph.</summary>
    private static Attribution FollowingSentence(Document document, QuoteSpan s, Block paragraph)
    {
        var text = document.Text;
        int i = s.Close;
        while (i < paragraph.End && text[i] is ' ' or '.') i++;
        if (s.Close == s.ContentEnd || i >= paragraph.End || !char.IsUpper(text[i]) || text[s.ContentEnd - 1] is not ('.' or '!' or '?') && text[s.Close..i].IndexOf('.') < 0)
            return Attribution.None;
        var next = document.SentenceAt(i);
        int end = Math.Min(Math.Max(next.End, i), paragraph.End);
        return AttributionReader.NextSentence(text[i..end]);
    }

    /// <summary>
    /// A quotation inside a sentence with its speaker before it and no colon: "Er dankte »…«" (a pronoun and a
    /// verb open the sentence), "Wichtig sei, so Landrat X, …, »…«", "Landrätin X nannte das »…«".
    /// </summary>
    private static Attribution Inline(Document document, QuoteSpan s, int previousClose)
    {
        var text = document.Text;
        int start = Math.Max(document.SentenceAt(s.Open).Start, previousClose);
        if (start >= s.Open) return Attribution.None;
        var phrase = text[start..s.Open];
        // A colon the attribution before it did not accept ("mit dem Text:") introduces no speech either.
        if (string.IsNullOrWhiteSpace(phrase) || phrase.TrimEnd().EndsWith(':')) return Attribution.None;
        int so = phrase.IndexOf(", so ", StringComparison.Ordinal);
        if (so >= 0 && AttributionReader.After(phrase[so..]) is { Kind: not AttributionKind.None } said) return said;
        var found = AttributionReader.Opening(phrase);
        return found;
    }

    /// <summary>The end of the sentence a quotation closes, where an attribution after it would stand.</summary>
    private static int AfterEnd(Document document, QuoteSpan s, int nextOpen)
    {
        if (s.Close == s.ContentEnd) return s.Close; // unclosed: nothing follows
        int end = document.SentenceAt(Math.Max(s.ContentStart, s.Close - 1)).End;
        return Math.Clamp(end, s.Close, Math.Max(s.Close, nextOpen));
    }

    // The sentence goes on after the quotation without a comma: »ASSKomm« wächst weiter.
    private static bool ClauseGoesOn(string text, int close, int end)
    {
        int i = close;
        while (i < end && text[i] == ' ') i++;
        return i < end && char.IsLower(text[i]);
    }

    private static Person? Resolve(Document document, Attribution a, List<Fragment> fragments, People people, List<Block> paragraphs, QuoteSpan s)
    {
        var text = document.Text;
        switch (a.Kind)
        {
            case AttributionKind.Named:
                // "Schütze: »…«" after "Oberbürgermeister Karsten Schütze": the function the text gave the person.
                var known = people.Find(a.Name);
                return new Person(a.Name, a.Role.Length > 0 || known is null ? a.Role : "", a.Gender != '?' ? a.Gender : known?.Gender ?? '?');
            case AttributionKind.Pronoun:
                // "ergänzt sie": the last person of that gender the text names (a speaker or anyone named with a
                // function) in this paragraph and the two before; else the last speaker whose gender the text does not tell.
                int from = paragraphs[Math.Max(0, s.Block - 2)].Start;
                if (people.LastIn(text, from, s.Open, a.Gender) is { } p) return new Person(p.Name, p.Role, p.Gender);
                for (int i = fragments.Count - 1; i >= 0; i--)
                    if (fragments[i].Speaker.Gender == a.Gender) return fragments[i].Speaker;
                for (int i = fragments.Count - 1; i >= 0; i--)
                    if (fragments[i].Speaker.Gender == '?') return fragments[i].Speaker;
                return null;
            case AttributionKind.RoleOnly:
                // "so der Innenminister", "so der Rathauschef": who holds that office in this release.
                var head = AttributionReader.RoleHead(a.Role);
                for (int i = fragments.Count - 1; i >= 0; i--)
                    // "so der Minister" after "Innenminister X": the same function, less precisely named.
                    if (head.Length > 0 && AttributionReader.RoleHead(fragments[i].Speaker.Role).EndsWith(head, StringComparison.OrdinalIgnoreCase))
                        return fragments[i].Speaker with { Role = a.Role };
                if (people.WithRole(text, head, s.Open) is { } holder) return new Person(holder.Name, holder.Role, holder.Gender);
                return MentionedWithRole(document, head) is { } name ? new Person(name, a.Role, a.Gender) : null;
            default:
                return null;
        }
    }

    /// <summary>"Bürgermeister Max Muster ist seit 2019 im Amt. »…«": the person the sentence before names, within the paragraph.</summary>
    private static Person? PersonBefore(Document document, People people, int open, int paragraphStart)
    {
        int p = document.SentenceAt(open).Start;
        while (p > paragraphStart && char.IsWhiteSpace(document.Text[p - 1])) p--;
        if (p <= paragraphStart) return null;
        var sentence = document.SentenceAt(p - 1);
        int from = Math.Max(sentence.Start, paragraphStart);
        var sentenceText = document.Text[from..p];
        var found = AttributionReader.FirstPerson(sentenceText);
        if (found.Kind == AttributionKind.Named) return new Person(found.Name, found.Role, found.Gender);
        // "Die Arbeit braucht Zeit, machte Anna Keller deutlich.": reported speech closed by its speaker.
        for (int comma = sentenceText.IndexOf(','); comma >= 0; comma = sentenceText.IndexOf(',', comma + 1))
            if (AttributionReader.After(sentenceText[comma..]) is { Kind: AttributionKind.Named } said)
                return new Person(said.Name, said.Role, said.Gender);
        return people.LastIn(document.Text, from, open, '?') is { } named ? new Person(named.Name, named.Role, named.Gender) : null;
    }

    /// <summary>The first name the release writes after <paramref name="role"/> ("Innenminister Armin Schuster").</summary>
    private static string? MentionedWithRole(Document document, string role)
    {
        if (role.Length == 0) return null;
        var text = document.Text;
        for (int at = text.IndexOf(role, StringComparison.Ordinal); at >= 0; at = text.IndexOf(role, at + role.Length, StringComparison.Ordinal))
        {
            int end = Math.Min(text.Length, at + 90);
            int stop = text.IndexOf('\n', at, end - at);
            var found = AttributionReader.Before(text[at..(stop < 0 ? end : stop)]);
            if (found.Kind == AttributionKind.Named && AttributionReader.RoleHead(found.Role) == role) return found.Name;
        }
        return null;
    }

    /// <summary>Names, titles and slogans are short and have no sentence punctuation inside.</summary>
    internal static bool LooksLikeName(string content)
    {
        if (WordCount(content) > 6) return false;
        foreach (char c in content)
            if (c is '.' or '!' or '?' or ';' or ':' or ',') return false;
        return true;
    }

    // Common finite verbs and pronouns of speech; a title rarely has them ("Sicher im Quartier" against "Prävention wirkt").
    private static readonly FrozenSet<string> SpeechWords = Lexicon.Set("quotes", "speech_words", StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotVerbs = Lexicon.Set("quotes", "not_verbs", StringComparer.Ordinal);

    /// <summary>Whether a short quotation reads as a statement: a finite verb ("wirkt", "ist") or a speaker's pronoun.</summary>
    internal static bool SaysSomething(string content)
    {
        foreach (var word in content.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var w = word.TrimEnd('.', '!', '?', ',', '«', '»', '"', '“');
            if (w.Length == 0) continue;
            if (SpeechWords.Contains(w.ToLowerInvariant())) return true;
            // Only lower-case words: capitalised ones ending in -t are nouns ("Sicherheit").
            if (char.IsLower(w[0]) && w.Length >= 4 && w.EndsWith('t') && !NotVerbs.Contains(w)) return true;
        }
        return false;
    }

    private static int WordCount(string s)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; n++; }
        }
        return n;
    }

    /// <summary>The model's reading of an unclear quotation: method, confidence, and whether it is a name.</summary>
    private (string Method, double Confidence, bool Name) Classify(Document document, List<Block> paragraphs, QuoteSpan s, string content)
    {
        var model = models.Get(ModelName);
        if (model is null) return ("rule", QuoteLevels.Guess, LooksLikeName(content));
        var (label, confidence) = model.Predict(Features(document, paragraphs, s, content));
        return ("ml", confidence, label != "speech");
    }

    /// <summary>What the model reads: up to 60 characters either side of the quotation, the quotation in ⟦ ⟧.</summary>
    internal static string Features(Document document, List<Block> paragraphs, QuoteSpan s, string content)
    {
        var text = document.Text;
        int from = Math.Max(paragraphs[s.Block].Start, s.Open - 60);
        int to = Math.Min(paragraphs[s.EndBlock].End, s.Close + 60);
        if (content.Length > 300) content = content[..300];
        return TextSimilarity.CollapseWhitespace($"{text[from..s.Open]} ⟦ {content} ⟧ {text[s.Close..to]}");
    }

    /// <summary>One quote per speaker and paragraph: the fragments joined by a space, in order.</summary>
    private static void Merge(Document document, List<Fragment> fragments, List<Quote> quotes)
    {
        var done = new bool[fragments.Count];
        for (int i = 0; i < fragments.Count; i++)
        {
            if (done[i]) continue;
            var first = fragments[i];
            var group = new List<Fragment> { first };
            for (int j = i + 1; j < fragments.Count && fragments[j].Block == first.Block; j++)
                // "Roland Wöller" and then "so Wöller": one speaker.
                if (!done[j] && TextSimilarity.FoldedSurname(fragments[j].Speaker.Name) == TextSimilarity.FoldedSurname(first.Speaker.Name))
                {
                    group.Add(fragments[j]);
                    done[j] = true;
                }
            var quote = new Quote
            {
                Speaker = first.Speaker.Name,
                Role = group.Select(f => f.Speaker.Role).FirstOrDefault(r => r.Length > 0) ?? "",
                Text = string.Join(' ', group.Select(f => f.Text)),
                Method = group.Any(f => f.Method == "ml") ? "ml" : "rule",
                Confidence = group.Min(f => f.Confidence),
            };
            quote.Locate(document, first.Span.Open, group[^1].Span.Close);
            quotes.Add(quote);
        }
    }
}
