using AsskommExtract.Tests.Support;
using System.Diagnostics;
using System.Text.Json;
using AsskommExtract.Cli;
using AsskommExtract.Tests.Robustness;

namespace AsskommExtract.Tests.Ecosystem;

using Cli = AsskommExtract.Tests.Robustness.Cli;

/// <summary>-o never destroys an input, never reads itself back, keeps the file's mode; walks skip hidden entries. Through the real process.</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Read(string relative) => File.ReadAllText(Path.Combine(_dir.Path, relative));

    private static int ArrayLength(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetArrayLength();
    }

    [Fact]
    public void O_refuses_to_overwrite_an_input_named_on_the_command_line()
    {
        var release = BrokenFiles.Release("Geithain");
        _dir.File("r.txt", release);
        var run = Cli.Run(_dir.Path, "extract", "r.txt", "-o", "r.txt");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("refusing to overwrite r.txt: it is one of the inputs", run.Stderr);
        Assert.Equal(release, Read("r.txt"));
    }

    [Fact]
    public void O_refuses_to_overwrite_a_file_the_walk_would_read()
    {
        var release = BrokenFiles.Release("Geithain");
        _dir.File("in/r.md", release);
        var run = Cli.Run(_dir.Path, "extract", "in", "-f", "jsonl", "-o", "in/r.md");
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("(given as in)", run.Stderr);
        Assert.Equal(release, Read("in/r.md"));
    }

    [Fact]
    public void A_walk_skips_its_own_output_file()
    {
        _dir.File("in/a.txt", BrokenFiles.Release("Geithain"));
        _dir.File("in/b.txt", BrokenFiles.Release("Colditz"));
        // Written into the folder it reads, under a name a reader handles: never read back as a release.
        var run = Cli.Run(_dir.Path, "extract", "in", "-f", "json", "-o", "in/results.txt", "-q");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(2, ArrayLength(Read("in/results.txt")));
        Assert.Equal(["in", "in/a.txt", "in/b.txt", "in/results.txt"], _dir.Entries());
    }

    [UnixFact]
    public void Replacing_an_output_file_keeps_its_mode()
    {
        _dir.File("r.txt", BrokenFiles.Release("Geithain"));
        var output = _dir.File("out.json", "alt");
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite;
        File.SetUnixFileMode(output, mode);
        Assert.Equal(ExitCodes.Success, Cli.Run(_dir.Path, "extract", "r.txt", "-o", "out.json", "-q").ExitCode);
        Assert.Equal(1, ArrayLength(Read("out.json")));
        Assert.Equal(mode, File.GetUnixFileMode(output));
    }

    [Fact]
    public void Tsv_output_is_tab_separated()
    {
        _dir.File("r.txt", BrokenFiles.Release("Geithain"));
        Assert.Equal(ExitCodes.Success, Cli.Run(_dir.Path, "extract", "r.txt", "-o", "r.tsv", "-q").ExitCode);
        var lines = Read("r.tsv").Split("\r\n");
        Assert.StartsWith("source\tdate\ttitle\tkind\t", lines[0]);
        Assert.StartsWith("r.txt\t2022-03-17\t", lines[1]);
    }

    [Fact]
    public void Hidden_files_and_folders_are_skipped_unless_asked_and_read_when_named()
    {
        _dir.File("in/a.txt", BrokenFiles.Release("Geithain"));
        _dir.File("in/.entwurf.txt", BrokenFiles.Release("Colditz"));
        _dir.File("in/.git/COMMIT_EDITMSG.txt", BrokenFiles.Release("Rochlitz"));
        Assert.Equal(1, ArrayLength(Cli.Run(_dir.Path, "extract", "in", "-q").Stdout));
        Assert.Equal(3, ArrayLength(Cli.Run(_dir.Path, "extract", "in", "--hidden", "-q").Stdout));
        Assert.Equal(1, ArrayLength(Cli.Run(_dir.Path, "extract", "in/.entwurf.txt", "-q").Stdout));
    }

    [Fact]
    public void Csv_to_a_pipe_closed_after_the_header_stops_the_run()
    {
        for (int i = 0; i < 3_000; i++) _dir.File($"in/r{i:D5}.txt", BrokenFiles.Release("Geithain"));
        var info = new ProcessStartInfo("bash") { WorkingDirectory = _dir.Path, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-c", $"dotnet '{Cli.Dll}' extract in -f csv | head -1 > /dev/null; echo \"exit=${{PIPESTATUS[0]}}\" >&2" })
            info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Contains("exit=0", stderr);
        Assert.DoesNotContain("3000 inputs", stderr); // it stopped at the closed pipe instead of extracting everything
    }
}
