using System.Globalization;
using System.Text;

namespace AsskommExtract.Models;

/// <summary>
/// Platt scaling of a classifier's top probability: confidence = σ(A·logit(p) + B), fitted on the
/// held-back examples (the model trained without them: how often its answer was right at each
/// probability). A model's raw probabilities are over-sure on examples it has seen; this maps them
/// to the share of answers that are right. Monotone for A &gt; 0, so it keeps the order of answers.
/// </summary>
public readonly record struct Calibration(double A, double B)
{
    /// <summary>No change: what a model without a calibration file gives.</summary>
    public static Calibration Identity { get; } = new(1, 0);

    public double Apply(double probability) => Sigmoid(A * Logit(probability) + B);

    /// <summary>
    /// Fits A and B to (top probability, answer right) pairs by Newton's method on the log loss, with
    /// Platt's smoothed targets ((right+1)/(right+2), 1/(wrong+2)) so a small or one-sided held-back
    /// part does not give a certainty of 0 or 1. Deterministic: the same pairs in the same order give
    /// the same numbers.
    /// </summary>
    public static Calibration Fit(IReadOnlyList<(double Probability, bool Right)> heldOut)
    {
        int right = heldOut.Count(h => h.Right), wrong = heldOut.Count - right;
        if (right == 0 || wrong == 0) return Identity; // nothing to tell a sure answer from an unsure one
        double hi = (right + 1.0) / (right + 2.0), lo = 1.0 / (wrong + 2.0);
        var x = heldOut.Select(h => Logit(h.Probability)).ToArray();
        var t = heldOut.Select(h => h.Right ? hi : lo).ToArray();
        double a = 1, b = 0;
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
            for (int i = 0; i < x.Length; i++)
            {
                double p = Sigmoid(a * x[i] + b), d = p - t[i], w = p * (1 - p);
                ga += d * x[i]; gb += d;
                haa += w * x[i] * x[i]; hab += w * x[i]; hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (det <= 0) break;
            double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
            a -= da; b -= db;
            if (Math.Abs(da) < 1e-10 && Math.Abs(db) < 1e-10) break;
        }
        return new Calibration(a, b);
    }

    /// <summary>The file the train command writes beside the model: "a⇥…", "b⇥…", in invariant round-trip form.</summary>
    public string ToTsv(string model, int examples) =>
        new StringBuilder()
            .Append("# Platt scaling of the ").Append(model).Append(" model's top probability, fitted on ").Append(examples.ToString(CultureInfo.InvariantCulture))
            .Append(" held-back examples by the train command: confidence = 1/(1+exp(-(a*logit(p)+b))).\n")
            .Append("a\t").Append(A.ToString("R", CultureInfo.InvariantCulture)).Append('\n')
            .Append("b\t").Append(B.ToString("R", CultureInfo.InvariantCulture)).Append('\n')
            .ToString();

    public static Calibration Parse(TextReader reader)
    {
        double a = double.NaN, b = double.NaN;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 2) throw new InvalidDataException($"calibration line '{line}' is not name<TAB>number");
            var v = double.Parse(f[1], CultureInfo.InvariantCulture);
            if (f[0] == "a") a = v; else if (f[0] == "b") b = v;
        }
        return double.IsNaN(a) || double.IsNaN(b) ? throw new InvalidDataException("a calibration needs both a and b") : new Calibration(a, b);
    }

    private static double Logit(double p)
    {
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(p / (1 - p));
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));
}
