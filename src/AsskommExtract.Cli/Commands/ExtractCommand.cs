using System.CommandLine;
using AsskommExtract.Output;

namespace AsskommExtract.Cli.Commands;

internal static class ExtractCommand
{
    private static readonly Option<string?> Format = new("--format", "-f")
    {
        Description = "json (default), jsonl, csv, xlsx (all tables as sheets; to -o FILE or a redirected stdout), duckdb (an archive, updated "
            + "incrementally; needs -o FILE.duckdb) or parquet (a file per table; needs -o DIR). Inferred from the -o file's extension (a folder: parquet) when not given.",
    };

    private static readonly Option<bool> Prune = new("--prune") { Description = "duckdb: remove the releases whose file is no longer among the inputs." };

    private static readonly Option<bool> ReextractOlder = new("--reextract-older")
    {
        Description = "duckdb: also re-extract unchanged files that another tool version or other models extracted.",
    };

    private static readonly string[] Formats = ["json", "jsonl", "csv", "xlsx", "duckdb", "parquet"];

    private static readonly Option<string> TableOption = new("--table", "-t")
    {
        Description = "For csv: which table to write.",
        DefaultValueFactory = _ => "releases",
    };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong(Formats);
        TableOption.AcceptOnlyFromAmong(Enum.GetNames<Table>().Select(n => n.ToLowerInvariant()).ToArray());
        var paths = CommonOptions.Paths();
        var command = new Command("extract", $"""
            Extract date, title, kind, municipalities, metrics and quotes from releases.

            Examples:
              asskomm-extract extract samples/                      JSON array on stdout
              asskomm-extract extract samples/ -f jsonl | jq -r .title
              asskomm-extract extract samples/ -t metrics -o m.csv  one table as CSV
              asskomm-extract extract samples/ --locale de -o r.csv CSV for German Excel
              asskomm-extract extract samples/ -o results.xlsx      every table as a sheet
              asskomm-extract extract releases/ -o archive.duckdb --prune
                                                    a DuckDB archive, incremental
              asskomm-extract extract releases/ -f parquet -o tables/
                                                    a Parquet file per table
              cat release.txt | asskomm-extract extract -           one release from stdin

            Every input ends up in the output, as a release or as {"{"}"source", "error"{"}"}.
            CSV cells starting with = + - @ get a leading ' so no spreadsheet runs them.
            {ExitCodes.Help}
            """)
        {
            paths, Format, TableOption, Prune, ReextractOlder,
        };
        CommonOptions.AddCsvOptions(command);
        CommonOptions.AddRunOptions(command);
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            var settings = CommonOptions.Settings(parse, paths);
            return Task.FromResult(Run(settings, parse.GetValue(Format), Enum.Parse<Table>(parse.GetValue(TableOption)!, ignoreCase: true),
                CommonOptions.Dialect(parse, settings.Output), OutputTarget.OpenStdout(), interruption.Token, parse.GetValue(Prune), parse.GetValue(ReextractOlder)));
        });
        return command;
    }

    /// <summary>The whole command, with its streams passed in so tests can drive it.</summary>
    public static int Run(RunSettings settings, string? format, Table table, CsvDialect dialect, Stream stdout, CancellationToken cancel,
        bool prune = false, bool reextractOlder = false)
    {
        if (OutputFormats.Resolve(format, settings.Output, Formats, "json", settings.Messages, settings.StdoutIsTerminal) is not { } resolved) return ExitCodes.Usage;
        if (resolved is "duckdb" or "parquet") return ArchiveCommand.Run(settings, resolved, prune, reextractOlder, cancel);
        if (prune || reextractOlder) settings.Messages.Warn("--prune and --reextract-older apply to a duckdb archive only; ignored");
        var run = settings.CreateRun();
        return settings.Write(run.Readers, stdout, stream =>
        {
            using IReleaseSink sink = resolved switch
            {
                "jsonl" => new JsonLinesSink(stream),
                "csv" => new CsvTableSink(stream, table, dialect),
                "xlsx" => new XlsxSink(stream),
                _ => new JsonArraySink(stream),
            };
            foreach (var release in run.Run(settings.Paths, settings.Jobs, cancel)) sink.Write(release);
            sink.Complete();
            run.Summarise();
            return run.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
    }
}
