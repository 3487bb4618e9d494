using System.Text.Json;
using AsskommExtract.Cli;
using AsskommExtract.Evaluation;
using AsskommExtract.Tests.Robustness;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Ecosystem;

using Cli = AsskommExtract.Tests.Robustness.Cli;

/// <summary>eval is honest in CI: nothing scored is an error, JSON for scripts, --min-f1 sets the exit code. Through the real process.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_run_that_scored_no_release_fails_with_a_clear_line()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "wrong"));
        var run = Cli.Run(_dir.Path, "eval", Repo.Samples, "--gold", "wrong", "-q");
        Assert.Equal(ExitCodes.EvalFailed, run.ExitCode);
        Assert.Contains("no release was scored: none of the 5 inputs has a NAME.gold.json in wrong", run.Stderr);
    }

    [Fact]
    public void Json_output_holds_every_field_and_the_checks()
    {
        var run = Cli.Run(_dir.Path, "eval", Repo.Samples, "--gold", Repo.Samples, "-f", "json", "--min-f1", "all=0.9", "-q");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        Assert.Equal(5, root.GetProperty("scored").GetInt32());
        Assert.True(root.GetProperty("passed").GetBoolean());
        Assert.Equal(GoldScorer.Fields, root.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("field").GetString()));
        Assert.All(root.GetProperty("fields").EnumerateArray(), f => Assert.Equal(1.0, f.GetProperty("f1").GetDouble()));
        Assert.Equal(GoldScorer.Fields.Length, root.GetProperty("checks").GetArrayLength());
    }

    [Fact]
    public void A_field_below_its_min_f1_sets_the_exit_code()
    {
        // Gold that disagrees with the samples on one date: date F1 drops to 0.8.
        Directory.CreateDirectory(Path.Combine(_dir.Path, "gold"));
        var golds = Directory.GetFiles(Repo.Samples, "*.gold.json").Order(StringComparer.Ordinal).ToList();
        foreach (var g in golds) File.Copy(g, Path.Combine(_dir.Path, "gold", Path.GetFileName(g)));
        var first = Path.Combine(_dir.Path, "gold", Path.GetFileName(golds[0]));
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(first))!;
        json["date"] = "1999-01-01";
        File.WriteAllText(first, json.ToJsonString());

        var failing = Cli.Run(_dir.Path, "eval", Repo.Samples, "--gold", "gold", "--min-f1", "date=0.9", "--min-f1", "title=1", "--brief", "-q");
        Assert.Equal(ExitCodes.EvalFailed, failing.ExitCode);
        Assert.Contains("date: F1 0.800 is below --min-f1 0.900", failing.Stderr);
        Assert.DoesNotContain("title:", failing.Stderr);

        var lenient = Cli.Run(_dir.Path, "eval", Repo.Samples, "--gold", "gold", "--min-f1", "date=0.8", "--brief", "-q");
        Assert.Equal(ExitCodes.Success, lenient.ExitCode);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("dates=0.9")]
    [InlineData("date=1.5")]
    public void A_malformed_threshold_is_a_usage_error(string threshold)
    {
        Assert.Null(F1Threshold.Parse(threshold));
        var run = Cli.Run(_dir.Path, "eval", Repo.Samples, "--gold", Repo.Samples, "--min-f1", threshold);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--min-f1 takes FIELD=X", run.Stderr);
    }
}
