namespace AsskommExtract.Cli;

/// <summary>Which format a command writes: the one asked for, else the one the -o file's extension names.</summary>
internal static class OutputFormats
{
    /// <summary>
    /// The format to write, or null (after saying why) when it cannot go where it would: xlsx is a
    /// binary file, for -o FILE or a redirected stdout (&gt; r.xlsx, | curl), not for a terminal.
    /// An extension the command does not write gives <paramref name="fallback"/>.
    /// </summary>
    public static string? Resolve(string? format, string? output, IReadOnlyCollection<string> supported, string fallback, Messages messages,
        bool stdoutIsTerminal)
    {
        format ??= FromExtension(output) is { } named && supported.Contains(named) ? named : fallback;
        if (format == "xlsx" && !CommonOptions.IsFile(output) && stdoutIsTerminal)
        {
            messages.Fatal("xlsx is a binary file: give it a name with -o FILE.xlsx or redirect standard output");
            return null;
        }
        return format;
    }

    private static string? FromExtension(string? path) => path is not null && (path.EndsWith('/') || Directory.Exists(path)) ? "parquet" : Path.GetExtension(path ?? "").ToLowerInvariant() switch
    {
        ".duckdb" => "duckdb",
        ".json" => "json",
        ".jsonl" or ".ndjson" => "jsonl",
        ".csv" or ".tsv" => "csv",
        ".xlsx" => "xlsx",
        _ => null,
    };
}
