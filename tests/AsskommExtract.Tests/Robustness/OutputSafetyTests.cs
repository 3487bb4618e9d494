using System.Diagnostics;
using AsskommExtract.Cli;
using AsskommExtract.Reading;
using AsskommExtract.Tests.Support;

namespace AsskommExtract.Tests.Robustness;

/// <summary>-o is all or nothing; a full disk, Ctrl-C and a closed pipe end cleanly. Through the real process.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private void Folder(int releases)
    {
        var text = System.Text.Encoding.UTF8.GetBytes(BrokenFiles.Release("Schkeuditz"));
        Directory.CreateDirectory(Path.Combine(_dir.Path, "in"));
        for (int i = 0; i < releases; i++) File.WriteAllBytes(Path.Combine(_dir.Path, "in", $"r{i:D5}.txt"), text);
    }

    private string[] OutFolderEntries() => Directory.GetFiles(Path.Combine(_dir.Path, "out")).Select(Path.GetFileName).ToArray()!;

    [Fact]
    public void Output_file_is_complete_and_no_temporary_file_is_left()
    {
        Folder(20);
        Directory.CreateDirectory(Path.Combine(_dir.Path, "out"));
        var run = Cli.Run(_dir.Path, "extract", "in", "-o", "out/r.json", "-q");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["r.json"], OutFolderEntries());
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir.Path, "out", "r.json")));
        Assert.Equal(20, json.RootElement.GetArrayLength());
    }

    [LinuxFact]
    public void Failed_run_leaves_an_existing_output_untouched_and_no_temporary_file()
    {
        Folder(300);
        Directory.CreateDirectory(Path.Combine(_dir.Path, "out"));
        File.WriteAllText(Path.Combine(_dir.Path, "out", "r.json"), "alt");
        // A file size limit makes the write fail part-way, as a full disk does (EFBIG instead of ENOSPC).
        // W^X off: the runtime's double-mapped code memory counts against the limit too.
        var process = Start("bash", "-c", $"trap '' XFSZ; ulimit -f 16; DOTNET_EnableWriteXorExecute=0 exec dotnet '{Cli.Dll}' extract in -o out/r.json");
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(ExitCodes.OutputFailed, process.ExitCode);
        Assert.Contains("cannot write out/r.json", stderr);
        Assert.Contains("no partial file was left", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(["r.json"], OutFolderEntries());
        Assert.Equal("alt", File.ReadAllText(Path.Combine(_dir.Path, "out", "r.json")));
    }

    [DevFullFact]
    public void Dev_full_as_output_fails_with_exit_3_and_stays_a_device()
    {
        Folder(5);
        var run = Cli.Run(_dir.Path, "extract", "in", "-o", "/dev/full");
        Assert.Equal(ExitCodes.OutputFailed, run.ExitCode);
        Assert.Contains("cannot write /dev/full", run.Stderr);
        Assert.Contains("No space left on device", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.True(FileKind.IsSpecial("/dev/full"), "/dev/full was replaced by a regular file");
    }

    [LinuxTheory]
    [InlineData(2)]  // SIGINT, Ctrl-C
    [InlineData(15)] // SIGTERM, as timeout(1) and kill send
    public void Interrupted_run_exits_130_and_leaves_no_partial_file(int signal)
    {
        Folder(8_000);
        Directory.CreateDirectory(Path.Combine(_dir.Path, "out"));
        // A test host that ignores SIGINT (started in the background by a shell) passes that on; perl resets it.
        using var process = IgnoresSigint()
            ? Start("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV", "dotnet", Cli.Dll, "extract", "in", "-o", "out/r.json", "-j", "1", "-v")
            : Cli.Start(_dir.Path, ["extract", "in", "-o", "out/r.json", "-j", "1", "-v"]);
        var firstDetail = process.StandardError.ReadLine(); // verbose: one line per release, so the run is under way
        Assert.NotNull(firstDetail);
        Cli.Signal(process, signal);
        var rest = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(30_000));
        Assert.Equal(ExitCodes.Interrupted, process.ExitCode);
        Assert.Contains("interrupted; out/r.json was not written", rest);
        Assert.Empty(OutFolderEntries());
    }

    [Fact]
    public void Stdout_closed_early_ends_quietly_and_early()
    {
        Folder(3_000);
        var process = Start("bash", "-c", $"dotnet '{Cli.Dll}' extract in | head -c 100 > /dev/null; echo \"exit=${{PIPESTATUS[0]}}\" >&2");
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Contains("exit=0", stderr);
        Assert.DoesNotContain("Exception", stderr);
        Assert.DoesNotContain("3000 inputs", stderr); // it stopped at the closed pipe instead of extracting everything
    }

    private Process Start(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = _dir.Path, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        return Process.Start(info)!;
    }

    /// <summary>Whether this process ignores SIGINT (bit 2 of SigIgn in /proc/self/status), which children inherit.</summary>
    private static bool IgnoresSigint()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line[7..].Trim(), 16) & 0b10) != 0;
    }
}
