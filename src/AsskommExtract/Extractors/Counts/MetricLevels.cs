namespace AsskommExtract.Extractors.Counts;

/// <summary>
/// The metric rules' confidence levels, on the one scale of README "Confidence": how often a figure
/// labelled at that level carries the right label, as measured on the annotated corpora.
/// </summary>
internal static class MetricLevels
{
    /// <summary>The figure's own noun names the metric ("44 Kooperationsvereinbarungen"), or a funding sentence names the sum.</summary>
    public const double NounNamesMetric = 0.95;

    /// <summary>The figure's noun is one no metric counts ("177 Personen"); a member ordinal in its membership frame.</summary>
    public const double NounRulesOut = 0.9;

    /// <summary>A cue of the clause names the metric ("haben … unterzeichnet"), or shows it counts something else (an increment, a single grant).</summary>
    public const double ClauseCue = 0.85;

    /// <summary>The sentence frames the figure as no ASSKomm total (planned, a part of a whole, a district's, an origin).</summary>
    public const double SentenceFrame = 0.8;

    /// <summary>An ordinal with an article and no noun in a sentence about membership ("ist die 60.").</summary>
    public const double MembershipSentence = 0.7;

    /// <summary>A figure without a noun whose clause ends before any cue: "other", weakly.</summary>
    public const double NoCue = 0.6;

    /// <summary>No rule decided and no model was consulted.</summary>
    public const double Guess = 0.5;

    /// <summary>Below this probability of its own (uncalibrated, <see cref="Models.Prediction.Probability"/>) the model's guess of an ASSKomm metric is not worth a false figure: "other".</summary>
    public const double MinModel = 0.5;
}
