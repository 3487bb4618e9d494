namespace AsskommExtract.Reading;

/// <summary>One input of a run: a file, standard input, or a path that failed before reading.</summary>
public sealed record Input(string Source, string? Path, string? Error = null)
{
    public bool IsStdin => Source == "-";
}

/// <summary>
/// Expands the command line's paths into inputs in a stable order: files as given, folders walked
/// recursively in ordinal name order (only files a reader handles), "-" for standard input.
/// Paths that do not exist or cannot be listed become inputs with an error, so none is lost.
/// </summary>
public static class InputWalker
{
    public static IEnumerable<Input> Expand(IEnumerable<string> paths, ReleaseReaders readers)
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
                yield return new Input(path, path);
                continue;
            }
            if (!Directory.Exists(path))
            {
                yield return new Input(path, null, "no such file or directory");
                continue;
            }
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var input in Walk(path, extensions, visited, 0))
                yield return input;
        }
    }

    private static IEnumerable<Input> Walk(string dir, HashSet<string> extensions, HashSet<string> visited, int depth)
    {
        string real;
        string[] files, dirs;
        try
        {
            var info = new DirectoryInfo(dir);
            real = info.LinkTarget is null ? info.FullName : (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName);
            if (!visited.Add(real)) yield break; // a symlink loop or a second link to a folder already walked
            files = Directory.GetFiles(dir);
            dirs = Directory.GetDirectories(dir);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            yield break;
        }
        Array.Sort(files, StringComparer.Ordinal);
        Array.Sort(dirs, StringComparer.Ordinal);
        foreach (var f in files)
            if (extensions.Contains(Path.GetExtension(f)))
                yield return new Input(f, f);
        foreach (var d in dirs)
        {
            if (depth >= 64)
            {
                yield return new Input(d, null, "folder nesting deeper than 64 levels");
                continue;
            }
            foreach (var input in Walk(d, extensions, visited, depth + 1))
                yield return input;
        }
    }
}
