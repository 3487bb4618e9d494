namespace AsskommExtract.Extractors.Kinds;

/// <summary>
/// The kind rules' confidence levels, on the one scale of README "Confidence": a level is the share
/// of releases the rule labels that it labels right, as measured on the annotated corpora.
/// </summary>
internal static class KindLevels
{
    /// <summary>The text is not about ASSKomm (police, fire brigade, another state): "sonstiges".</summary>
    public const double NotAboutAsskomm = 0.9;

    /// <summary>The headline's wording names exactly one kind.</summary>
    public const double HeadlineNamesOneKind = 0.95;

    /// <summary>The lead states what happened (signed, founded, took place).</summary>
    public const double LeadStatesKind = 0.85;

    /// <summary>Prevention talked of in general words, no kind in the headline: "sonstiges".</summary>
    public const double GeneralPrevention = 0.8;

    /// <summary>No rule decided and no model was consulted: a guess (the headline's first candidate or "sonstiges").</summary>
    public const double Guess = 0.5;
}
