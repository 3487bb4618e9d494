using System.Runtime.InteropServices;

namespace AsskommExtract.Tests.Support;

/// <summary>
/// The work a stage does on an input, as the bytes it allocates and the CPU time of the calling
/// thread (not wall time: other processes on the machine do not count). A stage linear in its input
/// does about four times the work on an input four times as long; one that rescans what it has read
/// does sixteen times, so the bound below tells them apart with room for noise. Garbage collection
/// pauses are left out of the CPU time.
/// </summary>
public static class Work
{
    public readonly record struct Measure(long Bytes, double CpuMs);

    /// <summary>The least work of three runs (the first also pays for JIT and caches, so it is run before).</summary>
    public static Measure Of(Action stage)
    {
        stage();
        Measure best = new(long.MaxValue, double.MaxValue);
        for (int run = 0; run < 3; run++)
        {
            GC.Collect(); // each run starts from the same heap, so no run pays for an earlier one's garbage
            long bytes = GC.GetAllocatedBytesForCurrentThread();
            double cpu = ThreadCpuMs();
            var paused = GC.GetTotalPauseDuration();
            stage();
            // The collector's pauses are not the stage's work: how often it collects a growing heap is the runtime's choice.
            double collecting = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds;
            var m = new Measure(GC.GetAllocatedBytesForCurrentThread() - bytes, Math.Max(0, ThreadCpuMs() - cpu - collecting));
            best = new(Math.Min(best.Bytes, m.Bytes), Math.Min(best.CpuMs, m.CpuMs));
        }
        return best;
    }

    /// <summary>
    /// Runs <paramref name="stage"/> on the input of size n and of size 4n and fails when either measure
    /// grew more than eightfold (linear: fourfold; quadratic: sixteenfold). Small absolute amounts
    /// (under 2 ms, under 1 MB) are lifted to that floor so start-up noise cannot fail a fast stage.
    /// </summary>
    public static void AssertLinear<T>(Func<int, T> input, Action<T> stage, int n)
    {
        var small = input(n);
        var large = input(4 * n);
        var a = Of(() => stage(small));
        var b = Of(() => stage(large));
        double bytesRatio = b.Bytes / (double)Math.Max(a.Bytes, 1 << 20);
        double cpuRatio = b.CpuMs / Math.Max(a.CpuMs, 2.0);
        Assert.True(bytesRatio <= 8 && cpuRatio <= 8,
            $"work at 4n vs n: allocations {a.Bytes:N0} → {b.Bytes:N0} bytes (×{bytesRatio:0.0}), CPU {a.CpuMs:0.0} → {b.CpuMs:0.0} ms (×{cpuRatio:0.0}); linear is ×4");
    }

    private static double ThreadCpuMs()
    {
        if (!OperatingSystem.IsLinux()) return Environment.TickCount64; // thread CPU time is read where the suite runs (Linux CI)
        clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var ts);
        return ts.Seconds * 1000.0 + ts.Nanoseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out Timespec ts);
}

/// <summary>
/// Tests that measure work run alone, after the parallel ones: other tests' threads on the same two
/// cores inflate a thread's CPU time unevenly (the municipality stage read ×11 at 4n in a full run).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuredWork
{
    public const string Name = "measured work";
}
