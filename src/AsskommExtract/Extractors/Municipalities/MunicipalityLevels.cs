namespace AsskommExtract.Extractors.Municipalities;

/// <summary>
/// The municipality rules' confidence levels, on the one scale of README "Confidence". A mention's
/// confidence is its place level (is this the town?) times its role level (is this its role?): the
/// chance that both are right, taking the two as independent.
/// </summary>
internal static class MunicipalityLevels
{
    /// <summary>The name, or a form of it, of exactly one municipality.</summary>
    public const double ExactName = 0.95;

    /// <summary>A shared name told apart by the region written after it ("Neukirch/Lausitz").</summary>
    public const double Disambiguated = 0.9;

    /// <summary>A part of a hyphenated compound ("Dresden-Neustadt").</summary>
    public const double CompoundPart = 0.85;

    /// <summary>A misspelling within the edit distance of one name.</summary>
    public const double Misspelt = 0.75;

    /// <summary>A shared name told apart by the regions and districts the text names around it.</summary>
    public const double ResolvedByContext = 0.7;

    /// <summary>A shared name nothing tells apart: the first entry.</summary>
    public const double Ambiguous = 0.4;

    /// <summary>A role rule (or a place marker for "other") decided the role.</summary>
    public const double RoleByRule = 0.9;

    /// <summary>A town listed with the subject ("Zittau und Görlitz treten bei").</summary>
    public const double SubjectByList = 0.85;

    /// <summary>No rule decided the role: "other", undecided.</summary>
    public const double RoleUndecided = 0.5;

    /// <summary>Below this probability of its own (uncalibrated, <see cref="Models.Prediction.Probability"/>) the role model's "subject" is not taken (a false subject costs more than a missed one).</summary>
    public const double MinModelSubject = 0.6;
}
