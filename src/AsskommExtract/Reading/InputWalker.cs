namespace AsskommExtract.Reading;

/// <summary>One input of a run: a file, standard input, or a path that failed before reading.</summary>
public sealed record Input(string Source, string? Path, string? Error = null)
{
    public bool IsStdin => Source == "-";

    /// <summary>Named on the command line as a pipe or device (process substitution): read, with a time limit.</summary>
    public bool Special { get; init; }
}

/// <summary>
/// Expands the command line's paths into inputs in a stable order: files as given, folders walked
/// recursively in ordinal name order (only files a reader handles), "-" for standard input.
/// Paths that do not exist or cannot be listed become inputs with an error, so none is lost.
/// A walk skips hidden files and folders (.git, editor backups, our own temporary files), unless
/// <paramref name="includeHidden"/>, and the file named by <paramref name="skip"/> (the run's own
/// output, which must not be read back as a release); paths given by name are always read.
/// </summary>
public static class InputWalker
{
    public static IEnumerable<Input> Expand(IEnumerable<string> paths, ReleaseReaders readers, bool includeHidden = false, string? skip = null)
    {
        var extensions = readers.Extensions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new Input("-", null);
                continue;
            }
            if (File.Exists(path))
            {
                yield return new Input(path, path) { Special = FileKind.IsSpecial(path) };
                continue;
            }
            if (!Directory.Exists(path))
            {
                yield return new Input(path, null, "no such file or directory");
                continue;
            }
            foreach (var input in Walk(path, extensions, includeHidden, skip is null ? null : System.IO.Path.GetFullPath(skip)))
                yield return input;
        }
    }

    /// <summary>
    /// Depth-first with an explicit stack (no recursion limit for deep trees): a folder's files, then
    /// its subfolders, each in ordinal order. A folder reached twice (a symlink loop, a second link)
    /// is walked once; a folder that cannot be listed and a file that is not a regular file (a FIFO
    /// would block the read forever) become inputs with an error.
    /// </summary>
    private static IEnumerable<Input> Walk(string root, HashSet<string> extensions, bool includeHidden, string? skip)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files, dirs;
            string? error = null;
            try
            {
                var info = new DirectoryInfo(dir);
                var real = info.LinkTarget is null ? info.FullName : (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
                if (!visited.Add(real)) continue;
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                (files, dirs) = ([], []);
                error = e is UnauthorizedAccessException ? "cannot list folder: permission denied" : "cannot list folder: " + e.Message.ReplaceLineEndings(" ");
            }
            if (error is not null)
            {
                yield return new Input(dir, null, error);
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(dirs, StringComparer.Ordinal);
            foreach (var f in files)
                if (extensions.Contains(Path.GetExtension(f)) && (includeHidden || !IsHidden(f)) && (skip is null || Path.GetFullPath(f) != skip))
                    yield return FileKind.IsSpecial(f) ? new Input(f, null, "not a regular file (a device, FIFO or socket)") : new Input(f, f);
            for (int i = dirs.Length - 1; i >= 0; i--)
                if (includeHidden || !IsHidden(dirs[i])) pending.Push(dirs[i]);
        }
    }

    /// <summary>Hidden by the Unix convention: the name starts with a dot.</summary>
    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');
}
