using AsskommExtract.Cli;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Robustness;

/// <summary>The documented exit codes, each produced by the real process.</summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void All_inputs_fine_exits_0()
    {
        _dir.File("gut.txt", BrokenFiles.Release());
        var run = Cli.Run(_dir.Path, "extract", "gut.txt", "-q");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Some_inputs_failed_exits_1_and_still_writes_the_rest()
    {
        _dir.File("gut.txt", BrokenFiles.Release("Penig"));
        var run = Cli.Run(_dir.Path, "extract", "gut.txt", "fehlt.txt", "-q");
        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode);
        Assert.Contains("Penig", run.Stdout);
    }

    [Theory]
    [InlineData("extract", "--bogus", "gut.txt")]
    [InlineData("extract", "gut.txt", "-x")]
    [InlineData("extract", "gut.txt", "--format", "xml")]
    [InlineData("extract", "gut.txt", "--table", "zahlen")]
    [InlineData("extract")]
    [InlineData("extract", "gut.txt", "--jobs")]
    [InlineData("nosuchcommand")]
    public void Usage_errors_exit_2_and_do_nothing(params string[] args)
    {
        _dir.File("gut.txt", BrokenFiles.Release());
        var run = Cli.Run(_dir.Path, args);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("asskomm-extract --help", run.Stderr);
    }

    [Fact]
    public void Unknown_option_is_named_in_the_usage_error()
    {
        var run = Cli.Run(_dir.Path, "extract", "--bogus", "x.txt");
        Assert.Contains("unknown option '--bogus'", run.Stderr);
    }

    [Fact]
    public void After_double_dash_a_leading_dash_is_part_of_a_path()
    {
        _dir.File("-komisch.txt", BrokenFiles.Release("Geringswalde"));
        var run = Cli.Run(_dir.Path, "extract", "-q", "--", "-komisch.txt");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Geringswalde", run.Stdout);
    }

    [Fact]
    public void Single_dash_still_reads_standard_input()
    {
        var run = Cli.Run(_dir.Path, "extract", "-", "-q");
        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode); // stdin is closed and empty here: an error, not a usage error
        Assert.Contains("asskomm-extract: -: ", run.Stderr);
    }

    [Fact]
    public void Output_into_a_missing_folder_exits_3()
    {
        _dir.File("gut.txt", BrokenFiles.Release());
        var run = Cli.Run(_dir.Path, "extract", "gut.txt", "-o", "nicht/da/out.json");
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("extract", "--help")]
    public void Help_documents_every_exit_code(params string[] args)
    {
        var run = Cli.Run(_dir.Path, args);
        Assert.Equal(0, run.ExitCode);
        var section = run.Stdout[run.Stdout.IndexOf("Exit codes", StringComparison.Ordinal)..];
        foreach (var code in new[] { "0 all", "1 some", "2 usage", "3 output", "130 interrupted" })
            Assert.Contains(code, section);
    }

    [Fact]
    public void Input_over_max_bytes_is_refused_per_file_and_the_run_goes_on()
    {
        _dir.File("gross.txt", BrokenFiles.Release() + new string('-', 3_000));
        _dir.File("klein.txt", BrokenFiles.Release("Rabenau"));
        var run = Cli.Run(_dir.Path, "extract", "gross.txt", "klein.txt", "--max-bytes", "2500", "-q");
        Assert.Equal(ExitCodes.SomeFailed, run.ExitCode);
        Assert.StartsWith("asskomm-extract: gross.txt: file is ", Assert.Single(run.ErrorLines));
        Assert.Contains("larger than the input size limit", run.Stderr);
        Assert.Contains("Rabenau", run.Stdout);
    }
}
