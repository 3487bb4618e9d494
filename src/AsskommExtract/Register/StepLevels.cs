namespace AsskommExtract.Register;

/// <summary>
/// The step rules' confidence levels, on the one scale of README "Confidence". A step's confidence is
/// its level times its town's confidence (at least <see cref="TownFloor"/>): the step is right only
/// if the town is.
/// </summary>
internal static class StepLevels
{
    /// <summary>The sentence's step cue and the town in the subject role.</summary>
    public const double SubjectActs = 0.9;

    /// <summary>A founding member: the sentence tells the Allianz's start with the town.</summary>
    public const double FoundingMember = 0.85;

    /// <summary>The step cue and a town that is not the release's subject.</summary>
    public const double OtherTownActs = 0.75;

    /// <summary>The step cue without a town, referring back to the release's one subject ("die Stadt").</summary>
    public const double Anaphor = 0.7;

    /// <summary>The least a town's own confidence counts for in a step's.</summary>
    public const double TownFloor = 0.5;
}
