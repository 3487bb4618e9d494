namespace AsskommExtract.Extractors.Quotes;

/// <summary>
/// The quote rules' confidence levels, on the one scale of README "Confidence": how often a quotation
/// given at that level is speech with the right speaker, as measured on the annotated corpora.
/// </summary>
internal static class QuoteLevels
{
    /// <summary>The attribution names the speaker ("sagte Innenminister Armin Schuster").</summary>
    public const double NamedSpeaker = 0.95;

    /// <summary>The speaker is given by a pronoun or a role ("sagte sie", "so der Bürgermeister"), or continues the quotation before.</summary>
    public const double ResolvedSpeaker = 0.85;

    /// <summary>No attribution: a whole sentence in marks after a person just named; the most a model reading of it is given too.</summary>
    public const double PersonJustNamed = 0.7;

    /// <summary>No model was consulted where the rules leave it open.</summary>
    public const double Guess = 0.5;
}
