using System.Globalization;
using System.Text.Json;
using AsskommExtract.Results;
using AsskommExtract.Text;

namespace AsskommExtract.Evaluation;

/// <summary>Precision, recall and F1 of one field, with what was missed and what was extra.</summary>
public sealed class FieldScore(string field)
{
    public string Field { get; } = field;
    public int TruePositives { get; set; }
    public List<string> Misses { get; } = [];
    public List<string> Extras { get; } = [];
    public int FalsePositives => Extras.Count;
    public int FalseNegatives => Misses.Count;
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Scores releases against gold files by SPEC.md's rules: date, title and kind exact; municipalities
/// as (release, ags) with the subject role apart; metrics as (release, metric, value, qualifier)
/// without "other"; quotes matched on the speaker's last name and ≥ 0.9 text similarity.
/// Gold entries marked optional count neither as missed nor, when found, as extra.
/// </summary>
public static class GoldScorer
{
    public static readonly string[] Fields = ["date", "title", "kind", "municipalities", "subject", "metrics", "quotes"];

    private sealed record Item(string Key, bool Optional, string Display);

    /// <summary>Gold files in a folder by release key (file name without ".gold.json").</summary>
    public static Dictionary<string, JsonElement> LoadGold(string dir)
    {
        var gold = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(dir, "*.gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var key = Path.GetFileName(file)[..^".gold.json".Length];
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            gold[key] = doc.RootElement.Clone();
        }
        return gold;
    }

    public static string KeyOf(string source) => Path.GetFileNameWithoutExtension(source);

    /// <summary>Scores the releases that have a gold file; the sources of the others go to <paramref name="unscored"/>.</summary>
    public static IReadOnlyList<FieldScore> Score(IEnumerable<Release> predicted, IReadOnlyDictionary<string, JsonElement> gold, ICollection<string>? unscored = null)
    {
        var scores = Fields.ToDictionary(f => f, f => new FieldScore(f));
        foreach (var release in predicted)
        {
            var key = KeyOf(release.Source);
            if (!gold.TryGetValue(key, out var g))
            {
                unscored?.Add(release.Source);
                continue;
            }
            foreach (var field in Fields)
            {
                if (field == "quotes") ScoreQuotes(scores[field], key, release, g);
                else Compare(scores[field], key, Predicted(field, release), Gold(field, g));
            }
        }
        return Fields.Select(f => scores[f]).ToList();
    }

    private static IEnumerable<Item> Predicted(string field, Release r)
    {
        if (r.Failed) yield break;
        switch (field)
        {
            case "date": if (r.Date is not null) yield return new Item(r.Date, false, r.Date); break;
            case "title": if (r.Title is not null) yield return new Item(TextSimilarity.CollapseWhitespace(r.Title), false, r.Title); break;
            case "kind": if (r.Kind is not null) yield return new Item(r.Kind, false, r.Kind); break;
            case "municipalities":
                foreach (var m in r.Municipalities) yield return new Item(m.Ags, false, $"{m.Name} ({m.Ags})");
                break;
            case "subject":
                foreach (var m in r.Municipalities.Where(m => m.Role == "subject")) yield return new Item(m.Ags, false, $"{m.Name} ({m.Ags})");
                break;
            case "metrics":
                foreach (var m in r.Metrics.Where(m => m.Name != MetricNames.Other))
                    yield return MetricItem(m.Name, m.Value, m.Qualifier, false);
                break;
        }
    }

    private static IEnumerable<Item> Gold(string field, JsonElement g)
    {
        string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        bool Optional(JsonElement e) => e.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;
        switch (field)
        {
            case "date" or "kind":
                if (Str(g, field) is { } v) yield return new Item(v, false, v);
                break;
            case "title":
                if (Str(g, "title") is { } t) yield return new Item(TextSimilarity.CollapseWhitespace(t), false, t);
                break;
            case "municipalities" or "subject":
                if (!g.TryGetProperty("municipalities", out var ms)) break;
                foreach (var m in ms.EnumerateArray())
                    if (field == "municipalities" || Str(m, "role") == "subject")
                        yield return new Item(Str(m, "ags") ?? "", Optional(m), $"{Str(m, "name")} ({Str(m, "ags")})");
                break;
            case "metrics":
                if (!g.TryGetProperty("metrics", out var mt)) break;
                foreach (var m in mt.EnumerateArray())
                    if (Str(m, "metric") is { } name && name != MetricNames.Other)
                        yield return MetricItem(name, m.GetProperty("value").GetDouble(), Str(m, "qualifier") ?? "exact", Optional(m));
                break;
        }
    }

    private static Item MetricItem(string name, double value, string qualifier, bool optional)
    {
        var key = $"{name}={value.ToString(CultureInfo.InvariantCulture)} {qualifier}";
        return new Item(key, optional, key);
    }

    private static void Compare(FieldScore score, string release, IEnumerable<Item> predicted, IEnumerable<Item> gold)
    {
        var goldItems = gold.GroupBy(i => i.Key).ToDictionary(g => g.Key, g => g.First());
        var seen = new HashSet<string>();
        foreach (var p in predicted)
        {
            if (!seen.Add(p.Key)) continue;
            if (goldItems.TryGetValue(p.Key, out var g))
            {
                if (!g.Optional) score.TruePositives++;
            }
            else score.Extras.Add($"{release}: {p.Display}");
        }
        foreach (var g in goldItems.Values)
            if (!g.Optional && !seen.Contains(g.Key)) score.Misses.Add($"{release}: {g.Display}");
    }

    private static void ScoreQuotes(FieldScore score, string release, Release r, JsonElement g)
    {
        var predicted = r.Failed ? [] : r.Quotes.ToList();
        var matched = new bool[predicted.Count];
        if (!g.TryGetProperty("quotes", out var quotes)) quotes = default;
        var golds = quotes.ValueKind == JsonValueKind.Array ? quotes.EnumerateArray().ToList() : [];
        foreach (var gq in golds)
        {
            var speaker = gq.GetProperty("speaker").GetString() ?? "";
            var text = gq.GetProperty("text").GetString() ?? "";
            bool optional = gq.TryGetProperty("optional", out var o) && o.ValueKind == JsonValueKind.True;
            int hit = -1;
            for (int i = 0; i < predicted.Count && hit < 0; i++)
                if (!matched[i] && QuoteMatches(predicted[i].Speaker, predicted[i].Text, speaker, text)) hit = i;
            if (hit >= 0)
            {
                matched[hit] = true;
                if (!optional) score.TruePositives++;
            }
            else if (!optional) score.Misses.Add($"{release}: {speaker}: »{Abbreviate(text)}«");
        }
        for (int i = 0; i < predicted.Count; i++)
            if (!matched[i]) score.Extras.Add($"{release}: {predicted[i].Speaker}: »{Abbreviate(predicted[i].Text)}«");
    }

    public static bool QuoteMatches(string predictedSpeaker, string predictedText, string goldSpeaker, string goldText) =>
        TextSimilarity.FoldedSurname(predictedSpeaker) == TextSimilarity.FoldedSurname(goldSpeaker) && TextSimilarity.FoldedSurname(goldSpeaker).Length > 0
        && TextSimilarity.Ratio(predictedText, goldText) >= 0.9;


    private static string Abbreviate(string s) => s.Length <= 70 ? s : s[..67] + "…";
}
