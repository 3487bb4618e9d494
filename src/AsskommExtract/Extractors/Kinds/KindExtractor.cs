using AsskommExtract.Documents;
using AsskommExtract.Models;
using AsskommExtract.Pipeline;

namespace AsskommExtract.Extractors.Kinds;

/// <summary>
/// The release's kind (beitritt, bilanz, fachtag, kpr, foerderung, sonstiges). A text that is not
/// about ASSKomm (<see cref="AboutAsskomm"/>: another state's prevention council, a police or fire
/// brigade page) is "sonstiges". Otherwise the headline decides when exactly one kind's wording is in
/// it (the title first, then the headings above the first paragraph: a web page's title is often
/// the site's, its headline a heading); the lead decides when the headline names no kind, or picks
/// among the kinds an ambiguous headline names ("Zittau gründet Präventionsrat und tritt bei"); the
/// "kind" model reads headline and lead for the rest.
/// </summary>
public sealed class KindExtractor(IModels models) : IExtractor
{
    public const string ModelName = "kind";

    public string Name => "kind";
    public IReadOnlyList<AnnotationKey> Requires { get; } = [];
    public IReadOnlyList<AnnotationKey> Provides { get; } = [KindAnnotations.Topic, KindAnnotations.Kind];

    public void Extract(Document document)
    {
        var topic = AboutAsskomm.Of(document.Text);
        document.Annotations.Set(KindAnnotations.Topic, topic);
        if (topic is Topic.Unrelated or Topic.OtherState)
        {
            Set(document, "sonstiges", "rule", KindLevels.NotAboutAsskomm);
            return;
        }
        var headlines = Headlines(document);
        HashSet<string>? candidates = null;
        foreach (var headline in headlines)
        {
            var found = KindRules.InHeadline(headline);
            if (found.Count == 1)
            {
                Set(document, found[0], "rule", KindLevels.HeadlineNamesOneKind);
                return;
            }
            if (found.Count > 1)
            {
                candidates = [.. found];
                break;
            }
        }
        // General talk of prevention (no Allianz, no prevention body named) takes a kind only from its headline.
        if (topic == Topic.Prevention && candidates is null)
        {
            Set(document, "sonstiges", "rule", KindLevels.GeneralPrevention);
            return;
        }
        if (KindRules.FromLead(LeadParagraphs(document), candidates) is { } fromLead)
        {
            Set(document, fromLead, "rule", KindLevels.LeadStatesKind);
            return;
        }
        var model = models.Get(ModelName);
        if (model is not null)
        {
            var (label, confidence) = model.Predict(string.Join(" ", headlines) + " | " + Lead(document));
            Set(document, label, "ml", confidence);
            return;
        }
        Set(document, candidates?.First() ?? "sonstiges", "rule", KindLevels.Guess);
    }

    /// <summary>The title, then the headings above the first paragraph (at most three).</summary>
    internal static List<string> Headlines(Document document)
    {
        var list = new List<string>();
        foreach (var b in document.Blocks)
        {
            if (b.IsFurniture) continue;
            if (b.Kind == BlockKind.Paragraph || list.Count == 4) break;
            if (b.Kind is BlockKind.Title or BlockKind.Heading) list.Add(document.Slice(b));
        }
        return list;
    }

    /// <summary>The first three paragraphs (up to 1,200 characters): a news page often opens with a photo caption or a scene before it says what happened.</summary>
    internal static string LeadParagraphs(Document document)
    {
        var sb = new System.Text.StringBuilder();
        int taken = 0;
        foreach (var b in document.Blocks)
        {
            if (b.Kind != BlockKind.Paragraph || b.IsFurniture) continue;
            sb.Append(document.Text, b.Start, Math.Min(b.Length, 1200 - sb.Length)).Append('\n');
            if (++taken == 3 || sb.Length >= 1200) break;
        }
        return sb.ToString();
    }

    /// <summary>The first one or two sentences after the headline and sub-headings, the length the model was trained on: what a reader skims to tell the kind.</summary>
    internal static string Lead(Document document)
    {
        var body = document.Blocks.FirstOrDefault(b => b.Kind is BlockKind.Paragraph or BlockKind.ListItem && !b.IsFurniture);
        if (body.Length == 0) return "";
        int end = body.Start;
        foreach (var s in document.Sentences)
        {
            if (s.Start < body.Start) continue;
            if (s.Start >= body.End || (end > body.Start && s.End - body.Start > 400)) break;
            end = s.End;
        }
        return document.Text[body.Start..Math.Min(Math.Max(end, body.Start + 1), body.Start + 400)];
    }

    private static void Set(Document document, string kind, string method, double confidence) =>
        document.Annotations.Set(KindAnnotations.Kind, new KindFinding(kind, method, confidence));
}
