using AsskommExtract.Reading;
using Microsoft.Win32.SafeHandles;

namespace AsskommExtract.Cli;

/// <summary>
/// Where a command's data goes: stdout, or a file written under a temporary name and renamed
/// into place only when the run succeeded, so an interrupted or failed run leaves no partial file.
/// A target that is not a regular file (/dev/full, /dev/null, a FIFO) is written directly: renaming
/// over it would replace the device or pipe with a plain file.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly string? _path, _final, _temp;
    private bool _committed;

    private OutputTarget(Stream stream, string? path, string? final = null, string? temp = null)
    {
        Stream = stream;
        _path = path;
        _final = final;
        _temp = temp;
    }

    public Stream Stream { get; }

    public string Name => _path ?? "standard output";

    /// <summary>Standard output (no -o, or -o -): a closed pipe there is the reader's choice, not a failure.</summary>
    public bool IsStdout => _path is null;

    /// <summary>True when a failed run leaves nothing behind (a temporary file was used).</summary>
    public bool Atomic => _temp is not null;

    /// <summary>
    /// Standard output as a plain unbuffered stream: unlike Console's stream, it reports a closed
    /// pipe (| head) as an error, so the run stops instead of extracting everything for nobody.
    /// </summary>
    public static Stream OpenStdout() => OperatingSystem.IsWindows()
        ? new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0)
        : new StdoutStream();

    public static OutputTarget Open(string? path, Stream stdout)
    {
        if (path is null or "-") return new OutputTarget(stdout, null);
        if (FileKind.IsSpecial(path))
            return new OutputTarget(new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0), path);
        var full = Path.GetFullPath(path);
        // Write beside the file a symlink points to, so the rename replaces the file, not the link.
        if (new FileInfo(full) is { LinkTarget: not null } link && link.ResolveLinkTarget(returnFinalTarget: true) is { } target) full = target.FullName;
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir)) throw new IOException($"folder {dir} does not exist");
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        return new OutputTarget(stream, path, full, temp);
    }

    /// <summary>Flushes and moves the finished file into place.</summary>
    public void Commit()
    {
        Stream.Flush();
        if (_temp is null) return;
        Stream.Dispose();
        // The replaced file's permissions carry over (a results file shared with a group stays shared):
        // the temporary file was created with the default mode.
        if (!OperatingSystem.IsWindows() && File.Exists(_final)) File.SetUnixFileMode(_temp, File.GetUnixFileMode(_final!));
        File.Move(_temp, _final!, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        try
        {
            // After a failed write the buffer still holds data: disposing retries the write and fails again.
            if (_path is not null) Stream.Dispose();
        }
        catch (Exception) { } // the write's failure was reported already
        if (_temp is not null && !_committed) TryDelete(_temp);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
