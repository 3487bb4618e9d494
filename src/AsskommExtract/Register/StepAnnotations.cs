using AsskommExtract.Documents;

namespace AsskommExtract.Register;

public static class StepAnnotations
{
    /// <summary>What the release says each municipality did, one step per town and kind (the register's input).</summary>
    public static readonly AnnotationKey<IReadOnlyList<MemberStep>> Steps = new("steps", (release, steps) => release.Steps.AddRange(steps));
}
