namespace AsskommExtract.Cli;

/// <summary>
/// Everything the tool says besides data, on stderr: errors always, notes unless --quiet,
/// per-file details with --verbose, a progress bar only where it cannot mix with data
/// (<see cref="ProgressFits"/>).
/// </summary>
internal sealed class Messages(TextWriter stderr, bool quiet, bool verbose, bool interactive)
{
    /// <summary>Warnings of one kind shown before the rest are only counted (all of them with --verbose).</summary>
    public const int WarningCap = 10;

    private int _progressWidth;
    private long _lastProgressTick;

    public bool Verbose => verbose && !quiet;

    /// <summary>
    /// A progress bar needs stderr on a terminal, and the data elsewhere: when stdout is the same
    /// terminal, the bar's carriage returns would be drawn into the rows.
    /// </summary>
    public static bool ProgressFits(bool stderrIsTerminal, bool dataOnTerminal) => stderrIsTerminal && !dataOnTerminal;

    public bool ShowsProgress => !quiet && interactive;

    public void Error(string source, string reason)
    {
        ClearProgress();
        stderr.WriteLine($"asskomm-extract: {source}: {reason}");
    }

    public void Fatal(string message)
    {
        ClearProgress();
        stderr.WriteLine($"asskomm-extract: {message}");
    }

    public void Note(string message)
    {
        if (quiet) return;
        ClearProgress();
        stderr.WriteLine(message);
    }

    /// <summary>A note about the data (a release left out, a figure that fell), prefixed like errors; silenced by --quiet.</summary>
    public void Warn(string message) => Note($"asskomm-extract: {message}");

    /// <summary>
    /// Warnings of one kind (figures that fall, releases without a date): the first <see cref="WarningCap"/>,
    /// then how many more and where they all are; every one with --verbose.
    /// </summary>
    public void Warn(IReadOnlyCollection<string> warnings, string rest)
    {
        int shown = Verbose ? warnings.Count : Math.Min(warnings.Count, WarningCap);
        foreach (var warning in warnings.Take(shown)) Warn(warning);
        if (warnings.Count > shown) Warn($"… and {warnings.Count - shown} more {rest} (-v lists them all)");
    }

    public void Detail(string message)
    {
        if (!Verbose) return;
        ClearProgress();
        stderr.WriteLine(message);
    }

    /// <summary>A one-line progress bar, redrawn at most ten times a second, for runs over several files.</summary>
    public void Progress(int done, int total)
    {
        if (!ShowsProgress || total < 2) return;
        long now = Environment.TickCount64;
        if (done < total && now - _lastProgressTick < 100) return;
        _lastProgressTick = now;
        const int width = 30;
        int filled = (int)((long)done * width / total);
        var line = $"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} files";
        _progressWidth = line.Length;
        stderr.Write(line);
        if (done == total) ClearProgress();
    }

    private void ClearProgress()
    {
        if (_progressWidth == 0) return;
        stderr.Write("\r" + new string(' ', _progressWidth) + "\r");
        _progressWidth = 0;
    }
}
