using AsskommExtract.Results;

namespace AsskommExtract.Register;

/// <summary>The steps of a municipality's way through ASSKomm that the register records, in their order.</summary>
public static class Steps
{
    /// <summary>Signed the Kooperationsvereinbarung (or, for a founding member, started the Allianz with it).</summary>
    public const string Joined = "joined";
    public const string KprFounded = "kpr_founded";
    public const string AnalysisStarted = "analysis_started";
    public const string AnalysisFinished = "analysis_finished";
    public const string CoachingStarted = "coaching_started";

    public static readonly IReadOnlyList<string> All = [Joined, KprFounded, AnalysisStarted, AnalysisFinished, CoachingStarted];
}

/// <summary>
/// What one release says one municipality did: the step, when (<see cref="Date"/> as precise as the text
/// is: "2021-05-05", "2019-02", "2020"), the ordinal it gave ("53. Kommune"), and the sentence that says so.
/// Start/End locate that sentence in the source.
/// </summary>
public sealed class MemberStep : Extracted
{
    public required string Ags { get; init; }
    public required string Name { get; init; }
    public required string Kreis { get; init; }
    public required string Step { get; init; }

    /// <summary>ISO date of any precision, or null when neither the sentence nor the release has one.</summary>
    public string? Date { get; set; }

    /// <summary>"stated": the sentence dates the step; "release": it reports the step as news, so the release date is its date.</summary>
    public string DateBasis { get; set; } = "release";

    public int? Ordinal { get; set; }

    /// <summary>A founding member: the Allianz started with this town (joined steps only).</summary>
    public bool Founding { get; set; }

    public string Evidence { get; set; } = "";
}
