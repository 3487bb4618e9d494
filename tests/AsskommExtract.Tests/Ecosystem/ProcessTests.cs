using System.Diagnostics;
using System.Text.Json;
using AsskommExtract.Cli;
using AsskommExtract.Tests.Robustness;

namespace AsskommExtract.Tests.Ecosystem;

using Cli = AsskommExtract.Tests.Robustness.Cli;

/// <summary>The process as a shell sees it: -V, no response files, closed standard streams. Through the real process.</summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("-V")]
    [InlineData("--version")]
    public void Version_is_printed_with_V(string flag)
    {
        var run = Cli.Run(_dir.Path, flag);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Stdout);
    }

    [Fact]
    public void A_file_named_with_an_at_sign_is_a_path_not_a_list_of_options()
    {
        _dir.File("@evil.txt", "-o\nout/pwned.json\n--quiet\n");
        _dir.File("gut.txt", BrokenFiles.Release("Geithain"));
        var run = Cli.Run(_dir.Path, "extract", "@evil.txt", "gut.txt");
        Assert.False(File.Exists(Path.Combine(_dir.Path, "out", "pwned.json")));
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(["@evil.txt", "gut.txt"], doc.RootElement.EnumerateArray().Select(r => r.GetProperty("source").GetString()));
        Assert.Contains("2 inputs", run.Stderr); // --quiet from the file was not applied either
    }

    private (int Code, string Stdout, string Stderr) Shell(string script)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = _dir.Path, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }

    [Fact]
    public void A_closed_stderr_costs_neither_the_run_nor_the_data()
    {
        _dir.File("gut.txt", BrokenFiles.Release("Geithain"));
        // fehlt.txt makes an error message, the first write to the closed stderr.
        var (code, stdout, _) = Shell($"dotnet '{Cli.Dll}' extract gut.txt fehlt.txt -v 2>&-; echo \"exit=$?\"");
        Assert.Contains("exit=1", stdout); // some inputs failed, not 134 (abort)
        Assert.Contains("Geithain", stdout);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Stdout_redirected_to_a_file_continues_where_the_shell_is_and_leaves_the_rest_to_it()
    {
        _dir.File("gut.txt", BrokenFiles.Release("Geithain"));
        Shell($"{{ echo erste; dotnet '{Cli.Dll}' extract gut.txt -f csv -t errors -q; echo letzte; }} > out.csv; " +
              $"dotnet '{Cli.Dll}' extract gut.txt -f csv -t errors -q >> out.csv");
        Assert.Equal("erste\nsource,error\r\nletzte\nsource,error\r\n", File.ReadAllText(Path.Combine(_dir.Path, "out.csv")));
    }

    [Fact]
    public void A_closed_stdout_is_reported_as_an_output_failure_not_a_crash()
    {
        _dir.File("gut.txt", BrokenFiles.Release("Geithain"));
        var (_, stdout, stderr) = Shell($"dotnet '{Cli.Dll}' extract gut.txt >&-; echo \"exit=$?\" >&2");
        Assert.Contains("exit=3", stderr);
        Assert.Contains("cannot write standard output", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
    }
}
