using AsskommExtract.Tests.Support;
using System.Diagnostics;
using AsskommExtract.Cli;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;

namespace AsskommExtract.Tests.Robustness;

/// <summary>Faults while reading: a file turned into a FIFO, a pipe nobody writes to, a signal while an input blocks.</summary>
public sealed class FaultTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Fifo(string name)
    {
        var path = Path.Combine(_dir.Path, name);
        using var mkfifo = Process.Start("mkfifo", path)!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    /// <summary>Opens the FIFO for writing (blocks until a reader opens it) and holds it open without writing.</summary>
    private static Task<FileStream> SilentWriter(string fifo) => Task.Run(() => new FileStream(fifo, FileMode.Open, FileAccess.Write));

    [LinuxFact]
    public void A_file_replaced_by_a_fifo_after_it_was_listed_is_an_error_not_a_hang()
    {
        var path = _dir.File("in/a.txt", "Text.");
        var listed = InputWalker.Expand([Path.Combine(_dir.Path, "in")], PipelineFactory.CreateDefault().Readers).Single();
        File.Delete(path);
        Fifo("in/a.txt");
        var run = Task.Run(() => PipelineFactory.CreateDefault().Process(listed));
        Assert.True(run.Wait(10_000), "reading the FIFO blocked");
        Assert.Contains("not a regular file", run.Result.Error);
    }

    [LinuxFact]
    public void A_named_pipe_nobody_writes_to_is_an_error_after_the_read_timeout()
    {
        var fifo = Fifo("pipe.txt");
        var input = InputWalker.Expand([fifo], PipelineFactory.CreateDefault().Readers).Single();
        Assert.True(input.Special);
        var writer = SilentWriter(fifo);
        var pipeline = PipelineFactory.CreateDefault();
        var timed = new ExtractionPipeline(pipeline.Readers, pipeline.Extractors, () => []) { ReadTimeout = TimeSpan.FromSeconds(1) };
        var watch = Stopwatch.StartNew();
        var release = timed.Process(input);
        // Whether the silent writer has connected when the non-blocking open happens is a race: connected, the read
        // times out; not yet, the pipe reads as empty. Either way the input is an error entry and the run goes on.
        Assert.True(release.Error!.Contains("within 1 s") || release.Error.Contains("empty file"), release.Error);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
        if (writer.Wait(TimeSpan.FromSeconds(2))) writer.Result.Dispose();
    }

    [LinuxFact]
    public void Sigterm_ends_the_run_while_an_input_still_blocks()
    {
        var fifo = Fifo("slow.txt");
        using var process = Cli.Start(_dir.Path, ["extract", fifo, "-j", "1"]);
        using var writer = SilentWriter(fifo).Result; // the tool has opened it: the read now waits
        Thread.Sleep(500);
        var watch = Stopwatch.StartNew();
        Cli.Signal(process, 15);
        Assert.True(process.WaitForExit(10_000), "the run went on after the signal");
        Assert.Equal(ExitCodes.Interrupted, process.ExitCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed.TotalSeconds:0.0} s to stop");
    }
}
