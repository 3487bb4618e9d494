using System.Globalization;
using System.Text.Json;
using AsskommExtract.Output;

namespace AsskommExtract.Evaluation;

/// <summary>A lowest acceptable F1 for a field (or "all" of them), as eval's --min-f1 FIELD=X sets it.</summary>
public sealed record F1Threshold(string Field, double Min)
{
    public const string AllFields = "all";

    /// <summary>FIELD=X with a known field (or "all") and 0 ≤ X ≤ 1; null otherwise.</summary>
    public static F1Threshold? Parse(string text)
    {
        int eq = text.IndexOf('=');
        if (eq <= 0) return null;
        var field = text[..eq].Trim().ToLowerInvariant();
        if (field != AllFields && !GoldScorer.Fields.Contains(field)) return null;
        return double.TryParse(text[(eq + 1)..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var min) && min is >= 0 and <= 1
            ? new F1Threshold(field, min) : null;
    }
}

/// <summary>
/// The outcome of an eval run: per-field scores, which releases were scored and which had no gold file,
/// and each --min-f1 check. <see cref="Passed"/> is what CI asks: at least one release was scored and
/// every field met its threshold.
/// </summary>
public sealed class EvalReport(IReadOnlyList<FieldScore> scores, int scored, IReadOnlyList<string> unscored, IReadOnlyList<F1Threshold> thresholds)
{
    public sealed record Check(string Field, double Min, double F1)
    {
        public bool Passed => Math.Round(F1, 3) >= Min; // the F1 as printed: "0.900" meets 0.9
    }

    public IReadOnlyList<FieldScore> Scores => scores;
    public int Scored => scored;
    public IReadOnlyList<string> Unscored => unscored;

    /// <summary>Each threshold against each field it names ("all" names every field); the strictest per field.</summary>
    public IReadOnlyList<Check> Checks { get; } = scores
        .Select(s => (s, min: thresholds.Where(t => t.Field == s.Field || t.Field == F1Threshold.AllFields).Select(t => (double?)t.Min).Max()))
        .Where(p => p.min is not null)
        .Select(p => new Check(p.s.Field, p.min!.Value, p.s.F1))
        .ToList();

    public bool Passed => scored > 0 && Checks.All(c => c.Passed);

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    public void WriteText(TextWriter writer, bool brief)
    {
        writer.WriteLine($"{"field",-16}{"precision",10}{"recall",10}{"f1",10}{"tp",6}{"fp",6}{"fn",6}");
        foreach (var s in scores)
            writer.WriteLine($"{s.Field,-16}{F(s.Precision),10}{F(s.Recall),10}{F(s.F1),10}{s.TruePositives,6}{s.FalsePositives,6}{s.FalseNegatives,6}");
        if (brief) return;
        foreach (var s in scores)
        {
            foreach (var miss in s.Misses) writer.WriteLine($"miss   {s.Field,-15} {miss}");
            foreach (var extra in s.Extras) writer.WriteLine($"extra  {s.Field,-15} {extra}");
        }
    }

    /// <summary>{"scored", "unscored", "passed", "fields": [{field, precision, recall, f1, tp, fp, fn, misses, extras}], "checks": [...]}.</summary>
    public void WriteJson(Stream stream, bool brief)
    {
        using (var json = new Utf8JsonWriter(stream, ReleaseJson.WriterOptions(indented: true)))
        {
            json.WriteStartObject();
            json.WriteNumber("scored", scored);
            json.WriteStrings("unscored", unscored);
            json.WriteBoolean("passed", Passed);
            json.WriteStartArray("fields");
            foreach (var s in scores)
            {
                json.WriteStartObject();
                json.WriteString("field", s.Field);
                json.WriteNumber("precision", Math.Round(s.Precision, 4));
                json.WriteNumber("recall", Math.Round(s.Recall, 4));
                json.WriteNumber("f1", Math.Round(s.F1, 4));
                json.WriteNumber("tp", s.TruePositives);
                json.WriteNumber("fp", s.FalsePositives);
                json.WriteNumber("fn", s.FalseNegatives);
                if (!brief)
                {
                    json.WriteStrings("misses", s.Misses);
                    json.WriteStrings("extras", s.Extras);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("checks");
            foreach (var c in Checks)
            {
                json.WriteStartObject();
                json.WriteString("field", c.Field);
                json.WriteNumber("min_f1", c.Min);
                json.WriteNumber("f1", Math.Round(c.F1, 4));
                json.WriteBoolean("passed", c.Passed);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }
}
