using System.Text;
using System.Text.RegularExpressions;
using AsskommExtract.Documents;
using AsskommExtract.Extractors.Kinds;
using AsskommExtract.Models;
using AsskommExtract.Pipeline;
using AsskommExtract.Results;

namespace AsskommExtract.Extractors.Counts;

/// <summary>
/// The figures a release reports (SPEC.md "metrics"): every number of every sentence, resolved to a
/// value and a qualifier, and labelled by <see cref="MetricRules"/> or, where the rules cannot tell,
/// by the "metric" model reading the figure's clause. A release that never speaks of ASSKomm has no
/// metrics at all (SPEC.md counts what a release states about ASSKomm). A statement repeated in the
/// release is kept once.
/// </summary>
public sealed partial class MetricExtractor(IModels models) : IExtractor
{
    public const string ModelName = "metric";

    /// <summary>Stands for the figure in the model's input, so the model learns the frame, not the number.</summary>
    public const string Placeholder = "ZAHL";

    public string Name => "metrics";
    public IReadOnlyList<AnnotationKey> Requires { get; } = [KindAnnotations.Topic];
    public IReadOnlyList<AnnotationKey> Provides { get; } = [MetricAnnotations.Metrics];

    public void Extract(Document document)
    {
        var metrics = new List<Metric>();
        document.Annotations.Set(MetricAnnotations.Metrics, metrics);
        if (document.Annotations.Get(KindAnnotations.Topic) != Topic.Asskomm) return;
        var text = document.Text;
        var seen = new HashSet<(string, double, string)>();
        foreach (var sentence in document.Sentences)
        {
            var numbers = NumberReader.Read(text, sentence.Start, sentence.End);
            for (int i = 0; i < numbers.Count; i++)
            {
                var n = numbers[i];
                if (n.Kind == NumberKind.Fraction) continue;
                var context = Context(text, sentence, numbers, i);
                if (Label(context) is not { } label) continue;
                var qualifier = Qualifiers.Before(text, sentence.Start, n.Start);
                if (!seen.Add((label.Metric, n.Value, qualifier))) continue;
                var metric = new Metric
                {
                    Name = label.Metric,
                    Value = n.Value,
                    Qualifier = qualifier,
                    Noun = label.Metric == MetricNames.Other ? label.Noun : null,
                    Evidence = document.Slice(sentence),
                    Method = label.Method,
                    Confidence = label.Confidence,
                };
                metric.Locate(document, n.Start, n.End);
                metrics.Add(metric);
            }
        }
        // One figure, one meaning: where a rule read a value, the model's other reading of the same
        // value elsewhere ("Allianz wächst auf siebzig Kommunen" in a headline) is the same statement.
        var ruled = metrics.Where(m => m.Method == "rule" && m.Name != MetricNames.Other).Select(m => m.Value).ToHashSet();
        metrics.RemoveAll(m => m.Method == "ml" && m.Name != MetricNames.Other && ruled.Contains(m.Value));
    }

    private MetricLabel? Label(MentionContext c)
    {
        if (c.Number.Kind == NumberKind.Ordinal) return MetricRules.Ordinal(c);
        var noun = MetricRules.NounAfter(c.Text, c.Number.End, c.RightTo);
        if (MetricRules.Cardinal(c, noun) is { } rule) return rule;
        if (models.Get(ModelName) is not { } model) return new(MetricNames.Other, noun, "rule", MetricLevels.Guess);
        var (metric, probability, confidence) = model.Predict(ModelInput(c));
        if (metric != MetricNames.Other && probability < MetricLevels.MinModel) metric = MetricNames.Other;
        return new(metric, noun, "ml", confidence);
    }

    /// <summary>
    /// The figure's clause: back to the previous figure or the last ";", ":" or dash, forward to the
    /// next figure or ";". Neighbouring figures bound it, so each count of an enumeration keeps its own words.
    /// </summary>
    internal static MentionContext Context(string text, TextSpan sentence, List<NumberMention> numbers, int i)
    {
        var n = numbers[i];
        int leftFrom = sentence.Start;
        if (i > 0)
        {
            // "mit acht Modellkommunen gegründet und umfasst 130 Kommunen": a figure with its own noun
            // does not borrow the previous figure's; an elliptic one ("12 Coachings beendet und 20 begonnen") does.
            var previous = numbers[i - 1];
            MetricRules.NounAfter(text, previous.End, n.Start, out int previousNounEnd);
            leftFrom = MetricRules.NounAfter(text, n.End, sentence.End) is null ? previous.End : previousNounEnd;
        }
        int cut = text.AsSpan(leftFrom, n.Start - leftFrom).LastIndexOfAny(";:–");
        if (cut >= 0) leftFrom += cut + 1;
        int rightTo = i + 1 < numbers.Count ? numbers[i + 1].Start : sentence.End;
        int stop = text.AsSpan(n.End, rightTo - n.End).IndexOf(';');
        if (stop >= 0) rightTo = n.End + stop;
        var (beyondFrom, beyondTo) = stop < 0 && i + 1 < numbers.Count ? Beyond(text, sentence, numbers, i) : (rightTo, rightTo);
        return new MentionContext(text, n, sentence.Start, sentence.End, leftFrom, rightTo, beyondFrom, beyondTo);
    }

    /// <summary>
    /// Where the clause of figure <paramref name="i"/> goes on past the next figure: after the parenthesis the next
    /// figure stands in ("126 Kommunen (inkl. acht Modellkommunen) kontaktiert"), or after the next figure's noun
    /// when the two are enumerated ("in 26 Städten und zwei Landkreisen Präventionsräte konstituiert").
    /// </summary>
    private static (int From, int To) Beyond(string text, TextSpan sentence, List<NumberMention> numbers, int i)
    {
        var next = numbers[i + 1];
        var between = text.AsSpan(numbers[i].End, next.Start - numbers[i].End);
        int from;
        if (between.LastIndexOf('(') > between.LastIndexOf(')'))
        {
            int close = text.IndexOf(')', next.End, sentence.End - next.End);
            if (close < 0) return (next.Start, next.Start);
            from = close + 1;
        }
        else if (EnumerationRegex().IsMatch(between))
            MetricRules.NounAfter(text, next.End, sentence.End, out from);
        else
            return (next.Start, next.Start);
        int to = i + 2 < numbers.Count ? Math.Max(from, numbers[i + 2].Start) : sentence.End;
        int stop = text.AsSpan(from, to - from).IndexOf(';');
        return (from, stop < 0 ? to : from + stop);
    }

    [GeneratedRegex(@"(?:\bund|\bsowie|\boder)\s*$")]
    private static partial Regex EnumerationRegex();

    /// <summary>What the model reads: up to 8 words before the figure, the placeholder, up to 12 words after.</summary>
    public static string ModelInput(MentionContext c)
    {
        var left = c.Left.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var right = c.Right.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        sb.AppendJoin(' ', left.Skip(Math.Max(0, left.Length - 8))).Append(' ').Append(Placeholder).Append(' ');
        sb.AppendJoin(' ', right.Take(12));
        return sb.ToString().Trim();
    }
}
