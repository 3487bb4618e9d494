namespace AsskommExtract.Cli;

/// <summary>
/// Where a command's data goes: stdout, or a file written under a temporary name and renamed
/// into place only when the run succeeded, so an interrupted or failed run leaves no partial file.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _path;
    private readonly string? _temp;
    private bool _committed;

    private OutputTarget(Stream stream, string? path, string? temp)
    {
        Stream = stream;
        _path = path;
        _temp = temp;
    }

    public Stream Stream { get; }

    public string Name => _path ?? "standard output";

    public static OutputTarget Open(string? path, Stream stdout)
    {
        if (path is null or "-") return new OutputTarget(stdout, null, null);
        var full = Path.GetFullPath(path);
        // A device (-o /dev/null, /dev/stdout) is written as it is: a temporary file beside it
        // would be created in /dev and then renamed over the device.
        if (full.StartsWith("/dev/", StringComparison.Ordinal))
            return new OutputTarget(new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16), path, null);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new IOException($"folder {dir} does not exist");
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return new OutputTarget(stream, path, temp);
    }

    /// <summary>Flushes and moves the finished file into place.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (_temp is null) return;
        Stream.Dispose();
        File.Move(_temp, _path!, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_path is not null && _temp is null) Stream.Dispose(); // a device we opened
        if (_temp is null) return;
        Stream.Dispose();
        if (!_committed) TryDelete(_temp);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
