using System.CommandLine;
using System.CommandLine.Parsing;
using AsskommExtract.Pipeline;

namespace AsskommExtract.Cli;

/// <summary>Options several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Release files (.txt .md .html .htm .pdf) or folders (walked recursively); - reads one release from standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print nothing but errors on stderr (no progress, no summary)." };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Explain per file what was found and how (method, confidence) on stderr." };

    public static readonly Option<int> Jobs = new("--jobs", "-j")
    {
        Description = "Files processed in parallel (default: number of cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static readonly Option<long> MaxBytes = new("--max-bytes")
    {
        Description = "Refuse (as a per-file error) inputs larger than this many bytes.",
        DefaultValueFactory = _ => ExtractionPipeline.DefaultMaxBytes,
    };

    public static readonly Option<string?> OutputFile = new("--output", "-o") { Description = "Write to this file (atomically) instead of standard output." };

    public static readonly Option<char> Delimiter = new("--delimiter", "-d")
    {
        Description = "CSV field delimiter, e.g. ';' for spreadsheets in a German locale, or tab (also \\t) for text that pastes into a sheet.",
        DefaultValueFactory = _ => ',',
        // System.CommandLine has no parser for char: without this every -d was refused.
        CustomParser = result =>
        {
            var token = result.Tokens.Count == 0 ? "," : result.Tokens[0].Value;
            if (token is "tab" or "\\t") return '\t';
            if (token.Length == 1) return token[0];
            result.AddError($"--delimiter takes one character (or tab), not '{token}'");
            return ',';
        },
    };

    public static readonly Option<bool> Bom = new("--bom") { Description = "Start CSV with a UTF-8 byte order mark (for Excel)." };

    /// <summary>Whether -o names a file (not absent, not "-" for standard output).</summary>
    public static bool IsFile(string? output) => output is not (null or "-");
    /// <summary>
    /// Paths that look like options: System.CommandLine takes an unknown "--bogus" as a path, which
    /// would turn a typo into a missing-file error. "-" (standard input) and anything after "--" are paths.
    /// </summary>
    public static IEnumerable<string> UnknownOptions(ParseResult parse, string[] args)
    {
        var literal = args.SkipWhile(a => a != "--").Skip(1).ToHashSet(StringComparer.Ordinal);
        return parse.CommandResult.Children.OfType<ArgumentResult>()
            .SelectMany(a => a.Tokens)
            .Select(t => t.Value)
            .Where(v => v.Length > 1 && v[0] == '-' && !literal.Contains(v))
            .Select(v => $"unknown option '{v}' (a path starting with '-' goes after '--')");
    }

    public static Messages CreateMessages(ParseResult parse, TextWriter stderr) =>
        new(stderr, parse.GetValue(Quiet), parse.GetValue(Verbose), interactive: !Console.IsErrorRedirected);
}
