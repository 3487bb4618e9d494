namespace AsskommExtract.Tests.Support;

/// <summary>Not run while snapshots are being updated: that explicit command writes them by design.</summary>
public sealed class UnlessUpdatingSnapshotsFactAttribute : FactAttribute
{
    public UnlessUpdatingSnapshotsFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1") Skip = "UPDATE_SNAPSHOTS=1 writes snapshots";
    }
}

public class GoldenTests
{
    [UnlessUpdatingSnapshotsFact]
    public void A_missing_snapshot_fails_instead_of_writing_itself()
    {
        var name = "never-written-" + Guid.NewGuid().ToString("N") + ".txt";
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => Golden.Match(name, "anything"));
        Assert.False(File.Exists(Repo.Path_("tests", "AsskommExtract.Tests", "Snapshots", name)));
    }
}
