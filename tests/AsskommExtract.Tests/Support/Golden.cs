namespace AsskommExtract.Tests.Support;

/// <summary>
/// Golden-file assertions: compares text with tests/AsskommExtract.Tests/Snapshots/NAME. On a
/// mismatch the actual text is written beside it as NAME.actual for diffing; run the tests with
/// UPDATE_SNAPSHOTS=1 to accept the new output.
/// </summary>
public static class Golden
{
    public static void Match(string name, string actual)
    {
        var path = Repo.Path_("tests", "AsskommExtract.Tests", "Snapshots", name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1" || !File.Exists(path) && Environment.GetEnvironmentVariable("CI") is null)
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"snapshot {name} is missing; run the tests once with UPDATE_SNAPSHOTS=1");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual) File.WriteAllText(path + ".actual", actual);
        Assert.Equal(expected, actual);
    }
}
