using System.CommandLine;
using AsskommExtract.Output;
using AsskommExtract.Output.Series;
using AsskommExtract.Pipeline;
using AsskommExtract.Register;
using AsskommExtract.Results;

namespace AsskommExtract.Cli.Commands;

internal static class SeriesCommand
{
    private static readonly Option<string?> Format = new("--format", "-f")
    {
        Description = "csv (default), json or xlsx (needs -o). Inferred from the -o file's extension when not given.",
    };

    private static readonly Option<bool> Wide = new("--wide", "-w")
    {
        Description = "One row per date, one column per metric (>140 over, ~230 about, <50 under, >=10 at least; \"53 | 54\" when statements conflict).",
    };

    internal static readonly Option<string[]> Metric = new("--metric", "-m")
    {
        Description = "Only these metrics (repeat the option), e.g. -m kpr -m coaching. Names as in SPEC.md: " + string.Join(", ", MetricNames.All)
            + $"; {MemberRegister.MembersMetric}: the number of municipalities seen joining (as the members command finds them), next to the reported kooperationsvereinbarungen.",
        HelpName = "NAME",
        AllowMultipleArgumentsPerToken = true,
    };

    private static readonly Option<bool> IncludeOther = new("--include-other") { Description = "Also list \"other\" counts (participants, talks …)." };

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("csv", "json", "xlsx");
        Metric.AcceptOnlyFromAmong([.. MetricNames.All, MemberRegister.MembersMetric]);
        var paths = CommonOptions.Paths();
        var command = new Command("series", $"""
            The figures of many releases as a time series: one row per (date, metric)
            statement with value, qualifier, source and evidence, sorted by metric, date
            and source. Statements of one date that disagree are all kept and marked as a
            conflict. A running total that falls from one release to a later one is warned
            about on stderr (the first {Messages.WarningCap}, all with -v) and in JSON's "warnings":
            {CommonOptions.HelpList(MetricNames.All.Where(SeriesMetrics.Cumulative.Contains))}.
            Releases without a date are reported and left out.

            Examples:
              # long form, CSV on stdout
              asskomm-extract series releases/
              # a row per date, for German Excel
              asskomm-extract series releases/ --wide --locale de -o series.csv
              # one metric, with warnings, as JSON
              asskomm-extract series releases/ -f json -m kpr
              # a workbook (sheets series, warnings)
              asskomm-extract series releases/ --wide -o series.xlsx
            """)
        {
            paths, Format, Wide, Metric, IncludeOther,
        };
        CommonOptions.AddCsvOptions(command);
        CommonOptions.AddRunOptions(command);
        command.SetAction((parse, cancel) =>
        {
            using var interruption = new Interruption(cancel);
            var settings = CommonOptions.Settings(parse, paths);
            return Task.FromResult(Run(settings, parse.GetValue(Format), parse.GetValue(Wide), parse.GetValue(Metric) ?? [], parse.GetValue(IncludeOther),
                CommonOptions.Dialect(parse, settings.Output), OutputTarget.OpenStdout(), interruption.Token));
        });
        return command;
    }

    /// <summary>The whole command, with its streams passed in so tests can drive it.</summary>
    public static int Run(RunSettings settings, string? format, bool wide, string[] metrics, bool includeOther, CsvDialect dialect,
        Stream stdout, CancellationToken cancel)
    {
        if (OutputFormats.Resolve(format, settings.Output, ["csv", "json", "xlsx"], "csv", settings.Messages, settings.StdoutIsTerminal) is not { } resolved) return ExitCodes.Usage;
        var run = settings.CreateRun(register: metrics.Contains(MemberRegister.MembersMetric));
        return settings.Write(run.Readers, stdout, stream =>
        {
            var series = Collect(run, settings.Paths, metrics, includeOther, settings.Jobs, settings.Messages, cancel);
            switch (resolved)
            {
                case "json": SeriesWriter.WriteJson(stream, series, wide); break;
                case "xlsx": SeriesWriter.WriteXlsx(stream, series, wide); break;
                default: SeriesWriter.WriteCsv(stream, series, wide, dialect); break;
            }
            return run.Failed > 0 ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
    }

    /// <summary>Runs the releases into a series and reports what it left out or found suspicious. Shared with plot.</summary>
    internal static TimeSeries Collect(ReleaseRun run, string[] paths, IReadOnlyCollection<string> metrics, bool includeOther, int jobs,
        Messages messages, CancellationToken cancel)
    {
        IEnumerable<Release> releases = run.Run(paths, jobs, cancel);
        TimeSeries series;
        if (metrics.Contains(MemberRegister.MembersMetric))
        {
            // The reconstruction is shown next to what the releases report; the register reads the releases as the series does.
            var register = new MemberRegister();
            const string reported = "kooperationsvereinbarungen";
            series = TimeSeries.Build(releases.Select(r => { register.Add(r); return r; }), metrics.Contains(reported) ? metrics : [.. metrics, reported],
                includeOther, () => register.Build().MemberSeries());
            MembersCommand.Warn(register, messages);
        }
        else series = TimeSeries.Build(releases, metrics, includeOther);
        cancel.ThrowIfCancellationRequested();
        messages.Warn([.. series.Undated.Select(source => $"{source}: no date found; left out of the series")], "releases without a date");
        messages.Warn([.. series.Warnings.Select(warning => $"warning: {warning.Message}")], "falling figures (all in -f json's \"warnings\")");
        run.Summarise();
        if (series.Rows.Count == 0 && run.Total > 0) messages.Warn("the releases state none of the selected figures");
        return series;
    }
}
