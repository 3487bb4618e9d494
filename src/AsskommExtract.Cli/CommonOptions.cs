using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using AsskommExtract.Output;
using AsskommExtract.Pipeline;
using AsskommExtract.Reading;

namespace AsskommExtract.Cli;

/// <summary>
/// Options several commands share, defined once. Every command that reads releases (extract, eval,
/// series, plot, text) takes the same run options (<see cref="AddRunOptions"/>): -o, -q, -v, -j,
/// --max-bytes, --hidden; those that write CSV also the CSV options (<see cref="AddCsvOptions"/>).
/// </summary>
internal static partial class CommonOptions
{
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Release files (.txt .md .html .htm .pdf) or folders (walked recursively, hidden entries skipped); - reads one release from standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "Print nothing but errors on stderr (no progress, no summary, no warnings)." };

    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Explain per file what was found and how (method, confidence) on stderr; every warning, not the first ten." };

    public static readonly Option<int> Jobs = new("--jobs", "-j")
    {
        Description = "Files processed in parallel, at least 1 (default: number of cores).",
        HelpName = "N",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (int.TryParse(token, out int jobs) && jobs >= 1) return jobs;
            result.AddError($"--jobs takes a whole number of at least 1, not '{token}'");
            return 1;
        },
    };

    /// <summary>No default value here: help would show it in bytes; <see cref="Settings"/> fills it in.</summary>
    public static readonly Option<long?> MaxBytes = new("--max-bytes")
    {
        Description = $"Refuse (as a per-file error) inputs larger than this: bytes, or with K, M, G (1024-based) or KB, MB, GB (default: {ByteSize.Format(ExtractionPipeline.DefaultMaxBytes)}).",
        HelpName = "SIZE",
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (ByteSize.Parse(token) is { } bytes) return bytes;
            result.AddError($"--max-bytes takes a size such as 64M, 500K or 1000000, not '{token}'");
            return ExtractionPipeline.DefaultMaxBytes;
        },
    };

    public static readonly Option<bool> Hidden = new("--hidden") { Description = "Also read hidden files and folders (names starting with '.') when walking a folder." };

    public static readonly Option<string?> OutputFile = new("--output", "-o") { Description = "Write to this file (atomically; never one of the inputs) instead of standard output." };

    public static readonly Option<char?> Delimiter = new("--delimiter", "-d")
    {
        Description = "CSV field delimiter, e.g. ';', or tab (also \\t); default ',', tab for an -o FILE.tsv.",
        // System.CommandLine has no parser for char: without this every -d was refused.
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (token is "tab" or "\\t") return '\t';
            if (token.Length == 1 && token[0] is not ('"' or '\r' or '\n')) return token[0];
            result.AddError($"--delimiter takes one character (or tab) other than a quote or line break, not '{token}'");
            return null;
        },
    };

    public static readonly Option<bool> Bom = new("--bom") { Description = "Start CSV with a UTF-8 byte order mark (for Excel)." };

    public static readonly Option<CsvDialect?> Locale = new("--locale", "-L")
    {
        Description = "CSV for spreadsheets of a locale: de (also de-DE, de-AT) writes ';' between fields, decimal commas and a BOM, as German Excel and LibreOffice read it; c (default) writes RFC 4180 with decimal points.",
        HelpName = "LOCALE",
        CustomParser = result =>
        {
            var token = result.Tokens[0].Value;
            if (LocaleDialect(token) is { } dialect) return dialect;
            result.AddError($"--locale takes de (German spreadsheets) or c (the default), not '{token}'");
            return null;
        },
    };

    /// <summary>Adds the options every release-reading command takes.</summary>
    public static void AddRunOptions(Command command, bool outputRequired = false)
    {
        var output = outputRequired ? new Option<string?>("--output", "-o") { Description = OutputFile.Description, Required = true } : OutputFile;
        command.Options.Add(output);
        foreach (var option in new Option[] { Jobs, MaxBytes, Hidden, Quiet, Verbose }) command.Options.Add(option);
    }

    public static void AddCsvOptions(Command command)
    {
        foreach (var option in new Option[] { Delimiter, Bom, Locale }) command.Options.Add(option);
    }

    /// <summary>The run options of a parsed command line, with the paths of <paramref name="paths"/>.</summary>
    public static RunSettings Settings(ParseResult parse, Argument<string[]> paths)
    {
        var output = parse.CommandResult.Command.Options.First(o => o.Name == OutputFile.Name);
        string? file = parse.GetValue((Option<string?>)output);
        bool stdoutIsTerminal = !Console.IsOutputRedirected;
        return new RunSettings(parse.GetValue(paths)!, file, parse.GetValue(Jobs), parse.GetValue(MaxBytes) ?? ExtractionPipeline.DefaultMaxBytes, parse.GetValue(Hidden),
            new Messages(Console.Error, parse.GetValue(Quiet), parse.GetValue(Verbose),
                Messages.ProgressFits(stderrIsTerminal: !Console.IsErrorRedirected, dataOnTerminal: !IsFile(file) && stdoutIsTerminal)))
        {
            StdoutIsTerminal = stdoutIsTerminal,
        };
    }

    /// <summary>
    /// The CSV dialect asked for: the locale's preset, then -d and --bom on top of it; without -d a
    /// .tsv output file is tab-separated.
    /// </summary>
    public static CsvDialect Dialect(ParseResult parse, string? output)
    {
        var dialect = parse.GetValue(Locale) ?? CsvDialect.Standard;
        if (parse.GetValue(Delimiter) is { } delimiter) dialect = dialect with { Delimiter = delimiter };
        else if (Path.GetExtension(output ?? "").Equals(".tsv", StringComparison.OrdinalIgnoreCase)) dialect = dialect with { Delimiter = '\t' };
        if (parse.GetValue(Bom)) dialect = dialect with { Bom = true };
        return dialect;
    }

    /// <summary>de and its regions that write decimal commas (not de-CH/de-LI, which use a point); c, en and invariant for the default.</summary>
    private static CsvDialect? LocaleDialect(string locale) => locale.Replace('_', '-').ToLowerInvariant() switch
    {
        "de" or "de-de" or "de-at" or "de-lu" or "de-be" => CsvDialect.German,
        "c" or "en" or "invariant" or "posix" => CsvDialect.Standard,
        _ => null,
    };

    /// <summary>Names as a comma-separated list for help text, broken into lines that fit 80 columns.</summary>
    public static string HelpList(IEnumerable<string> names)
    {
        var lines = new List<string> { "" };
        foreach (var name in names)
        {
            var item = (lines[^1].Length == 0 ? "" : " ") + name + ",";
            if (lines[^1].Length + item.Length > 78) lines.Add(name + ",");
            else lines[^1] += item;
        }
        return string.Join('\n', lines).TrimEnd(',');
    }

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

    /// <summary>System.CommandLine's type-conversion errors name .NET types; a user wants to know what to type.</summary>
    public static string Friendly(string error) => TypeError().Replace(error, m =>
        $"{m.Groups["option"].Value} takes {m.Groups["type"].Value switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Double" => "a number",
            "System.Boolean" => "true or false",
            _ => "another kind of value",
        }}, not '{m.Groups["value"].Value}'");

    [GeneratedRegex(@"Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.")]
    private static partial Regex TypeError();
}

/// <summary>What every release-reading command was asked: its paths and run options.</summary>
internal sealed record RunSettings(string[] Paths, string? Output, int Jobs, long MaxBytes, bool Hidden, Messages Messages)
{
    private string? OutputFile => CommonOptions.IsFile(Output) ? Output : null;

    /// <summary>Standard output is a terminal (not redirected to a file or pipe): no place for a binary format.</summary>
    public bool StdoutIsTerminal { get; init; }

    /// <summary>A run over the paths that walks past hidden entries (unless --hidden) and the run's own output file.</summary>
    /// <param name="register">Also read the municipalities' steps for the register (members, series -m members, archives).</param>
    public ReleaseRun CreateRun(bool register = false) => new(PipelineFactory.CreateDefault(MaxBytes, register, standardInput: Console.OpenStandardInput), Messages, Hidden, OutputFile);

    /// <summary>
    /// Runs the command's writing (see <see cref="OutputWriting"/>), after refusing an -o file that is
    /// one of the inputs: the atomic rename would replace a release with the results of reading it.
    /// </summary>
    public int Write(ReleaseReaders readers, Stream stdout, Func<Stream, int> write)
    {
        if (OverwrittenInput(readers) is { } input)
        {
            Messages.Fatal($"refusing to overwrite {Output}: it is one of the inputs (given as {input})");
            return ExitCodes.Usage;
        }
        return OutputWriting.Write(Output, stdout, Messages, write);
    }

    /// <summary>The path argument that names the -o file, or the folder whose walk would read it.</summary>
    private string? OverwrittenInput(ReleaseReaders readers)
    {
        if (OutputFile is null || !File.Exists(OutputFile)) return null;
        var output = Path.GetFullPath(OutputFile);
        var extensions = readers.Extensions.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Paths.Where(p => p != "-"))
        {
            var full = Path.GetFullPath(path);
            if (full == output) return path;
            if (!Directory.Exists(full) || !extensions.Contains(Path.GetExtension(output))) continue;
            var relative = Path.GetRelativePath(full, output);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) continue;
            if (Hidden || !relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'))) return path;
        }
        return null;
    }
}
