using System.CommandLine;
using AsskommExtract.Output;
using AsskommExtract.Pipeline;

namespace AsskommExtract.Cli.Commands;

internal static class ExtractCommand
{
    private static readonly Option<string?> Format = new("--format", "-f")
    {
        Description = "json (default), jsonl, csv, xlsx (all tables as sheets; needs -o), duckdb (an archive, updated incrementally; needs -o FILE.duckdb) "
            + "or parquet (a file per table; needs -o DIR). Inferred from the -o file's extension (a folder: parquet) when not given.",
    };

    private static readonly Option<bool> Prune = new("--prune") { Description = "duckdb: remove the releases whose file is no longer among the inputs." };

    private static readonly Option<bool> ReextractOlder = new("--reextract-older")
    {
        Description = "duckdb: also re-extract unchanged files that another tool version or other models extracted.",
    };

    private static readonly Option<string> TableOption = new("--table", "-t")
    {
        Description = "For csv: which table to write.",
        DefaultValueFactory = _ => "releases",
    };

    private static readonly string[] Formats = ["json", "jsonl", "csv", "xlsx", "duckdb", "parquet"];

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("json", "jsonl", "csv", "xlsx", "duckdb", "parquet");
        TableOption.AcceptOnlyFromAmong(Enum.GetNames<Table>().Select(n => n.ToLowerInvariant()).ToArray());
        var paths = CommonOptions.Paths();
        var command = new Command("extract", $"""
            Extract date, title, kind, municipalities, metrics and quotes from releases.

            Examples:
              asskomm-extract extract samples/                                  JSON array on stdout
              asskomm-extract extract samples/ -f csv -t metrics -o metrics.csv  one table as CSV
              asskomm-extract extract samples/ -f csv -d ';' --bom -o r.csv      CSV for German Excel
              asskomm-extract extract samples/ -f jsonl | jq -r .title           JSON Lines into jq
              asskomm-extract extract samples/ -o results.xlsx                   every table as a sheet
              asskomm-extract extract releases/ -o archive.duckdb --prune        a DuckDB archive, only new and changed files
              asskomm-extract extract releases/ -f parquet -o tables/            a Parquet file per table
              cat release.txt | asskomm-extract extract -                        one release from stdin

            Every input ends up in the output, as a release or as {"{"}"source", "error"{"}"}.
            {ExitCodes.Help}
            """)
        {
            paths, Format, TableOption, Prune, ReextractOlder, CommonOptions.OutputFile, CommonOptions.Delimiter, CommonOptions.Bom,
            CommonOptions.Jobs, CommonOptions.MaxBytes, CommonOptions.Quiet, CommonOptions.Verbose,
        };
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            return Task.FromResult(Run(
                parse.GetValue(paths)!, parse.GetValue(Format), Enum.Parse<Table>(parse.GetValue(TableOption)!, ignoreCase: true), parse.GetValue(CommonOptions.OutputFile),
                parse.GetValue(CommonOptions.Delimiter), parse.GetValue(CommonOptions.Bom), parse.GetValue(CommonOptions.Jobs), parse.GetValue(CommonOptions.MaxBytes),
                CommonOptions.CreateMessages(parse, Console.Error), OutputTarget.OpenStdout(), interruption.Token,
                parse.GetValue(Prune), parse.GetValue(ReextractOlder)));
        });
        return command;
    }

    /// <summary>The whole command, with its streams passed in so tests can drive it.</summary>
    public static int Run(string[] paths, string? format, Table table, string? output, char delimiter, bool bom, int jobs,
        long maxBytes, Messages messages, Stream stdout, CancellationToken cancel, bool prune = false, bool reextractOlder = false)
    {
        if (OutputFormats.Resolve(format, output, Formats, "json", messages) is not { } resolved) return ExitCodes.Usage;
        format = resolved;
        if (format is "duckdb" or "parquet") return ArchiveCommand.Run(paths, format, output, prune, reextractOlder, jobs, maxBytes, messages, cancel);
        if (prune || reextractOlder) messages.Warn("--prune and --reextract-older apply to a duckdb archive only; ignored");
        var run = new ReleaseRun(PipelineFactory.CreateDefault(maxBytes), messages);
        return OutputWriting.Write(output, stdout, messages, stream =>
        {
            using IReleaseSink sink = format switch
            {
                "jsonl" => new JsonLinesSink(stream),
                "csv" => new CsvTableSink(stream, table, delimiter, bom),
                "xlsx" => new XlsxSink(stream),
                _ => new JsonArraySink(stream),
            };
            foreach (var release in run.Run(paths, jobs, cancel)) sink.Write(release);
            sink.Complete();
            run.Summarise();
            return run.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
    }
}
