using System.CommandLine;
using AsskommExtract.Output;

namespace AsskommExtract.Cli.Commands;

internal static class ExtractCommand
{
    private static readonly Option<string?> Format = new("--format", "-f")
    {
        Description = "json (default), jsonl, csv or xlsx (all tables as sheets; to -o FILE or a redirected stdout). Inferred from the -o file's extension when not given.",
    };

    private static readonly Option<string> TableOption = new("--table", "-t")
    {
        Description = "For csv: which table to write.",
        DefaultValueFactory = _ => "releases",
    };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("json", "jsonl", "csv", "xlsx");
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
              cat release.txt | asskomm-extract extract -           one release from stdin

            Every input ends up in the output, as a release or as {"{"}"source", "error"{"}"}.
            CSV cells starting with = + - @ get a leading ' so no spreadsheet runs them.
            {ExitCodes.Help}
            """)
        {
            paths, Format, TableOption,
        };
        CommonOptions.AddCsvOptions(command);
        CommonOptions.AddRunOptions(command);
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            var settings = CommonOptions.Settings(parse, paths);
            return Task.FromResult(Run(settings, parse.GetValue(Format), Enum.Parse<Table>(parse.GetValue(TableOption)!, ignoreCase: true),
                CommonOptions.Dialect(parse, settings.Output), OutputTarget.OpenStdout(), interruption.Token));
        });
        return command;
    }

    /// <summary>The whole command, with its streams passed in so tests can drive it.</summary>
    public static int Run(RunSettings settings, string? format, Table table, CsvDialect dialect, Stream stdout, CancellationToken cancel)
    {
        if (OutputFormats.Resolve(format, settings.Output, ["json", "jsonl", "csv", "xlsx"], "json", settings.Messages, settings.StdoutIsTerminal) is not { } resolved) return ExitCodes.Usage;
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
