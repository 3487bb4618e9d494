namespace AsskommExtract.Tests.Support;

/// <summary>
/// Golden-file assertions: compares text with tests/AsskommExtract.Tests/Snapshots/NAME. On a
/// mismatch the actual text is written beside it as NAME.actual for diffing; run the tests with
/// UPDATE_SNAPSHOTS=1 to accept the new output. A missing snapshot fails: only that explicit update
/// writes one, so a deleted snapshot cannot pass by rewriting itself.
/// </summary>
public static class Golden
{
    public static void Match(string name, string actual)
    {
        var path = Repo.Path_("tests", "AsskommExtract.Tests", "Snapshots", name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"snapshot {name} is missing; write it with UPDATE_SNAPSHOTS=1 dotnet test and review it");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual) File.WriteAllText(path + ".actual", actual);
        Assert.Equal(expected, actual);
    }
}
